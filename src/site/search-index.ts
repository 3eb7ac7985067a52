/**
 * The search index: Pagefind (its Node API, which drives Pagefind's own
 * binary) reads the built article pages and writes /pagefind/ beside them.
 * Only elements marked data-pagefind-body are indexed, so listings and the
 * review page never show up as results.
 */
import * as pagefind from 'pagefind';

export class SearchIndexError extends Error {}

/** Index the built site in `siteDir`; returns the number of pages indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  // One index for every language, so a search and its filters cover the whole archive.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new SearchIndexError(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
