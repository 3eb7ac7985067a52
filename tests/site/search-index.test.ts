/**
 * The search index step: it reports how many pages Pagefind indexed, and a
 * Pagefind that fails is an error that says so (not a silent exit).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchIndexError, writeSearchIndex } from '../../src/site/search-index.ts';
import { cleanupTemp, listTree, makeArchive } from '../helpers/archive.ts';

const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article data-pagefind-body><h1>${title}</h1><p>The ferry to Gull Island sails twice a day in summer.</p></article></body></html>`;

describe('writeSearchIndex', () => {
  afterAll(cleanupTemp);

  it('indexes the article pages, dated and undated, and says how many', async () => {
    const site = makeArchive({
      '2024/05/06/ferry-timetable/index.html': page('Ferry timetable'),
      'undated/harbour-dues/index.html': page('Harbour dues'),
      // Not an article's address: left out even with an indexable body.
      'stories/ferry/index.html': page('Ferry story'),
    });
    expect(await writeSearchIndex(site)).toBe(2);
    expect(listTree(site)).toContain('pagefind/pagefind.js');
  }, 60_000);

  it('rejects with what happened when Pagefind fails', async () => {
    const missing = join(makeArchive({}), 'no-such-site');
    const failure = writeSearchIndex(missing);
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow(/Pagefind stopped \(exit code \d+\) while indexing the site/);
  }, 60_000);
});
