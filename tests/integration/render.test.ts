/**
 * Large archives render their article pages in slices, one Eleventy run
 * each (memory at 100,000 articles): the site must be the same, page for
 * page, however it is sliced. All articles are fictional.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, describe, expect, it } from 'vitest';
import { renderArticlePages, renderOtherPages } from '../../src/cli/build.ts';
import { loadArticles } from '../../src/archive/load.ts';
import { buildModel } from '../../src/archive/model.ts';
import { siteData } from '../../src/site/data.ts';
import { cleanupTemp, listTree, makeArchive, makeTempDir } from '../helpers/archive.ts';

const article = (headline: string, day: number) =>
  `${headline}\nBy Ada Morrow\nApril ${day}, 2024\nThe ferry committee of Port Alden met on a wet ${day % 2 ? 'Tuesday' : 'Thursday'} to hear about ${headline.toLowerCase()}, and agreed to report back within a month.\nMembers said the town's harbour budget could not carry more than one new project this year.\n© 2024 The Harbor Gazette. All rights reserved.\n`;

describe('rendering in slices', () => {
  afterAll(cleanupTemp);

  it('writes the same site whether the articles render in one Eleventy run or one run each', async () => {
    register();
    const files = Object.fromEntries(['Harbour wall survey begins', 'Lighthouse keeper retires', 'New buoys for the channel', 'Ferry fares frozen'].map((h, k) => [`a${k}.txt`, article(h, k + 3)]));
    const { outcomes } = await loadArticles({ articlesDir: makeArchive(files), maxBytes: 1e6 });
    const model = buildModel(outcomes, { title: 'Slices', basePath: '/' });
    expect(model.articles).toHaveLength(4);
    const [whole, sliced] = [join(makeTempDir(), 'site'), join(makeTempDir(), 'site')];
    for (const [dir, perRun] of [[whole, 100], [sliced, 1]] as const) {
      await renderOtherPages(model, siteData(model), dir, true);
      await renderArticlePages(model, model.articles, dir, true, perRun);
    }
    const pages = listTree(whole);
    expect(pages.filter((p) => p.endsWith('/index.html')).length).toBeGreaterThan(8);
    expect(listTree(sliced)).toEqual(pages);
    for (const page of pages) expect(readFileSync(join(sliced, page), 'utf8'), page).toBe(readFileSync(join(whole, page), 'utf8'));
  }, 60_000);
});
