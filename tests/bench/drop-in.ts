/**
 * Drop-in benchmark (issue "Fast at 10,000 and 100,000 articles"): with
 * `dateline serve` running on a generated archive of N articles, drop in
 * new files one after another, then edit one and delete one, and measure
 * for each the time from writing the file to its page and the report being
 * on disk. Also the server's resident memory after each drop-in, and the
 * time until the full build that follows has caught up. Resident memory
 * rises and falls with the garbage collector's rhythm, so the same live
 * archive `serve` keeps is then run in this process for as many drop-ins,
 * and its heap measured after a full collection: what flat memory means.
 *
 *   npm run bench:drop-in -- [--size 10000] [--drops 50] [--dir /dev/shm/dateline-drop-in]
 *
 * Prints figures, asserts nothing. Each latency is checked: the page file
 * named in serve's output exists and the report lists the file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build, type BuildOptions } from '../../src/cli/build.ts';
import { LiveArchive } from '../../src/cli/live.ts';
import { coverageMemo } from '../../src/archive/coverage.ts';
import { articlesOf, writeRawArchive, type GeneratedArticle } from './generate-archive.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    drops: { type: 'string', default: '50' },
    dir: { type: 'string', default: '/dev/shm/dateline-drop-in' },
  },
});
const size = Number(values.size);
const drops = Number(values.drops);
const root = resolve(values.dir);
const raw = join(root, 'raw');
const out = join(root, 'out');
const reportFile = join(root, 'report.json');

rmSync(root, { recursive: true, force: true });
const held: GeneratedArticle[] = [];
function* firstN(all: Iterable<GeneratedArticle>): Generator<GeneratedArticle> {
  let k = 0;
  for (const a of all) if (k++ < size) yield a;
  else held.push(a);
}
writeRawArchive(raw, firstN(articlesOf(size + drops + 1)));
console.log(`${size} articles written to ${raw}; ${held.length} held back to drop in`);

const started = performance.now();
const server = spawn(process.execPath, [resolve('src/cli/bin.mjs'), 'serve', '--articles', raw, '--out', out, '--report', reportFile, '--cache', join(root, 'cache'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const lines = createInterface({ input: server.stdout });
const waiting: Array<{ test: (line: string) => boolean; resolve: (line: string) => void }> = [];
lines.on('line', (line) => {
  const now = waiting.findIndex((w) => w.test(line));
  if (now >= 0) waiting.splice(now, 1)[0]!.resolve(line);
  if (process.env.DROP_IN_VERBOSE) console.log(`  serve: ${line}`);
});
const lineMatching = (test: (line: string) => boolean) => new Promise<string>((resolvePromise) => waiting.push({ test, resolve: resolvePromise }));

const rssMB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

await lineMatching((l) => l.startsWith('Watching '));
console.log(`serve ready (first full build + live archive) in ${((performance.now() - started) / 1000).toFixed(1)} s, ${rssMB().toFixed(0)} MB resident`);

/** Write (or delete) a file and wait until serve says it is published; returns milliseconds. */
async function change(file: string, text: string | null): Promise<number> {
  const said = lineMatching((l) => l.startsWith(`${file}: `));
  const t0 = performance.now();
  if (text === null) unlinkSync(join(raw, file));
  else writeFileSync(join(raw, file), text);
  const line = await said;
  const ms = performance.now() - t0;
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { files: Array<{ file: string }> };
  const listed = report.files.some((f) => f.file === file);
  const url = /published (\/\S+\/)/.exec(line)?.[1];
  if (text !== null && (!url || !existsSync(join(out, url, 'index.html')) || !listed)) throw new Error(`${file}: not on disk after "${line}"`);
  if (text === null && listed) throw new Error(`${file}: still in the report after "${line}"`);
  return ms;
}

const dropMs: number[] = [];
const rss: number[] = [];
for (const a of held.slice(0, -1)) {
  dropMs.push(await change(a.file, a.raw));
  rss.push(rssMB());
  // A person drops files by hand; leave the full build a moment to start, as it would.
  await new Promise((r) => setTimeout(r, 200));
}
// One more while the full build those changes asked for is running: both cores are busy then.
const building = lineMatching((l) => l.startsWith('Full build done'));
await new Promise((r) => setTimeout(r, 4000));
const extra = held.pop()!;
const duringBuildMs = await change(extra.file, extra.raw);
await building;
const edited = held[0]!;
const editMs = await change(edited.file, edited.raw.replace(edited.headline, `${edited.headline} (corrected)`));
const deleteMs = await change(held[1]!.file, null);

const caughtUp = performance.now();
await lineMatching((l) => l.startsWith('Full build done'));
// Builds asked for while one ran are merged into one more; wait for quiet.
for (;;) {
  const more = await Promise.race([lineMatching((l) => l.startsWith('Full build done')).then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 3000))]);
  if (!more) break;
}
const settleSeconds = (performance.now() - caughtUp) / 1000 - 3;
const settledRss = rssMB();
server.kill();

console.log(`\n| ${size} articles | median | p90 | max |`);
console.log('|---|---|---|---|');
console.log(`| drop-in, ${dropMs.length} files: page + report written | ${median(dropMs).toFixed(0)} ms | ${pct(dropMs, 0.9).toFixed(0)} ms | ${Math.max(...dropMs).toFixed(0)} ms |`);
console.log(`| drop-in while a full build runs | ${duringBuildMs.toFixed(0)} ms | | |`);
console.log(`| edit (headline changed) | ${editMs.toFixed(0)} ms | | |`);
console.log(`| delete | ${deleteMs.toFixed(0)} ms | | |`);
console.log(`\nserve resident memory after drop-ins 1, 10, 25, 50: ${[0, 9, 24, 49].filter((k) => k < rss.length).map((k) => `${rss[k]!.toFixed(0)} MB`).join(', ')}; after the last full build: ${settledRss.toFixed(0)} MB`);
console.log(`full build caught up ${settleSeconds.toFixed(1)} s after the last change (search index and stories)`);

// The live archive in this process: heap after a full collection, drop-in after drop-in.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapMB = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1e6;
};
const options: BuildOptions = { articlesDir: raw, outDir: out, reportFile, basePath: '/', title: 'Dateline', maxBytes: 5e6, cacheDir: join(root, 'cache'), quiet: true };
const live = await LiveArchive.open(options, coverageMemo((await build(options)).report));
const heap = [heapMB()];
for (const [k, a] of held.entries()) {
  const file = a.file.replace(/\.txt$/, '-follow-up.txt');
  writeFileSync(join(raw, file), a.raw.replace(a.headline, `${a.headline}: what happened next`));
  live.update([file]);
  if ([0, 9, 24, 49].includes(k)) heap.push(heapMB());
}
console.log(`live archive heap after a full collection: ${heap[0]!.toFixed(0)} MB before, then after drop-ins 1, 10, 25, 50: ${heap.slice(1).map((h) => `${h.toFixed(0)} MB`).join(', ')}`);
