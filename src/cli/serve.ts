/**
 * `dateline serve`: build, serve the output with live reload, and publish
 * changes to the articles folder as they happen. A changed file is
 * published at once by the live archive (src/cli/live.ts); a full build
 * then runs in a worker thread to find copies and stories afresh and to
 * index the search, and changes made meanwhile are published again on top
 * of it. When no change is pending the site is byte-identical to what
 * `dateline build` writes.
 */
import { watch } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { USER_REGISTRY_FILE } from '../archive/load.ts';
import type { BuildOptions } from './build.ts';
import type { BuildReply } from './build-worker.ts';
import { LiveArchive, type Outcomes } from './live.ts';

const WORKER_URL = new URL('../util/ts-worker.mjs', import.meta.url);
const BUILD_WORKER = new URL('./build-worker.ts', import.meta.url).href;
/** Editors write a file in several steps; changes this close together are taken as one. */
const SETTLE_MS = 30;
/**
 * The full build waits for this long a pause in the changes: while files
 * keep arriving, both cores serve the live updates, and one build catches
 * up with all of them.
 */
const FULL_BUILD_PAUSE_MS = 1500;

/** Run a full build in a worker thread. */
function buildInWorker(options: BuildOptions): Promise<Extract<BuildReply, { ok: true }>> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: { module: BUILD_WORKER, options } });
    worker.once('message', (reply: BuildReply) => {
      void worker.terminate();
      if (reply.ok) resolvePromise(reply);
      else reject(new Error(reply.message));
    });
    worker.once('error', reject);
  });
}

/** Files the live update can take on its own; anything else (the outlet registry, hidden files) waits for the full build. */
function isArticlePath(file: string): boolean {
  return file !== USER_REGISTRY_FILE && !file.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}

export async function serve(options: BuildOptions, port: number): Promise<void> {
  const articlesDir = resolve(options.articlesDir);
  const first = await buildInWorker(options);
  process.stdout.write(`${first.summary}\n`);
  const live = await LiveArchive.open(options, first.memo);

  const server = EleventyDevServer.getServer('dateline', resolve(options.outDir), { pathPrefix: options.basePath, domDiff: false, showVersion: false });
  server.serve(port);

  const pending = new Set<string>();
  let fullBuildWanted = false;
  let building = false;

  const fullBuild = async () => {
    if (building) return;
    building = true;
    while (fullBuildWanted) {
      fullBuildWanted = false;
      const builtFrom: Outcomes = live.snapshot();
      try {
        const reply = await buildInWorker({ ...options, force: true, quiet: true });
        const again = live.settle(reply.memo, builtFrom);
        process.stdout.write(`Full build done: search index and stories up to date${again ? `; ${again.written.length} pages of later changes written again` : ''}.\n`);
        server.reload({});
      } catch (error) {
        process.stderr.write(`Full build failed: ${(error as Error).message}\n`);
      }
    }
    building = false;
  };

  let timer: NodeJS.Timeout | null = null;
  let buildTimer: NodeJS.Timeout | null = null;
  const wantFullBuild = () => {
    fullBuildWanted = true;
    if (buildTimer) clearTimeout(buildTimer);
    buildTimer = setTimeout(() => void fullBuild(), FULL_BUILD_PAUSE_MS);
  };
  const publish = () => {
    timer = null;
    const files = [...pending].filter(isArticlePath).sort();
    pending.clear();
    if (files.length) {
      try {
        const result = live.update(files);
        if (!result.written.length && !result.removed.length) return;
        for (const f of result.files) process.stdout.write(`${f.file}: ${f.url ? `published ${f.url}` : f.why}\n`);
        process.stdout.write(`  ${result.written.length} files written, ${result.removed.length} removed in ${(result.seconds * 1000).toFixed(0)} ms; search index and stories follow with the next full build.\n`);
        server.reload({});
      } catch (error) {
        process.stderr.write(`Could not publish ${files.join(', ')}: ${(error as Error).message}\n`);
      }
    }
    wantFullBuild();
  };
  watch(articlesDir, { recursive: true }, (_event, name) => {
    if (name) pending.add(relative(articlesDir, resolve(articlesDir, name.toString())).split(sep).join('/'));
    if (timer) clearTimeout(timer);
    timer = setTimeout(publish, SETTLE_MS);
  });
  process.stdout.write(`Watching ${options.articlesDir} for changes. Press Ctrl+C to stop.\n`);
  await new Promise<void>(() => {});
}
