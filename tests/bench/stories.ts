/**
 * Story grouping on the labelled set: precision and recall of same-story
 * pairs, copies linked, events merged; then the cost of grouping in a large
 * archive: `npm run bench:stories [-- --scale 10000]` times copy detection
 * and story grouping on that many generated articles against the time of
 * building the whole model from parsed files.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadArticles } from '../../src/archive/load.ts';
import { buildModel } from '../../src/archive/model.ts';
import { findCoverageGroups, linkCoverage } from '../../src/archive/coverage.ts';
import { ParseCache } from '../../src/archive/parse-cache.ts';
import { LABELLED_DIR, scoreStories } from '../stories/score.ts';
import { articlesOf, writeRawArchive } from './generate-archive.ts';

const { values } = parseArgs({ options: { scale: { type: 'string' }, dir: { type: 'string', default: LABELLED_DIR } } });
const s = await scoreStories(values.dir);
console.log(`Labelled set: ${s.articles} articles, ${s.events} events, ${s.truePairs} same-story pairs`);
console.log(`Same-story pairs: precision ${s.precision.toFixed(3)} (${s.correctPairs}/${s.predictedPairs}), recall ${s.recall.toFixed(3)} (${s.correctPairs}/${s.truePairs})`);
console.log(`Republished copies not linked: ${s.unlinkedCopies.length}${s.unlinkedCopies.length ? ` (${s.unlinkedCopies.join(', ')})` : ''}; reported copies that are not: ${s.falseCopies.length}`);
console.log(`Stories merging different events: ${s.mergedEvents.length}`);
for (const m of s.mergedEvents) console.log(`  ${m.story}: ${m.events.join(' + ')}`);
if (s.missedPairs.length) console.log(`Missed pairs:\n${s.missedPairs.map(([a, b]) => `  ${a}  ~  ${b}`).join('\n')}`);
if (s.wrongPairs.length) console.log(`Wrong pairs:\n${s.wrongPairs.map(([a, b]) => `  ${a}  ~  ${b}`).join('\n')}`);
console.log(`Load, parse and group: ${s.seconds.toFixed(2)} s`);

if (values.scale) {
  const n = Number(values.scale);
  const dir = `/dev/shm/dateline-stories-${n}`;
  rmSync(dir, { recursive: true, force: true });
  writeRawArchive(`${dir}/raw`, articlesOf(n));
  let t = performance.now();
  const { outcomes } = await loadArticles({ articlesDir: `${dir}/raw`, maxBytes: 5e6, cache: ParseCache.open(null) });
  const parseSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const model = buildModel(outcomes, { title: 'Scale', basePath: '/' });
  const modelSeconds = (performance.now() - t) / 1000;
  // Grouping again on the finished model costs what it cost inside buildModel.
  t = performance.now();
  const byFile = new Map(outcomes.map((o) => [o.file, o.features!]));
  linkCoverage(model.articles, findCoverageGroups(model.articles, model.articles.map((a) => byFile.get(a.file)!)), (a) => a);
  const groupingSeconds = (performance.now() - t) / 1000;
  console.log(`\n${n} generated articles: parse ${parseSeconds.toFixed(2)} s, whole model ${modelSeconds.toFixed(2)} s, of which copies + stories ${groupingSeconds.toFixed(2)} s; ${model.stories.length} stories of 2+ articles`);
  rmSync(dir, { recursive: true, force: true });
}
