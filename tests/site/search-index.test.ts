/**
 * The search index step: it reports how many pages Pagefind indexed; a
 * Pagefind that fails is an error that says so (not a silent exit), and a
 * build whose index fails still publishes the site.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchIndexError, writeSearchIndex } from '../../src/site/search-index.ts';
import { searchShards } from '../../src/site/search-shards.ts';
import { register } from 'tsx/esm/api';
import { build, summary } from '../../src/cli/build.ts';
import { cleanupTemp, listTree, makeArchive, makeTempDir } from '../helpers/archive.ts';

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
    expect(await writeSearchIndex(site, searchShards(['/2024/05/06/ferry-timetable/', '/undated/harbour-dues/']))).toBe(2);
    expect(listTree(site)).toContain('pagefind/pagefind.js');
  }, 60_000);

  it('writes one bundle per shard, each over its own months only', async () => {
    const urls = ['/undated/harbour-dues/', '/2023/11/02/pier-closed/', '/2024/05/06/ferry-timetable/', '/2024/05/09/ferry-fares/'];
    const site = makeArchive(Object.fromEntries(urls.map((u, i) => [`${u.slice(1)}index.html`, page(`Ferry notice ${i}`)])));
    const shards = searchShards(urls, { maxArticles: 2, splitFrom: 2 });
    expect(shards.map((s) => [s.dir, s.articles])).toEqual([
      ['pagefind/1', 2],
      ['pagefind/2', 2],
    ]);
    expect(await writeSearchIndex(site, shards)).toBe(4);
    const files = listTree(site);
    expect(files).toContain('pagefind/1/pagefind.js');
    expect(files).toContain('pagefind/2/pagefind.js');
    // Each bundle keeps one fragment per page it indexed.
    expect(files.filter((f) => /^pagefind\/1\/fragment\//.test(f))).toHaveLength(2);
    expect(files.filter((f) => /^pagefind\/2\/fragment\//.test(f))).toHaveLength(2);
  }, 60_000);

  it('rejects with what happened when Pagefind fails', async () => {
    const missing = join(makeArchive({}), 'no-such-site');
    const failure = writeSearchIndex(missing, searchShards(['/2024/05/06/ferry-timetable/']));
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow(/Pagefind stopped \(exit code \d+\) while indexing the site/);
  }, 60_000);
});

describe('a build whose search index fails', () => {
  afterAll(cleanupTemp);

  it('publishes the rest of the site, says why search is missing, and renders again next time', async () => {
    register();
    const articles = makeArchive({ 'ferry.txt': 'Ferry to Gull Island resumes\nBy Ada Morrow\nMarch 3, 2023\nThe ferry between Port Alden and Gull Island resumed its daily crossings on Friday after three months of repairs to the landing stage.\nHarbour master Ilse Varga said the new landing stage could take the larger vessel in all but the worst weather.\n© 2023 The Harbor Gazette. All rights reserved.\n' });
    const outDir = join(makeTempDir(), 'site');
    const options = { articlesDir: articles, outDir, reportFile: null, basePath: '/', title: 'T', maxBytes: 1e6, cacheDir: null, quiet: true };
    // Pagefind's own override for its binary: one that fails at once.
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = '/bin/false';
    try {
      const result = await build(options);
      expect(result.searchProblem).toMatch(/^Pagefind stopped \(exit code 1\) while indexing the site/);
      expect(summary(result, outDir)).toContain('Search: not available. Pagefind stopped');
      const files = listTree(outDir);
      expect(files).toContain('2023/03/03/ferry-to-gull-island-resumes/index.html');
      expect(files.some((f) => f.startsWith('pagefind/'))).toBe(false);
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
    const again = await build(options);
    expect(again.upToDate).toBe(false);
    expect(again.searchProblem).toBeNull();
    expect(listTree(outDir)).toContain('pagefind/pagefind.js');
  }, 120_000);
});
