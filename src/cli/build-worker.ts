/**
 * A full build in its own thread, for `dateline serve`: whatever a build
 * allocates (Eleventy's caches among it) goes when the thread ends, so the
 * server's memory does not grow from build to build. Sends back the
 * summary and the copies and stories the build found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { coverageMemo, type CoverageMemo } from '../archive/coverage.ts';
import { build, summary, type BuildOptions } from './build.ts';

export type BuildReply = { ok: true; summary: string; memo: CoverageMemo } | { ok: false; message: string };

const options = (workerData as { options: BuildOptions }).options;
try {
  const result = await build(options);
  parentPort!.postMessage({ ok: true, summary: summary(result, options.outDir), memo: coverageMemo(result.model.articles) } satisfies BuildReply);
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message } satisfies BuildReply);
}
