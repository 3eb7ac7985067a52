/**
 * Same story, many outlets: links republished copies to each other and
 * groups articles into stories, then gives each article its story, its
 * "also published by" copies and the other coverage of its story.
 */
import { findCopies } from './copies.ts';
import { clusterStories } from './stories.ts';
import { plainText, type ArticleFeatures } from './text-features.ts';
import type { ArticleRef, Report, SiteArticle, Story, StoryEntry } from './types.ts';
import { groupBy } from '../util/group.ts';

const LEAD_CHARS = 280;

/** The first paragraph, cut at a word near LEAD_CHARS. */
export function leadOf(body: string): string {
  const first = plainText(body.split(/\n{2,}/).find((p) => p.trim()) ?? '').replace(/\s+/g, ' ').trim();
  if (first.length <= LEAD_CHARS) return first;
  const cut = first.slice(0, LEAD_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 200 ? cut.lastIndexOf(' ') : LEAD_CHARS)}…`;
}

/** "/2023/03/03/talks-collapse/" -> "2023-03-03-talks-collapse": readable, stable while the story's first article stays. */
export function storyIdFor(articleUrl: string): string {
  return articleUrl.split('/').filter(Boolean).join('-');
}

/**
 * Which articles (given in timeline order) are copies of one another and
 * which tell the same story: each article's copy group, named by its
 * earliest member, and its story, named by any number shared with the
 * story's other articles.
 */
export interface CoverageGroups {
  copyRoot: number[];
  storyOf: number[];
}

/** Finds copies and stories from the articles' text features. */
export function findCoverageGroups(articles: SiteArticle[], features: ArticleFeatures[]): CoverageGroups {
  const pairs = findCopies(features.map((f) => f.shingles));

  // Copies form groups (a wire story on three sites); the earliest is the original.
  const groupOf = articles.map((_, i) => i);
  const root = (i: number): number => (groupOf[i] === i ? i : (groupOf[i] = root(groupOf[i]!)));
  for (const { earlier, later } of pairs) {
    const [a, b] = [root(earlier), root(later)];
    if (a !== b) groupOf[Math.max(a, b)] = Math.min(a, b);
  }
  const copyRoot = articles.map((_, i) => root(i));

  const storyOf = clusterStories(
    articles.map((a, i) => ({ date: a.date, dayWithoutYear: a.record.dayWithoutYear, lang: a.record.lang, words: features[i]!.words, anchors: features[i]!.anchors, copyOf: copyRoot[i] === i ? null : copyRoot[i]! })),
  );
  return { copyRoot, storyOf };
}

/** Who was grouped with whom, by file: what a later, quick model needs to carry the groups over. */
export type CoverageMemo = Map<string, { story: string; copies: string }>;

/** The memo of a build, from its report: each published file's story, and its earliest copy (or itself). */
export function coverageMemo(report: Report): CoverageMemo {
  return new Map(report.files.filter((f) => f.status === 'published' && f.story !== null).map((f) => [f.file, { story: f.story!, copies: f.duplicateOf ?? f.file }]));
}

/**
 * The groups of an earlier model carried over to a changed archive, without
 * reading any text: an article in the memo keeps its story and copies, a new
 * or edited one (left out of the memo) stands alone. `dateline serve`
 * publishes with these at once; the full build that follows finds the
 * groups afresh.
 */
export function carriedCoverageGroups(articles: SiteArticle[], memo: CoverageMemo): CoverageGroups {
  const firstWith = new Map<string, number>();
  const numberOf = (key: string, i: number) => {
    if (!firstWith.has(key)) firstWith.set(key, i);
    return firstWith.get(key)!;
  };
  const copyRoot: number[] = [];
  const storyOf: number[] = [];
  articles.forEach((a, i) => {
    const kept = memo.get(a.file);
    copyRoot.push(numberOf(kept ? `copies:${kept.copies}` : `new:${a.id}`, i));
    storyOf.push(numberOf(kept ? `story:${kept.story}` : `new:${a.id}`, i));
  });
  return { copyRoot, storyOf };
}

/**
 * Fills in `story`, `otherCoverage`, `alsoPublishedBy` and `copyOf` of each
 * article (given in timeline order) from its groups and returns the stories
 * of two or more articles, newest first.
 */
export function linkCoverage(articles: SiteArticle[], { copyRoot, storyOf }: CoverageGroups, refOf: (a: SiteArticle) => ArticleRef): Story[] {
  const root = (i: number) => copyRoot[i]!;
  const members = groupBy(articles.keys(), root);
  const byStory = groupBy(storyOf.keys(), (i) => storyOf[i]!);

  const stories: Story[] = [];
  for (const indexes of byStory.values()) {
    const first = articles[indexes[0]!]!;
    const id = storyIdFor(first.url);
    const url = indexes.length > 1 ? `/stories/${id}/` : null;
    const ref = { id, url, headline: first.headline, size: indexes.length };
    for (const i of indexes) {
      const a = articles[i]!;
      a.story = ref;
      a.otherCoverage = indexes.filter((j) => j !== i).map((j) => refOf(articles[j]!));
      const group = members.get(root(i))!;
      a.alsoPublishedBy = group.filter((j) => j !== i).map((j) => refOf(articles[j]!));
      a.copyOf = root(i) === i ? null : refOf(articles[root(i)]!);
    }
    if (!url) continue;
    const entries: StoryEntry[] = indexes.map((i) => {
      const a = articles[i]!;
      return { ...refOf(a), lead: leadOf(a.record.body), copyOf: a.copyOf?.id ?? null };
    });
    const dates = entries.map((e) => e.date).filter((d): d is string => d !== null);
    stories.push({
      id,
      url,
      headline: first.headline,
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      sources: [...new Set(entries.map((e) => e.source ?? 'Source unknown'))],
      articles: entries,
    });
  }
  // Newest first, like the timeline; undated stories last.
  return stories.sort((a, b) => (a.first === b.first ? (a.id < b.id ? -1 : 1) : a.first === null ? 1 : b.first === null ? -1 : a.first < b.first ? 1 : -1));
}
