/**
 * The search index: Pagefind, fed the articles straight from the site model
 * as custom records (its Node API drives Pagefind's own binary, so indexing
 * runs in another process while Eleventy renders the pages). Every article
 * gets a date sort key, undated ones the lowest, so none drops out of
 * sorted results.
 */
import * as pagefind from 'pagefind';
import type { SiteModel } from '../archive/types.ts';
import { plainText } from '../archive/text-features.ts';
import { formatDay } from './format.ts';

export class SearchIndexError extends Error {}

/** Records handed to Pagefind at a time; it answers each, so batches keep the pipe full. */
const BATCH = 500;

/** Index every article of `model` into `siteDir`/pagefind; returns the number of articles indexed. */
export async function writeSearchIndex(model: SiteModel, siteDir: string): Promise<number> {
  // One index for every language, so a search and its filters cover the whole archive.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    for (let k = 0; k < model.articles.length; k += BATCH) {
      const added = await Promise.all(
        model.articles.slice(k, k + BATCH).map((a) =>
          index.addCustomRecord({
            url: a.url,
            content: [a.headline, a.record.dek ?? '', plainText(a.record.body)].join('\n\n'),
            language: 'en',
            meta: { title: a.headline, date: a.date ? formatDay(a.date) : 'Undated', source: a.source ?? 'Source unknown' },
            filters: { source: [a.source ?? 'Source unknown'], year: [a.date ? a.date.slice(0, 4) : 'Undated'], language: [a.record.lang ?? 'unknown'] },
            sort: { date: a.date ?? '0000-00-00' },
          }),
        ),
      );
      const failed = added.flatMap((r) => r.errors);
      if (failed.length) throw new SearchIndexError(`Pagefind could not index an article: ${failed.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return model.articles.length;
  } finally {
    await pagefind.close();
  }
}
