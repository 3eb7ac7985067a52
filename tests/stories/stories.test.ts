/**
 * The targets of the stories issue, held on the hand-labelled set
 * (tests/stories/labelled, labels in tests/stories/labels.json; figures
 * printed by `npm run bench:stories`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreStories, type StoryScore } from './score.ts';

describe('stories on the labelled set', () => {
  let score: StoryScore;
  beforeAll(async () => {
    score = await scoreStories();
  });

  it('covers every labelled article', () => {
    expect(score.articles).toBe(57);
    expect(score.events).toBe(17);
  });

  it('groups same-story pairs with precision >= 0.95 and recall >= 0.90', () => {
    expect(score.precision, `wrong pairs: ${JSON.stringify(score.wrongPairs)}`).toBeGreaterThanOrEqual(0.95);
    expect(score.recall, `missed pairs: ${JSON.stringify(score.missedPairs)}`).toBeGreaterThanOrEqual(0.9);
  });

  it('merges no two different events, look-alikes included', () => {
    expect(score.mergedEvents).toEqual([]);
  });

  it('links every republished copy to its original and reports no false copies', () => {
    expect(score.unlinkedCopies).toEqual([]);
    expect(score.falseCopies).toEqual([]);
  });
});
