/** Feeds: an Atom and a JSON Feed for the archive and for each outlet. */
import { atomFeed, jsonFeed, type FeedFile } from '../src/site/feeds.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = {
  pagination: { data: 'datelineSite.feedFiles', size: 1, alias: 'file', addAllPagesToCollections: false },
  permalink: (d: { file: FeedFile }) => `${d.file.feed.path.slice(1)}.${d.file.format === 'atom' ? 'xml' : 'json'}`,
  eleventyExcludeFromCollections: true,
};

/** What the page shows besides the site's settings: `dateline serve` renders it again only when this changes. */
export const inputs = ({ file }: { file: FeedFile }) => file;

export function render({ dateline, file }: { dateline: SiteModel; file: FeedFile }): string {
  return file.format === 'atom' ? atomFeed(dateline.site, file.feed) : jsonFeed(dateline.site, file.feed);
}
