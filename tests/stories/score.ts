/**
 * Scores story grouping and copy detection against a hand-labelled folder
 * (tests/stories/labelled/: raw articles and outlets.json; tests/stories/labels.json: the event of each). Shared
 * by the benchmark (tests/bench/stories.ts), which prints the figures, and
 * the test (tests/stories/stories.test.ts), which holds the targets.
 */
import { readFileSync } from 'node:fs';
import { loadArticles } from '../../src/archive/load.ts';
import { buildModel } from '../../src/archive/model.ts';
import { buildReport } from '../../src/archive/report.ts';
import type { ReportEntry } from '../../src/archive/types.ts';

export const LABELLED_DIR = new URL('./labelled/', import.meta.url).pathname;
export const LABELS_FILE = new URL('./labels.json', import.meta.url).pathname;

export interface Labels {
  version: 1;
  articles: Record<string, { event: string; copyOf: string | null; note?: string }>;
}

export interface StoryScore {
  articles: number;
  events: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  /** Labelled copies whose report entry does not name the original (or a copy of it) in duplicateOf. */
  unlinkedCopies: string[];
  /** Reported copies the labels do not have. */
  falseCopies: string[];
  /** Story ids holding articles of more than one event. */
  mergedEvents: Array<{ story: string; events: string[] }>;
  /** Same-event pairs the grouping missed, for reading. */
  missedPairs: Array<[string, string]>;
  wrongPairs: Array<[string, string]>;
  seconds: number;
}

export async function scoreStories(dir = LABELLED_DIR): Promise<StoryScore> {
  const labels = JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as Labels;
  const started = performance.now();
  const { outcomes } = await loadArticles({ articlesDir: dir, maxBytes: 5e6 });
  const model = buildModel(outcomes, { title: 'Labelled', basePath: '/' });
  const seconds = (performance.now() - started) / 1000;
  const entries = buildReport(outcomes, model).files.filter((f): f is ReportEntry & { story: string } => f.file in labels.articles && f.story !== null);
  const missing = Object.keys(labels.articles).filter((f) => !entries.some((e) => e.file === f));
  if (missing.length) throw new Error(`Labelled files without a story in the report: ${missing.join(', ')}`);

  const eventOf = (f: string) => labels.articles[f]!.event;
  let truePairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  const missedPairs: Array<[string, string]> = [];
  const wrongPairs: Array<[string, string]> = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, b] = [entries[i]!, entries[j]!];
      const same = eventOf(a.file) === eventOf(b.file);
      const grouped = a.story === b.story;
      if (same) truePairs++;
      if (grouped) predictedPairs++;
      if (same && grouped) correctPairs++;
      if (same && !grouped) missedPairs.push([a.file, b.file]);
      if (!same && grouped) wrongPairs.push([a.file, b.file]);
    }
  }

  // A copy is linked when its duplicateOf is its labelled original or another copy of that original.
  const originalOf = (f: string): string => labels.articles[f]?.copyOf ?? f;
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const unlinkedCopies = Object.entries(labels.articles)
    .filter(([, l]) => l.copyOf !== null)
    .map(([f]) => f)
    .filter((f) => {
      const reported = byFile.get(f)?.duplicateOf;
      const original = byFile.get(originalOf(f))?.duplicateOf;
      // Either this file names the original, or the original was judged the later copy and names this one.
      return !(reported && originalOf(reported) === originalOf(f)) && original !== f;
    });
  const falseCopies = entries.filter((e) => e.duplicateOf && originalOf(e.duplicateOf) !== originalOf(e.file)).map((e) => e.file);

  const eventsByStory = new Map<string, Set<string>>();
  for (const e of entries) eventsByStory.set(e.story, (eventsByStory.get(e.story) ?? new Set()).add(eventOf(e.file)));
  const mergedEvents = [...eventsByStory].filter(([, ev]) => ev.size > 1).map(([story, ev]) => ({ story, events: [...ev].sort() }));

  return {
    articles: entries.length,
    events: new Set(entries.map((e) => eventOf(e.file))).size,
    truePairs,
    predictedPairs,
    correctPairs,
    precision: predictedPairs ? correctPairs / predictedPairs : 1,
    recall: truePairs ? correctPairs / truePairs : 1,
    unlinkedCopies,
    falseCopies,
    mergedEvents,
    missedPairs,
    wrongPairs,
    seconds,
  };
}
