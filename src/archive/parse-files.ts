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

/** Below this many files a worker's start-up costs more than it saves. */
const MIN_FILES_PER_WORKER = 400;
const WORKER_URL = new URL('../util/ts-worker.mjs', import.meta.url);
const PARSE_WORKER = new URL('./parse-worker.ts', import.meta.url).href;

export interface ParseOptions {
  /** Outlets added to the built-in registry (the user's outlets.json). */
  userOutlets: Outlet[];
  /** Threads to use; 0 = one per core. */
  threads: number;
  onProgress?: (done: number) => void;
}

export async function parseJobs(jobs: ParseJob[], options: ParseOptions): Promise<ParsedOutcome[]> {
  const threads = Math.min(options.threads || availableParallelism(), Math.floor(jobs.length / MIN_FILES_PER_WORKER));
  if (threads <= 1) {
    const registry = new OutletRegistry([...builtInOutlets(), ...options.userOutlets]);
    return jobs.map((job, k) => {
      options.onProgress?.(k + 1);
      return parseJob(job, registry);
    });
  }
  // Interleaved shares keep the threads' loads even whatever the order of file sizes.
  const shares = Array.from({ length: threads }, (_, t) => jobs.filter((_, k) => k % threads === t));
  let done = 0;
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ParsedOutcome[]>((resolve, reject) => {
          const worker = new Worker(WORKER_URL, { workerData: { module: PARSE_WORKER, userOutlets: options.userOutlets } });
          const out: ParsedOutcome[] = [];
          worker.on('message', (message: { outcome?: ParsedOutcome; done?: boolean }) => {
            if (message.outcome) {
              out.push(message.outcome);
              options.onProgress?.(++done);
            }
            if (message.done) {
              void worker.terminate();
              resolve(out);
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (out.length < share.length) reject(new Error(`A parsing thread stopped (exit code ${code}) after ${out.length} of ${share.length} files.`));
          });
          worker.postMessage(share);
        }),
    ),
  );
  return jobs.map((_, k) => results[k % threads]![Math.floor(k / threads)]!);
}
