/**
 * Build time and peak memory at 1k, 10k, 50k, 100k articles, beside Hugo +
 * Pagefind on the same articles (issue "Fast at 10,000 and 100,000
 * articles"). For each size it generates the raw archive
 * (tests/bench/generate-archive.ts), then measures, each as its own process
 * under GNU time:
 *   - a cold `dateline build` (no output, no parse cache),
 *   - the same build again (unchanged archive, parse cache warm),
 *   - a build after one article is added (one file parsed, site rendered),
 *   - Hugo then Pagefind on the same articles as clean Markdown.
 *
 *   npm run bench:scale -- [--sizes 1000,10000] [--runs 3] [--no-hugo] [--hugo-up-to 50000] [--dir /dev/shm/dateline-bench]
 *
 * Hugo + Pagefind runs only up to --hugo-up-to articles: one Pagefind index
 * of 100,000 articles needs more memory than this 24 GB machine has, and the
 * kernel's out-of-memory killer may take other processes with it.
 *
 * Prints figures, asserts nothing: time on a shared machine is not a test.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articlesOf, writeRawArchive } from './generate-archive.ts';
import { measureCommand, timeHugoPlusPagefind, writeHugoSite } from './hugo-baseline.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '1' },
    'no-hugo': { type: 'boolean', default: false },
    'hugo-up-to': { type: 'string', default: '50000' },
    dir: { type: 'string', default: '/dev/shm/dateline-bench' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Math.max(1, Number(values.runs));
const root = resolve(values.dir);
const BIN = resolve('src/cli/bin.mjs');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Run {
  seconds: number;
  peakMB: number;
  stages: string;
}

function dateline(dir: string, extra: string[] = []): Run {
  const m = measureCommand(process.execPath, [BIN, 'build', '--articles', join(dir, 'raw'), '--out', join(dir, 'out'), '--cache', join(dir, 'cache'), '--report', join(dir, 'report.json'), ...extra], {
    timeoutMs: 3_600_000,
  });
  if (m.code !== 0) throw new Error(`dateline build failed (${m.code}): ${m.stderr.slice(-2000)}`);
  return { seconds: m.seconds, peakMB: m.peakMB, stages: /^Time: (.*)$/m.exec(m.stdout)?.[1] ?? '' };
}

const EXTRA = `The Arvel Tribune
Home | World | Politics
Harbour pilots vote to accept new rota after week of talks
By Ines Calloway
Published 3 March 2025, 09:12
Harbour pilots at Arvel voted on Monday to accept a new rota, ending a week of talks that had delayed three cargo ships.
The pilots' association said members backed the deal by 41 votes to 9, and that night shifts would be shorter from April.
© 2025 The Arvel Tribune. All rights reserved.
`;

const rows: string[] = [];
for (const n of sizes) {
  const dir = join(root, String(n));
  rmSync(dir, { recursive: true, force: true });
  const written = writeRawArchive(join(dir, 'raw'), articlesOf(n));
  console.error(`${n}: ${written.files} raw files, ${(written.bytes / 1e6).toFixed(1)} MB`);

  const cold: Run[] = [];
  const warm: Run[] = [];
  const added: Run[] = [];
  for (let r = 0; r < runs; r++) {
    for (const sub of ['out', 'cache', 'report.json']) rmSync(join(dir, sub), { recursive: true, force: true });
    rmSync(join(dir, 'raw', 'zz-bench-extra.txt'), { force: true });
    cold.push(dateline(dir));
    warm.push(dateline(dir));
    writeFileSync(join(dir, 'raw', 'zz-bench-extra.txt'), EXTRA);
    added.push(dateline(dir));
    console.error(`  run ${r + 1}: cold ${cold[r]!.seconds}s (${cold[r]!.stages}); unchanged ${warm[r]!.seconds}s; one added ${added[r]!.seconds}s (${added[r]!.stages})`);
  }
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { files: Array<{ status: string }> };
  const published = report.files.filter((f) => f.status === 'published').length;

  let hugo = '| – | – |';
  if (!values['no-hugo'] && n > Number(values['hugo-up-to'])) hugo = '| not run (one Pagefind index this size needs more memory than the machine has) | – |';
  else if (!values['no-hugo']) {
    writeHugoSite(join(dir, 'hugo'), articlesOf(n), { rssLimit: 50 });
    const timings = Array.from({ length: runs }, () => timeHugoPlusPagefind(join(dir, 'hugo'), { timeoutMs: 3_600_000 }));
    const total = median(timings.map((t) => t.totalSeconds));
    const peak = Math.max(...timings.map((t) => Math.max(t.hugoPeakMB, t.pagefindPeakMB)));
    hugo = `| ${total.toFixed(2)} s / ${Math.round(peak)} MB | ${(median(cold.map((c) => c.seconds)) / total).toFixed(2)}× |`;
  }
  const c = median(cold.map((x) => x.seconds));
  rows.push(
    `| ${n.toLocaleString('en')} | ${c.toFixed(2)} s / ${Math.round(Math.max(...cold.map((x) => x.peakMB)))} MB | ${((c / n) * 1000).toFixed(2)} s | ${median(warm.map((x) => x.seconds)).toFixed(2)} s (${(c / median(warm.map((x) => x.seconds))).toFixed(1)}× faster) | ${median(added.map((x) => x.seconds)).toFixed(2)} s ${hugo}`,
  );
  console.error(`  ${published} articles published; stages of the last cold build: ${cold[cold.length - 1]!.stages}`);
  rmSync(join(dir, 'hugo'), { recursive: true, force: true });
}

console.log(`\nDateline vs Hugo 0.111 + Pagefind 1.6 on the same generated articles (median of ${runs} run${runs > 1 ? 's' : ''}; ratio = Dateline cold / Hugo + Pagefind)\n`);
console.log('| articles | Dateline cold build | per 1k articles | rebuild, nothing changed | rebuild, one article added | Hugo + Pagefind | ratio |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
