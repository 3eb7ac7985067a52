/**
 * Story grouping on the labelled set: precision and recall of same-story
 * pairs, copies linked, events merged. `npm run bench:stories [-- DIR]`.
 */
import { LABELLED_DIR, scoreStories } from '../stories/score.ts';

const s = await scoreStories(process.argv[2] ?? LABELLED_DIR);
console.log(`Labelled set: ${s.articles} articles, ${s.events} events, ${s.truePairs} same-story pairs`);
console.log(`Same-story pairs: precision ${s.precision.toFixed(3)} (${s.correctPairs}/${s.predictedPairs}), recall ${s.recall.toFixed(3)} (${s.correctPairs}/${s.truePairs})`);
console.log(`Republished copies not linked: ${s.unlinkedCopies.length}${s.unlinkedCopies.length ? ` (${s.unlinkedCopies.join(', ')})` : ''}; reported copies that are not: ${s.falseCopies.length}`);
console.log(`Stories merging different events: ${s.mergedEvents.length}`);
for (const m of s.mergedEvents) console.log(`  ${m.story}: ${m.events.join(' + ')}`);
if (s.missedPairs.length) console.log(`Missed pairs:\n${s.missedPairs.map(([a, b]) => `  ${a}  ~  ${b}`).join('\n')}`);
if (s.wrongPairs.length) console.log(`Wrong pairs:\n${s.wrongPairs.map(([a, b]) => `  ${a}  ~  ${b}`).join('\n')}`);
console.log(`Load, parse and group: ${s.seconds.toFixed(2)} s`);
