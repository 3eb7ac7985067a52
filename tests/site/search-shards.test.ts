/**
 * The split of the search index into bundles: runs of whole months, oldest
 * first with undated articles at the start, so that bundles put end to end
 * are in date order (templates/assets/search.js relies on it).
 */
import { describe, expect, it } from 'vitest';
import { searchShards } from '../../src/site/search-shards.ts';

/** `n` article addresses in each of the given months ("2024/03"), or undated. */
function urlsIn(months: Record<string, number>): string[] {
  return Object.entries(months).flatMap(([month, n]) => Array.from({ length: n }, (_, i) => (month === 'undated' ? `/undated/note-${i}/` : `/${month}/${String((i % 28) + 1).padStart(2, '0')}/item-${i}/`)));
}

/** The months a glob names, in its order ("undated" for the undated folder). */
const monthsOf = (glob: string) => [...glob.matchAll(/(undated|\d{4}\/\d{2})\//g)].map((m) => m[1]);

describe('searchShards', () => {
  it('keeps a small archive in one bundle at /pagefind/', () => {
    const shards = searchShards(urlsIn({ '2024/03': 3, undated: 1, '2023/12': 2 }));
    expect(shards).toEqual([{ dir: 'pagefind', glob: '{undated/*/index.html,2023/12/[0-9][0-9]/*/index.html,2024/03/[0-9][0-9]/*/index.html}', months: ['undated', '2023/12', '2024/03'], articles: 6 }]);
  });

  it('splits a large archive into runs of whole months, undated first, none above the limit', () => {
    // Given out of order, as an archive lists them.
    const months = { '2025/01': 40, '2024/11': 30, undated: 5, '2024/12': 25, '2023/02': 10, '2024/02': 35 };
    const urls = urlsIn(months);
    const shards = searchShards(urls, { maxArticles: 60, splitFrom: 50 });
    // Four shares of 36 for two at a time; the last share's two months would pass 60, so they part.
    expect(shards.map((s) => [s.dir, s.articles])).toEqual([
      ['pagefind/1', 50],
      ['pagefind/2', 30],
      ['pagefind/3', 25],
      ['pagefind/4', 40],
    ]);
    expect(shards.map((s) => monthsOf(s.glob)).flat()).toEqual(['undated', '2023/02', '2024/02', '2024/11', '2024/12', '2025/01']);
    expect(shards.reduce((n, s) => n + s.articles, 0)).toBe(urls.length);
    for (const s of shards) {
      expect(s.articles).toBeLessThanOrEqual(60);
      expect(s.articles).toBe(monthsOf(s.glob).reduce((n, m) => n + months[m as keyof typeof months], 0));
    }
  });

  it('uses two bundles from `splitFrom` articles on, so both cores index', () => {
    const urls = urlsIn({ '2024/01': 3, '2024/02': 3 });
    expect(searchShards(urls, { maxArticles: 100, splitFrom: 7 })).toHaveLength(1);
    expect(searchShards(urls, { maxArticles: 100, splitFrom: 6 }).map((s) => s.articles)).toEqual([3, 3]);
  });

  it('never splits a month, even one above the limit', () => {
    const shards = searchShards(urlsIn({ '2024/01': 9, '2024/02': 1 }), { maxArticles: 4, splitFrom: 2 });
    expect(shards.map((s) => [monthsOf(s.glob), s.articles])).toEqual([
      [['2024/01'], 9],
      [['2024/02'], 1],
    ]);
  });

  it('gives an archive without articles no bundle', () => {
    expect(searchShards([])).toEqual([]);
  });
});
