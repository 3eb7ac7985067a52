/**
 * Carrying copies and stories over from an earlier model (serve's live
 * update): on the labelled stories set, the carried groups rebuild the very
 * model the text gave, and an edited article leaves its story until the
 * next full build.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/archive/load.ts';
import { buildModel } from '../../src/archive/model.ts';
import { coverageMemo } from '../../src/archive/coverage.ts';
import { buildReport } from '../../src/archive/report.ts';
import type { FileOutcome, SiteModel } from '../../src/archive/types.ts';

const LABELLED = fileURLToPath(new URL('../stories/labelled/', import.meta.url));
const OPTIONS = { title: 'Labelled', basePath: '/' };
const fresh = (outcomes: FileOutcome[]) => outcomes.map((o) => ({ ...o }));

describe('carried coverage groups', () => {
  let outcomes: FileOutcome[];
  let full: SiteModel;
  beforeAll(async () => {
    outcomes = (await loadArticles({ articlesDir: LABELLED, maxBytes: 5e6 })).outcomes;
    full = buildModel(fresh(outcomes), OPTIONS);
  });

  it('rebuild the same model, stories and copies included, without text features', () => {
    expect(full.stories.length).toBeGreaterThan(10);
    expect(full.articles.some((a) => a.copyOf)).toBe(true);
    const withoutFeatures = fresh(outcomes).map(({ features: _features, ...o }) => o);
    expect(buildModel(withoutFeatures, { ...OPTIONS, coverageFrom: coverageMemo(buildReport(fresh(outcomes), full)) })).toEqual(full);
  });

  it('leave an article out of the memo standing alone, and its story with one article fewer', () => {
    const story = full.stories.find((s) => s.articles.length >= 3)!;
    const edited = full.articles.find((a) => a.id === story.articles[1]!.id)!;
    const memo = coverageMemo(buildReport(fresh(outcomes), full));
    memo.delete(edited.file);
    const carried = buildModel(fresh(outcomes), { ...OPTIONS, coverageFrom: memo });
    const alone = carried.articles.find((a) => a.file === edited.file)!;
    expect(alone.story.size).toBe(1);
    expect(alone.otherCoverage).toEqual([]);
    expect(carried.stories.find((s) => s.id === story.id)!.articles.map((a) => a.id)).toEqual(story.articles.map((a) => a.id).filter((id) => id !== edited.id));
  });
});
