/**
 * Raw bytes -> outcome with features, in this thread or spread over worker
 * threads (parsing is CPU-bound and files are independent, so both cores of
 * a small machine can work). Results come back in the order given.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseFile } from '../parse/article.ts';
import { OutletRegistry, builtInOutlets, type Outlet } from '../outlets/registry.ts';
import { articleFeatures, sameTextKey } from './text-features.ts';
import type { FileOutcome } from './types.ts';

export interface ParseJob {
  file: string;
  bytes: Uint8Array;
  contentHash: string;
}

export type ParsedOutcome = Pick<FileOutcome, 'file' | 'status' | 'record' | 'problems' | 'contentHash' | 'encoding' | 'features' | 'textKey'>;

export function parseJob(job: ParseJob, registry: OutletRegistry): ParsedOutcome {
  const parsed = parseFile(job.bytes, { file: job.file, registry });
  if (!parsed.ok) return { file: job.file, status: 'rejected', record: null, problems: parsed.problems, contentHash: job.contentHash };
  return {
    file: job.file,
    status: 'published',
    record: parsed.record,
    problems: parsed.record.warnings,
    contentHash: job.contentHash,
    encoding: parsed.encoding,
    features: articleFeatures(parsed.record),
    textKey: sameTextKey(parsed.record),
  };
}

/**
 * Below this many files per thread, starting threads (about 1.5 s: the
 * TypeScript loader and the language model) costs more than it saves over
 * parsing here at about 1.2 ms a file.
 */
const MIN_FILES_PER_WORKER = 1500;
/** Files sent to a thread at a time: threads parse while the rest are still being read. */
const BATCH = 100;
const WORKER_URL = new URL('../util/ts-worker.mjs', import.meta.url);
const PARSE_WORKER = new URL('./parse-worker.ts', import.meta.url).href;

export interface ParseOptions {
  /** Outlets added to the built-in registry (the user's outlets.json). */
  userOutlets: Outlet[];
  /** Threads to use, whatever the number of files; 0 = one per core, once there are enough files to pay for them. */
  threads: number;
  onProgress?: (done: number) => void;
}

/** What a parsing thread is sent: numbered jobs, then the end. */
export type ToParser = { jobs: Array<{ index: number; job: ParseJob }> } | { end: true };
/** What it sends back: each outcome as it is ready, then done. */
export type FromParser = { index: number; outcome: ParsedOutcome } | { done: true };

/**
 * Jobs are added as files are read; once there are enough to pay for the
 * threads' start-up, threads start and take them in batches, so reading,
 * starting up and parsing overlap. With few jobs everything is parsed in
 * this thread. Results come back in the order the jobs were added.
 */
export class ParsePool {
  private readonly pending: ParseJob[] = [];
  private readonly results: ParsedOutcome[] = [];
  private readonly workers: Array<{ worker: Worker; finished: Promise<void> }> = [];
  private added = 0;
  private sent = 0;
  private done = 0;
  private registry: OutletRegistry | null = null;

  constructor(private readonly options: ParseOptions) {}

  private get threads(): number {
    return this.options.threads || availableParallelism();
  }

  add(job: ParseJob): void {
    this.pending.push(job);
    this.added++;
    const enough = this.options.threads > 0 || this.added >= 2 * MIN_FILES_PER_WORKER;
    if (this.workers.length === 0 && this.threads > 1 && enough) this.startWorkers();
    if (this.workers.length > 0 && this.pending.length >= BATCH) this.dispatch();
  }

  async finish(): Promise<ParsedOutcome[]> {
    if (this.workers.length === 0) {
      this.registry ??= new OutletRegistry([...builtInOutlets(), ...this.options.userOutlets]);
      for (const job of this.pending.splice(0)) this.store(this.sent++, parseJob(job, this.registry));
      return this.results;
    }
    this.dispatch();
    for (const { worker } of this.workers) worker.postMessage({ end: true } satisfies ToParser);
    await Promise.all(this.workers.map((w) => w.finished));
    return this.results;
  }

  private store(index: number, outcome: ParsedOutcome): void {
    this.results[index] = outcome;
    this.options.onProgress?.(++this.done);
  }

  /** The pending jobs to the next thread in turn. */
  private dispatch(): void {
    if (this.pending.length === 0) return;
    const jobs = this.pending.splice(0).map((job) => ({ index: this.sent++, job }));
    const target = this.workers[Math.floor(jobs[0]!.index / BATCH) % this.workers.length]!;
    target.worker.postMessage({ jobs } satisfies ToParser);
  }

  private startWorkers(): void {
    for (let t = 0; t < this.threads; t++) {
      const worker = new Worker(WORKER_URL, { workerData: { module: PARSE_WORKER, userOutlets: this.options.userOutlets } });
      let ended = false;
      const finished = new Promise<void>((resolve, reject) => {
        worker.on('message', (message: FromParser) => {
          if ('outcome' in message) this.store(message.index, message.outcome);
          else {
            ended = true;
            void worker.terminate();
            resolve();
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (!ended) reject(new Error(`A parsing thread stopped (exit code ${code}) before it had parsed its files.`));
        });
      });
      // Settled when awaited in finish(); until then a failure must not go unhandled.
      finished.catch(() => {});
      this.workers.push({ worker, finished });
    }
  }
}

export async function parseJobs(jobs: ParseJob[], options: ParseOptions): Promise<ParsedOutcome[]> {
  const pool = new ParsePool(options);
  for (const job of jobs) pool.add(job);
  return pool.finish();
}
