/**
 * Pathological-input benchmark: parse time of each hostile text shape at
 * 1, 2 and 4 MB, with the time per MB, to show that parsing grows linearly
 * (the per-MB figure stays flat; "growth" is the 4 MB per-MB time over the
 * 1 MB one, ≈1 when linear, ≈4 when quadratic). Prints only; no assertions.
 *
 *   npm run bench:pathological            # 1, 2, 4 MB
 *   npm run bench:pathological -- 0.25 0.5 1   # other sizes, in MB
 */
import { parseFile } from '../../src/parse/article.ts';

const MB = 1024 * 1024;
const HEAD = 'Kestran Herald\nMinutes of the Lenn valley council\nBy Ana Voss\nMarch 3, 2023\n\n';
const SENTENCE = 'Officials in Dunmere said the water level on the River Lenn had fallen by almost a metre since Tuesday.';

/** Fill `bytes` with `unit` repeated, after the article head. */
const fill = (unit: string, bytes: number, tail = '') => HEAD + unit.repeat(Math.max(1, Math.floor((bytes - HEAD.length - tail.length) / unit.length))) + tail;

const SHAPES: Record<string, (bytes: number) => string> = {
  'one line of words': (n) => fill('the council debated the river budget ', n, '\n'),
  'paragraphs (10k per ~1.2 MB)': (n) => fill(`${SENTENCE}\n\n`, n),
  'run of spaces': (n) => fill(' ', n, 'end of the gap.\n'),
  'run of digits': (n) => fill('7', n, '\n'),
  'run of dashes': (n) => fill('-', n, '\n'),
  'repeated date token': (n) => fill('March 3, 2023 12:00 GMT ', n, '\n'),
  'repeated byline token': (n) => fill('By Ana Voss ', n, '\n'),
  'short lines (30 chars)': (n) => fill('Lenn ferry timetable, page 12\n', n),
  'rule lines (---)': (n) => fill('---\n', n),
  // A hover card's shape without its end: names glued to names, then " MORE " (page.ts).
  'capitalised words, MORE link': (n) => fill('Ana RuizAna Ruiz Vell Ab ', n, ' MORE x\n'),
};

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const mbs = sizes.length ? sizes : [1, 2, 4];

// Warm up the parser (JIT, lazy regexes, the outlet registry).
parseFile(new TextEncoder().encode(HEAD + SENTENCE), { file: 'warm-up.txt' });

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('shape', 30)} ${mbs.map((m) => pad(`${m} MB: ms (ms/MB)`, 22)).join(' ')} growth`);
for (const [name, make] of Object.entries(SHAPES)) {
  const perMb: number[] = [];
  const cells: string[] = [];
  for (const m of mbs) {
    const bytes = new TextEncoder().encode(make(m * MB));
    const t = performance.now();
    const result = parseFile(bytes, { file: 'pathological.txt' });
    const ms = performance.now() - t;
    const size = bytes.length / MB;
    perMb.push(ms / size);
    cells.push(pad(`${ms.toFixed(0)} (${(ms / size).toFixed(0)})${result.ok ? '' : ' refused'}`, 22));
  }
  const growth = (perMb[perMb.length - 1] ?? 0) / (perMb[0] || 1);
  console.log(`${pad(name, 30)} ${cells.join(' ')} ${growth.toFixed(2)}`);
}
