/**
 * Outcomes -> site model: exact duplicates folded, stable dated URLs,
 * prev/next, the timeline, source summaries and the review list. Pure and
 * deterministic: the same outcomes always give the same model.
 */
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { foldKey } from '../parse/page.ts';
import type { ArticleRecord } from '../parse/types.ts';
import type { ArticleRef, DayGroup, FileOutcome, MonthGroup, ReviewItem, SiteArticle, SiteModel, SourceSummary, YearGroup } from './types.ts';

export interface ModelOptions {
  title: string;
  basePath: string;
}

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
    const key = createHash('sha256').update(`${o.record.source ?? ''}\n${foldKey(o.record.headline)}\n${foldKey(o.record.body)}`).digest('hex');
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
  return record.dateCertainty !== 'explicit' || record.source === null || record.evidence.headline.rule === 'headline/file-name';
}

function toRef(a: { id: string; url: string; record: ArticleRecord; sourceUrl: string | null }): ArticleRef {
  return { id: a.id, url: a.url, headline: a.record.headline, source: a.record.source, sourceUrl: a.sourceUrl, date: a.record.date, dateCertainty: a.record.dateCertainty };
}

export function buildModel(input: FileOutcome[], options: ModelOptions): SiteModel {
  // File order, not the order given, decides which duplicate keeps the page.
  const outcomes = [...input].sort((a, b) => byText(a.file, b.file));
  foldExactDuplicates(outcomes);
  const published = outcomes.filter((o) => o.status === 'published' && o.record).map((o) => o.record!);
  published.sort(timelineOrder);

  const sourceSlugs = assignUnique([...new Set(published.map((r) => r.source).filter((s): s is string => s !== null))].sort(byText), slugFor);
  const used = new Set<string>();
  const articles: SiteArticle[] = published.map((record) => {
    const base = record.date ? `/${record.date.slice(0, 4)}/${record.date.slice(5, 7)}/${record.date.slice(8, 10)}/` : '/undated/';
    const slug = slugFor(record.headline);
    let url = `${base}${slug}/`;
    for (let k = 2; used.has(url); k++) url = `${base}${slug}-${k}/`;
    used.add(url);
    const sourceUrl = record.source ? `/sources/${sourceSlugs.get(record.source)}/` : null;
    const id = createHash('sha256').update(record.file).digest('hex').slice(0, 12);
    return {
      ...toRef({ id, url, record, sourceUrl }),
      record,
      file: record.file,
      rawPath: `${url.slice(1)}original.txt`,
      rawUrl: `${url}original.txt`,
      prev: null,
      next: null,
      needsReview: needsReview(record),
    };
  });
  articles.forEach((a, k) => {
    const prev = articles[k - 1];
    const next = articles[k + 1];
    a.prev = prev ? toRef(prev) : null;
    a.next = next ? toRef(next) : null;
  });

  const dated = articles.filter((a) => a.date);
  return {
    site: { title: options.title, basePath: options.basePath },
    articles,
    timeline: { years: groupByYear(dated), undated: articles.filter((a) => !a.date).map(toRef) },
    sources: summarizeSources(articles, sourceSlugs),
    review: reviewItems(outcomes, articles),
    stats: {
      articles: articles.length,
      sources: sourceSlugs.size,
      firstDate: dated[0]?.date ?? null,
      lastDate: dated[dated.length - 1]?.date ?? null,
      needsReview: articles.filter((a) => a.needsReview).length,
      rejected: outcomes.filter((o) => o.status === 'rejected').length,
      duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
    },
  };
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

/** Newest year, month and day first. */
function groupByYear(dated: SiteArticle[]): YearGroup[] {
  const years = new Map<number, Map<string, Map<string, ArticleRef[]>>>();
  for (const a of [...dated].reverse()) {
    const date = a.date!;
    const year = Number(date.slice(0, 4));
    const months = years.get(year) ?? new Map<string, Map<string, ArticleRef[]>>();
    years.set(year, months);
    const days = months.get(date.slice(0, 7)) ?? new Map<string, ArticleRef[]>();
    months.set(date.slice(0, 7), days);
    days.set(date, [...(days.get(date) ?? []), toRef(a)]);
  }
  return [...years].map(([year, months]) => {
    const monthGroups: MonthGroup[] = [...months].map(([key, days]) => {
      const dayGroups: DayGroup[] = [...days].map(([date, list]) => ({ date, articles: list }));
      return { year, month: Number(key.slice(5, 7)), key, days: dayGroups, count: dayGroups.reduce((n, d) => n + d.articles.length, 0) };
    });
    return { year, months: monthGroups, count: monthGroups.reduce((n, m) => n + m.count, 0) };
  });
}

function summarizeSources(articles: SiteArticle[], slugs: Map<string, string>): SourceSummary[] {
  return [...slugs].map(([name, slug]) => {
    const own = articles.filter((a) => a.source === name);
    const dates = own.map((a) => a.date).filter((d): d is string => d !== null);
    const newestFirst = [...own.filter((a) => a.date).reverse(), ...own.filter((a) => !a.date)];
    return { name, slug, url: `/sources/${slug}/`, count: own.length, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, articles: newestFirst.map(toRef) };
  });
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
