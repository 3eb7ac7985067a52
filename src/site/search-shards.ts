/**
 * How the search index is split. Pagefind holds a whole index in memory
 * while it builds it (about 0.27 MB per article here: 2.7 GB at 10,000, and
 * killed by the kernel at 15 GB on the way to 100,000), and works mostly on
 * one core. So a large archive is indexed as several Pagefind bundles, each
 * over a run of whole months, two at a time; the search page queries them
 * all and merges the answers (templates/assets/search.js).
 *
 * Shards are runs of consecutive months, oldest first, with undated articles
 * (whose date sort key is the lowest) at the very start. Sorting each shard
 * by date and putting the shards end to end is then the archive sorted by date.
 * The plan depends only on the articles' addresses, never on the machine, so
 * the same archive always gives the same site.
 */
import { groupBy } from '../util/group.ts';

export interface SearchShard {
  /** Folder of the bundle under the site root: "pagefind", or "pagefind/2" when split. */
  dir: string;
  /** The article pages of this shard, as a Pagefind --glob relative to the site root. */
  glob: string;
  /** Its month folders ("2024/03", "undated"). */
  months: string[];
  articles: number;
}

export interface ShardLimits {
  /** Most articles in one bundle: bounds Pagefind's memory. */
  maxArticles: number;
  /** From this many articles on, at least two bundles, so both cores index. */
  splitFrom: number;
}

/** 20,000 articles is about 5.5 GB for Pagefind; two at a time stay well inside a 24 GB machine. */
export const SHARD_LIMITS: ShardLimits = { maxArticles: 20_000, splitFrom: 5_000 };

/** "2024/03" for "/2024/03/09/slug/", "undated" for "/undated/slug/". */
export function monthFolder(url: string): string {
  const parts = url.split('/').filter(Boolean);
  return parts[0] === 'undated' ? 'undated' : `${parts[0]}/${parts[1]}`;
}

const pagesOf = (folder: string) => (folder === 'undated' ? 'undated/*/index.html' : `${folder}/[0-9][0-9]/*/index.html`);

export function searchShards(articleUrls: readonly string[], limits: ShardLimits = SHARD_LIMITS): SearchShard[] {
  const total = articleUrls.length;
  // An even number of bundles: they are indexed two at a time, so no bundle runs alone at the end.
  const count = total < limits.splitFrom ? 1 : 2 * Math.ceil(total / (2 * limits.maxArticles));
  // "undated" sorts before every "YYYY/MM", as its date sort key does.
  const months = [...groupBy(articleUrls, monthFolder)].map(([folder, urls]) => ({ folder, articles: urls.length })).sort((a, b) => (a.folder === 'undated' ? -1 : b.folder === 'undated' ? 1 : a.folder < b.folder ? -1 : 1));
  const runs: Array<typeof months> = [[]];
  let seen = 0;
  let inRun = 0;
  for (const month of months) {
    // Close a run once it reaches its share of the archive, or before it would pass the limit; a month is never split.
    if (inRun > 0 && (seen >= (total * runs.length) / count || inRun + month.articles > limits.maxArticles)) {
      runs.push([]);
      inRun = 0;
    }
    runs.at(-1)!.push(month);
    seen += month.articles;
    inRun += month.articles;
  }
  return runs
    .filter((run) => run.length > 0)
    .map((run, i, all) => ({
      dir: all.length === 1 ? 'pagefind' : `pagefind/${i + 1}`,
      glob: `{${run.map((m) => pagesOf(m.folder)).join(',')}}`,
      months: run.map((m) => m.folder),
      articles: run.reduce((n, m) => n + m.articles, 0),
    }));
}
