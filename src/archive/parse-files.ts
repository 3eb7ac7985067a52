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
 * Below this many files per worker thread, starting one (about 1.2 s: the
 * TypeScript loader and the language model) costs more than it saves over
 * parsing here at about 1.3 ms a file.
 */
const MIN_FILES_PER_WORKER = 1500;
/** Files sent to a worker at a time; it holds two batches, so it never waits for the next. */
const BATCH = 50;
/** Files this thread parses between looks at the workers' messages (about 25 ms). */
const SLICE = 20;
const WORKER_URL = new URL('../util/ts-worker.mjs', import.meta.url);
const PARSE_WORKER = new URL('./parse-worker.ts', import.meta.url).href;

export interface ParseOptions {
  /** Outlets added to the built-in registry (the user's outlets.json). */
  userOutlets: Outlet[];
  /** Threads to parse on, this one included, whatever the number of files; 0 = one per core, once there are enough files to pay for them. */
  threads: number;
  onProgress?: (done: number) => void;
}

/** What a parsing thread is sent: numbered jobs, then the end. */
export type ToParser = { jobs: Array<{ index: number; job: ParseJob }> } | { end: true };
/** What it sends back: each outcome as it is ready, then done. */
export type FromParser = { index: number; outcome: ParsedOutcome } | { done: true };

interface ParseWorker {
  worker: Worker;
  finished: Promise<void>;
  /** Jobs sent and not yet returned. */
  queued: number;
}

/**
 * Jobs are added as files are read. This thread parses too: with one core
 * per thread, a worker fewer is one start-up fewer, and this thread, whose
 * parser is already loaded, starts at once while the workers load theirs.
 * Workers take jobs in batches as they finish the last, so every thread
 * works to the end. Results come back in the order the jobs were added.
 */
export class ParsePool {
  private readonly jobs: Array<ParseJob | null> = [];
  private readonly results: ParsedOutcome[] = [];
  private readonly workers: ParseWorker[] = [];
  private registry: OutletRegistry | null = null;
  /** Index of the next job no thread has taken. */
  private next = 0;
  private done = 0;
  private reading = true;
  /** Files parsed by worker threads (the rest were parsed here). */
  parsedByWorkers = 0;

  constructor(private readonly options: ParseOptions) {}

  private get threads(): number {
    return this.options.threads || availableParallelism();
  }

  add(job: ParseJob): void {
    this.jobs.push(job);
    const workers = this.threads - 1;
    const enough = this.options.threads > 0 || this.jobs.length >= workers * MIN_FILES_PER_WORKER;
    if (this.workers.length === 0 && workers > 0 && enough) this.startWorkers(workers);
    for (const w of this.workers) this.feed(w);
  }

  async finish(): Promise<ParsedOutcome[]> {
    this.reading = false;
    for (const w of this.workers) this.feed(w);
    this.registry ??= new OutletRegistry([...builtInOutlets(), ...this.options.userOutlets]);
    while (this.next < this.jobs.length) {
      const end = Math.min(this.next + SLICE, this.jobs.length);
      for (; this.next < end; this.next++) this.store(this.next, parseJob(this.take(this.next), this.registry));
      // Let the workers' outcomes in, and hand them more work.
      if (this.workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const { worker } of this.workers) worker.postMessage({ end: true } satisfies ToParser);
    await Promise.all(this.workers.map((w) => w.finished));
    return this.results;
  }

  /** A job's bytes are let go once a thread has them. */
  private take(index: number): ParseJob {
    const job = this.jobs[index]!;
    this.jobs[index] = null;
    return job;
  }

  private store(index: number, outcome: ParsedOutcome): void {
    this.results[index] = outcome;
    this.options.onProgress?.(++this.done);
  }

  /** Keep a worker two batches ahead; while files are still being read, only whole batches go out. */
  private feed(w: ParseWorker): void {
    while (w.queued <= BATCH) {
      const available = this.jobs.length - this.next;
      if (available === 0 || (this.reading && available < BATCH)) return;
      const count = Math.min(BATCH, available);
      const jobs = Array.from({ length: count }, (_, k) => ({ index: this.next + k, job: this.take(this.next + k) }));
      this.next += count;
      w.queued += count;
      w.worker.postMessage({ jobs } satisfies ToParser);
    }
  }

  private startWorkers(count: number): void {
    for (let t = 0; t < count; t++) {
      const worker = new Worker(WORKER_URL, { workerData: { module: PARSE_WORKER, userOutlets: this.options.userOutlets } });
      let ended = false;
      const w: ParseWorker = { worker, finished: Promise.resolve(), queued: 0 };
      w.finished = new Promise<void>((resolve, reject) => {
        worker.on('message', (message: FromParser) => {
          if ('outcome' in message) {
            this.store(message.index, message.outcome);
            this.parsedByWorkers++;
            w.queued--;
            this.feed(w);
          } else {
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
      w.finished.catch(() => {});
      this.workers.push(w);
    }
  }
}

export async function parseJobs(jobs: ParseJob[], options: ParseOptions): Promise<ParsedOutcome[]> {
  const pool = new ParsePool(options);
  for (const job of jobs) pool.add(job);
  return pool.finish();
}
