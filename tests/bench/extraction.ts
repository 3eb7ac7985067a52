/**
 * Extraction benchmark: parse every raw file of a folder with the same
 * parser `dateline build` uses, write the predictions as JSON and, given the
 * corpus scorer, print its figures for each variant (full / main).
 *
 *   npm run bench:extract -- ../shared/corpus/aeb --scorer ../shared/corpus/score.mjs
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFile } from '../../src/parse/article.ts';
import type { DateCertainty } from '../../src/parse/types.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!dir) {
  console.error('usage: npm run bench:extract -- DIR [--scorer score.mjs] [--out predictions-dir] [--json]');
  process.exit(2);
}
const outDir = resolve(option('out') ?? 'tests/.output/extraction');
mkdirSync(outDir, { recursive: true });

/**
 * The scorer knows explicit, inferred and none. A last-updated day is only a
 * bound on the publication day, which Dateline does not claim to know: none.
 */
function scoredCertainty(certainty: DateCertainty): 'explicit' | 'inferred' | 'none' {
  return certainty === 'bound' ? 'none' : certainty;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const variants = new Map<string, object[]>();
const started = performance.now();
for (const f of files) {
  const variant = /\.(full|main)\.txt$/.exec(f)?.[1] ?? 'all';
  const parsed = parseFile(readFileSync(join(dir, f)), { file: f });
  const r = parsed.ok ? parsed.record : null;
  const list = variants.get(variant) ?? [];
  list.push({ file: f, headline: r?.headline ?? null, source: r?.source ?? null, date: r?.date ?? null, dateCertainty: scoredCertainty(r?.dateCertainty ?? 'none'), body: r?.body ?? '' });
  variants.set(variant, list);
}
const ms = performance.now() - started;
console.log(`parsed ${files.length} files in ${ms.toFixed(0)} ms (${(ms / Math.max(1, files.length)).toFixed(1)} ms/file)`);

for (const [variant, preds] of variants) {
  const path = join(outDir, `predictions.${variant}.json`);
  writeFileSync(path, JSON.stringify(preds, null, 1));
  console.log(`\n== ${variant}: ${preds.length} predictions -> ${path}`);
  const scorer = option('scorer');
  if (scorer) {
    const extra = args.includes('--json') ? ['--json'] : [];
    const v = variant === 'all' ? [] : ['--variant', variant];
    process.stdout.write(execFileSync(process.execPath, [scorer, '--truth', dir, '--pred', path, ...v, ...extra], { encoding: 'utf8' }));
  }
}
