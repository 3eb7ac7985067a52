/**
 * `dateline serve`: build, serve the output with live reload, and publish
 * changes to the articles folder as they happen. A changed file is
 * published at once by the live archive (src/cli/live.ts). Once the
 * changes pause, a full `dateline build` runs as a child process at low
 * priority, so live updates keep a core: it finds copies and stories afresh
 * and indexes the search, and what changed meanwhile is published again on
 * top of it. With no change pending, the site is byte-identical to what
 * `dateline build` writes.
 */
import { spawn } from 'node:child_process';
import { readFileSync, watch } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { coverageMemo } from '../archive/coverage.ts';
import { USER_REGISTRY_FILE, isHiddenName } from '../archive/load.ts';
import type { Report } from '../archive/types.ts';
import type { BuildOptions } from './build.ts';
import { LiveArchive, type Outcomes } from './live.ts';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
/** Editors write a file in several steps; changes this close together are taken as one. */
const SETTLE_MS = 30;
/** The full build waits for this long a pause in the changes, and then catches up with all of them. */
const FULL_BUILD_PAUSE_MS = 1500;
/** Niceness of the background builds (0 normal, 19 lowest). */
const BACKGROUND = 10;

/** Run `dateline build` with serve's own arguments; resolves with the report it wrote. */
function runBuild(args: string[], reportFile: string, background: boolean): Promise<Report> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, 'build', ...args], { stdio: ['ignore', background ? 'ignore' : 'inherit', 'pipe'] });
    if (background && child.pid) setPriority(child.pid, BACKGROUND);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!background) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolvePromise(JSON.parse(readFileSync(reportFile, 'utf8')) as Report);
      else reject(new Error(stderr.trim().split('\n').pop() ?? `dateline build exited with ${code}`));
    });
  });
}

/** Files the live update can take on its own; anything else (the outlet registry, hidden files) waits for the full build. */
function isArticlePath(file: string): boolean {
  return file !== USER_REGISTRY_FILE && !file.split('/').some(isHiddenName);
}

/**
 * `args` are serve's command-line options (without --port): the full builds
 * get the same, so they build exactly what `dateline build` would.
 */
export async function serve(options: BuildOptions, port: number, args: string[]): Promise<void> {
  const articlesDir = resolve(options.articlesDir);
  // The builds' report tells the live archive the copies and stories they found.
  const reportFile = resolve(options.reportFile ?? join(options.cacheDir ?? tmpdir(), `dateline-serve-report-${process.pid}.json`));
  const buildArgs = [...args, ...(options.reportFile ? [] : ['--report', reportFile])];
  const first = await runBuild(buildArgs, reportFile, false);
  let live = await LiveArchive.open({ ...options, reportFile }, coverageMemo(first));
  // A changed outlets.json changes how every file parses: the live archive is read afresh after the next full build.
  let registryChanged = false;

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
      const reopen = registryChanged;
      registryChanged = false;
      try {
        const report = await runBuild([...buildArgs, '--force', '--quiet'], reportFile, true);
        if (reopen) live = await LiveArchive.open({ ...options, reportFile }, coverageMemo(report));
        const again = reopen ? null : live.settle(coverageMemo(report), builtFrom);
        process.stdout.write(`Full build done: search index and stories up to date${again ? `; ${again.written.length} pages of later changes written again` : ''}.\n`);
        server.reload({});
      } catch (error) {
        registryChanged ||= reopen;
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
    registryChanged ||= pending.has(USER_REGISTRY_FILE);
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
