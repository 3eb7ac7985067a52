/** Atom feeds: the archive's and each outlet's. */
import { atomFeed, type Feed } from '../src/site/feeds.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = {
  pagination: { data: 'datelineSite.feeds', size: 1, alias: 'feed', addAllPagesToCollections: false },
  permalink: (d: { feed: Feed }) => `${d.feed.path.slice(1)}.xml`,
  eleventyExcludeFromCollections: true,
};

export function render({ dateline, feed }: { dateline: SiteModel; feed: Feed }): string {
  return atomFeed(dateline.site, feed);
}
