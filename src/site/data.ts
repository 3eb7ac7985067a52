/**
 * What the templates get besides the site model: the feeds to write and the
 * address of every page (for the sitemap and the link check).
 */
import type { SiteModel } from '../archive/types.ts';
import { feedsOf, type FeedFile } from './feeds.ts';
import { SHARD_LIMITS, searchShards, type SearchShard, type ShardLimits } from './search-shards.ts';

export interface SiteData {
  /** Every feed in both formats. */
  feedFiles: FeedFile[];
  /** Site path of every HTML page, in a fixed order. */
  pages: string[];
  /** The search index's bundles, oldest articles first: the build writes them, the search page reads them. */
  searchShards: SearchShard[];
}

export function pageUrls(model: SiteModel): string[] {
  return [
    '/',
    ...model.timeline.years.map((y) => y.url),
    ...model.timeline.months.map((m) => m.url),
    ...(model.timeline.undated.length ? ['/undated/'] : []),
    '/sources/',
    ...model.sourcePages.map((p) => p.url),
    '/stories/',
    ...model.stories.map((s) => s.url),
    '/search/',
    '/review/',
    ...model.articles.map((a) => a.url),
  ];
}

export function siteData(model: SiteModel, shardLimits: ShardLimits = SHARD_LIMITS): SiteData {
  return {
    feedFiles: feedsOf(model).flatMap((feed) => [{ feed, format: 'atom' as const }, { feed, format: 'json' as const }]),
    pages: pageUrls(model),
    searchShards: searchShardsOf(model, shardLimits),
  };
}

/** The search bundles a full build of `model` writes. */
export function searchShardsOf(model: SiteModel, shardLimits: ShardLimits = SHARD_LIMITS): SearchShard[] {
  return searchShards(
    model.articles.map((a) => a.url),
    shardLimits,
  );
}
