/**
 * Same story, many outlets: links republished copies to each other and
 * groups articles into stories, then gives each article its story, its
 * "also published by" copies and the other coverage of its story.
 */
import { findCopies } from './copies.ts';
import { clusterStories } from './stories.ts';
import { plainText, type ArticleFeatures } from './text-features.ts';
import type { ArticleRef, SiteArticle, Story, StoryEntry } from './types.ts';
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
 * Fills in `story`, `otherCoverage`, `alsoPublishedBy` and `copyOf` of each
 * article (given in timeline order) and returns the stories of two or more
 * articles, newest first.
 */
export function linkCoverage(articles: SiteArticle[], features: ArticleFeatures[], refOf: (a: SiteArticle) => ArticleRef): Story[] {
  const pairs = findCopies(features.map((f) => f.shingles));

  // Copies form groups (a wire story on three sites); the earliest is the original.
  const groupOf = articles.map((_, i) => i);
  const root = (i: number): number => (groupOf[i] === i ? i : (groupOf[i] = root(groupOf[i]!)));
  for (const { earlier, later } of pairs) {
    const [a, b] = [root(earlier), root(later)];
    if (a !== b) groupOf[Math.max(a, b)] = Math.min(a, b);
  }
  const members = groupBy(articles.keys(), root);

  const storyOf = clusterStories(
    articles.map((a, i) => ({ date: a.date, dayWithoutYear: a.record.dayWithoutYear, lang: a.record.lang, words: features[i]!.words, anchors: features[i]!.anchors, copyOf: root(i) === i ? null : root(i) })),
  );

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
