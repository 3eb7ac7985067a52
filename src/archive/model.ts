/**
 * Outcomes -> site model: exact duplicates folded, stable dated URLs,
 * prev/next, the timeline, source summaries and the review list. Pure and
 * deterministic: the same outcomes always give the same model.
 */
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { WEAK_CONFIDENCE, type ArticleRecord } from '../parse/types.ts';
import { carriedCoverageGroups, findCoverageGroups, linkCoverage, type CoverageMemo } from './coverage.ts';
import { articleFeatures, sameTextKey } from './text-features.ts';
import type { ArticleRef, DayGroup, FileOutcome, MonthGroup, ReviewItem, SiteArticle, SiteModel, SourcePage, SourceSummary, TimelineEntry, YearGroup } from './types.ts';
import { groupBy } from '../util/group.ts';

export interface ModelOptions {
  title: string;
  basePath: string;
  origin?: string | null;
  /**
   * Take the copies and stories from this memo of an earlier model instead
   * of finding them from the text (`dateline serve`'s immediate update; see
   * carriedCoverageGroups). Articles then need no text features.
   */
  coverageFrom?: CoverageMemo;
}

/** Address of a year's page: "/2022/". */
export const yearUrl = (year: number | string): string => `/${year}/`;
/** Address of a month's page from its key: "2022-02" -> "/2022/02/". */
export const monthUrl = (key: string): string => `/${key.slice(0, 4)}/${key.slice(5, 7)}/`;

/** Articles per page of an outlet's listing. */
export const SOURCE_PAGE_SIZE = 50;

const MAX_SLUG = 80;

export function slugFor(text: string): string {
  const slug = slugify(text, { decamelize: false });
  if (slug.length <= MAX_SLUG) return slug || 'article';
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : MAX_SLUG);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first, undated last; ties by file path so the order never depends on the disk. */
function timelineOrder(a: ArticleRecord, b: ArticleRecord): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return byText(a.date, b.date);
  }
  return byText(a.file, b.file);
}

/** Same outlet and same text once whitespace and furniture are gone: one page is enough. */
function foldExactDuplicates(outcomes: FileOutcome[]): void {
  const firstByKey = new Map<string, FileOutcome>();
  for (const o of outcomes) {
    if (o.status !== 'published' || !o.record) continue;
    const key = (o.textKey ??= sameTextKey(o.record));
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, o);
      continue;
    }
    o.status = 'duplicate';
    o.duplicateOf = first.file;
    o.problems = [...o.problems, { severity: 'info', rule: 'archive/duplicate', message: `Same article as ${first.file}, which has the page. Delete one of the two files if the copy is not needed.` }];
  }
}

export function needsReview(record: ArticleRecord): boolean {
  return record.dateCertainty !== 'explicit' || record.source === null || record.evidence.source.confidence < WEAK_CONFIDENCE || record.evidence.headline.rule === 'headline/file-name';
}

// Refs are never changed once made, so a model rebuilt from the same records (serve's live
// update) shares them with the one before: less to allocate, and equal pages compare at once.
const refOfRecord = new WeakMap<ArticleRecord, ArticleRef>();

function toRef(a: { id: string; url: string; record: ArticleRecord; sourceUrl: string | null }): ArticleRef {
  const known = refOfRecord.get(a.record);
  if (known && known.id === a.id && known.url === a.url && known.sourceUrl === a.sourceUrl) return known;
  const ref = { id: a.id, url: a.url, headline: a.record.headline, source: a.record.source, sourceUrl: a.sourceUrl, date: a.record.date, dateCertainty: a.record.dateCertainty };
  refOfRecord.set(a.record, ref);
  return ref;
}

export function buildModel(input: FileOutcome[], options: ModelOptions): SiteModel {
  // File order, not the order given, decides which duplicate keeps the page.
  const outcomes = [...input].sort((a, b) => byText(a.file, b.file));
  foldExactDuplicates(outcomes);
  const published = outcomes.filter((o) => o.status === 'published' && o.record);
  published.sort((a, b) => timelineOrder(a.record!, b.record!));

  const sourceSlugs = assignUnique([...new Set(published.map((o) => o.record!.source).filter((s): s is string => s !== null))].sort(byText), slugFor);
  const used = new Set<string>();
  const articles: SiteArticle[] = published.map((outcome) => {
    const record = outcome.record!;
    const base = record.date ? `/${record.date.slice(0, 4)}/${record.date.slice(5, 7)}/${record.date.slice(8, 10)}/` : '/undated/';
    const slug = headlineSlug(record);
    let url = `${base}${slug}/`;
    for (let k = 2; used.has(url); k++) url = `${base}${slug}-${k}/`;
    used.add(url);
    const sourceUrl = record.source ? `/sources/${sourceSlugs.get(record.source)}/` : null;
    const id = createHash('sha256').update(record.file).digest('hex').slice(0, 12);
    // Written out rather than spread from a ref: V8 keeps such objects fast, and there are many.
    return {
      id,
      url,
      headline: record.headline,
      source: record.source,
      sourceUrl,
      date: record.date,
      dateCertainty: record.dateCertainty,
      record,
      file: record.file,
      rawPath: `${url.slice(1)}original.txt`,
      rawUrl: `${url}original.txt`,
      prev: null,
      next: null,
      needsReview: needsReview(record),
      // Filled in by linkCoverage.
      story: { id: '', url: null, headline: record.headline, size: 1 },
      otherCoverage: [],
      alsoPublishedBy: [],
      copyOf: null,
      listedOn: record.date,
    };
  });
  articles.forEach((a, k) => {
    const prev = articles[k - 1];
    const next = articles[k + 1];
    a.prev = prev ? toRef(prev) : null;
    a.next = next ? toRef(next) : null;
  });

  const groups = options.coverageFrom
    ? carriedCoverageGroups(articles, options.coverageFrom)
    : findCoverageGroups(articles, published.map((o) => (o.features ??= articleFeatures(o.record!))));
  const stories = linkCoverage(articles, groups, toRef);

  const dated = articles.filter((a) => a.date);
  const sources = summarizeSources(articles, sourceSlugs);
  return {
    site: { title: options.title, basePath: options.basePath, origin: options.origin ?? null },
    articles,
    timeline: timelineOf(articles),
    sources,
    sourcePages: sources.flatMap(paginateSource),
    stories,
    review: reviewItems(outcomes, articles),
    stats: {
      articles: articles.length,
      sources: sourceSlugs.size,
      stories: stories.length,
      firstDate: dated[0]?.date ?? null,
      lastDate: dated[dated.length - 1]?.date ?? null,
      needsReview: articles.filter((a) => a.needsReview).length,
      rejected: outcomes.filter((o) => o.status === 'rejected').length,
      duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
    },
  };
}

// A live update rebuilds the model from the same records many times; slugging is the dear part.
const slugOfRecord = new WeakMap<ArticleRecord, string>();
function headlineSlug(record: ArticleRecord): string {
  let slug = slugOfRecord.get(record);
  if (slug === undefined) slugOfRecord.set(record, (slug = slugFor(record.headline)));
  return slug;
}

/** Give each name a distinct slug: "rt", "rt-2", ... in name order. */
function assignUnique(names: string[], slug: (s: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const base = slug(name);
    let s = base;
    for (let k = 2; taken.has(s); k++) s = `${base}-${k}`;
    taken.add(s);
    out.set(name, s);
  }
  return out;
}

/**
 * Newest year, month and day first. A story is one entry, at the day its
 * first article appeared, holding all its articles; articles alone are
 * entries of their own. Counts are of articles by their own dates.
 */
function timelineOf(articles: SiteArticle[]): SiteModel['timeline'] {
  const byStory = groupBy(articles, (a) => a.story.id);
  const entryOf = (a: SiteArticle): TimelineEntry | null => {
    if (a.story.size === 1) return { story: null, articles: [toRef(a)] };
    const members = byStory.get(a.story.id)!;
    if (members[0] !== a) return null;
    for (const m of members) if (m.date) m.listedOn = a.date;
    return { story: a.story, articles: members.map(toRef) };
  };

  const years = new Map<number, Map<string, Map<string, TimelineEntry[]>>>();
  const counts = new Map<string, number>();
  for (const a of [...articles].reverse()) {
    if (!a.date) continue;
    const date = a.date;
    counts.set(date.slice(0, 4), (counts.get(date.slice(0, 4)) ?? 0) + 1);
    counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
    const year = Number(date.slice(0, 4));
    const months = years.get(year) ?? new Map<string, Map<string, TimelineEntry[]>>();
    years.set(year, months);
    const days = months.get(date.slice(0, 7)) ?? new Map<string, TimelineEntry[]>();
    months.set(date.slice(0, 7), days);
    const entries = days.get(date) ?? [];
    days.set(date, entries);
    const entry = entryOf(a);
    if (entry) entries.push(entry);
  }
  const yearGroups = [...years].map(([year, months]): YearGroup => {
    const monthGroups: MonthGroup[] = [...months].map(([key, days]) => {
      const dayGroups: DayGroup[] = [...days].filter(([, entries]) => entries.length > 0).map(([date, entries]) => ({ date, entries }));
      return { year, month: Number(key.slice(5, 7)), key, url: monthUrl(key), days: dayGroups, count: counts.get(key)! };
    });
    return { year, url: yearUrl(year), months: monthGroups, count: counts.get(String(year))! };
  });
  // Every undated article is listed on the undated page, also those whose story is dated.
  const undated = articles.filter((a) => !a.date).map((a) => ({ story: null, articles: [toRef(a)] }));
  return { years: yearGroups, months: yearGroups.flatMap((y) => y.months), undated };
}

function summarizeSources(articles: SiteArticle[], slugs: Map<string, string>): SourceSummary[] {
  const bySource = groupBy(articles, (a) => a.source);
  return [...slugs].map(([name, slug]) => {
    const own = bySource.get(name) ?? [];
    const dates = own.map((a) => a.date).filter((d): d is string => d !== null);
    const newestFirst = [...own.filter((a) => a.date).reverse(), ...own.filter((a) => !a.date)];
    return { name, slug, url: `/sources/${slug}/`, count: own.length, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, articles: newestFirst.map(toRef) };
  });
}

/** Page 1 at the outlet's own address, then /2/, /3/...: page addresses stay put as the archive grows. */
function paginateSource(summary: SourceSummary): SourcePage[] {
  const { articles, ...source } = summary;
  const pages = Math.max(1, Math.ceil(articles.length / SOURCE_PAGE_SIZE));
  const urlOf = (page: number) => (page === 1 ? source.url : `${source.url}${page}/`);
  return Array.from({ length: pages }, (_, k) => ({
    source,
    page: k + 1,
    pages,
    url: urlOf(k + 1),
    prevUrl: k > 0 ? urlOf(k) : null,
    nextUrl: k + 1 < pages ? urlOf(k + 2) : null,
    articles: articles.slice(k * SOURCE_PAGE_SIZE, (k + 1) * SOURCE_PAGE_SIZE),
  }));
}

function reviewItems(outcomes: FileOutcome[], articles: SiteArticle[]): ReviewItem[] {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const items: ReviewItem[] = [];
  for (const o of outcomes) {
    const article = byFile.get(o.file);
    if (o.status === 'published' && article && !article.needsReview && !o.problems.some((p) => p.severity !== 'info')) continue;
    if (o.status === 'duplicate' || (o.status === 'skipped' && !o.problems.some((p) => p.severity !== 'info'))) continue;
    items.push({ file: o.file, url: article?.url ?? null, headline: o.record?.headline ?? null, status: o.status, problems: o.problems });
  }
  return items;
}
