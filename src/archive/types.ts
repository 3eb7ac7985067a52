/**
 * The archive as the site and the report see it: what became of each input
 * file, and the published articles arranged by time and by outlet.
 */
import type { ArticleRecord, DateCertainty, Problem } from '../parse/types.ts';
import type { ArticleFeatures } from './text-features.ts';

export type FileStatus = 'published' | 'duplicate' | 'rejected' | 'skipped';

/** What became of one input file. Every file in the articles folder has exactly one. */
export interface FileOutcome {
  file: string;
  status: FileStatus;
  record: ArticleRecord | null;
  problems: Problem[];
  /** For duplicates: the file whose page stands for this one. */
  duplicateOf?: string;
  /** Hash of the raw bytes, for the parse cache. */
  contentHash: string;
  encoding?: string;
  /** What stories and duplicates are found by; computed from the record when absent. */
  features?: ArticleFeatures;
  /** Equal for exact duplicates (see sameTextKey); computed from the record when absent. */
  textKey?: string;
}

export interface ArticleRef {
  id: string;
  url: string;
  headline: string;
  source: string | null;
  sourceUrl: string | null;
  date: string | null;
  dateCertainty: DateCertainty;
}

export interface SiteArticle extends ArticleRef {
  record: ArticleRecord;
  /** Page of the raw original, copied next to the article page. */
  rawUrl: string;
  /** Output path of the raw copy, relative to the output folder. */
  rawPath: string;
  /** Path of the raw file in the articles folder. */
  file: string;
  prev: ArticleRef | null;
  next: ArticleRef | null;
  needsReview: boolean;
  story: StoryRef;
  /** The rest of its story, oldest first. */
  otherCoverage: ArticleRef[];
  /** Other outlets' copies of this same text, oldest first. */
  alsoPublishedBy: ArticleRef[];
  /** The earliest copy of this text, when this one is a later republication. */
  copyOf: ArticleRef | null;
  /**
   * The day under which the timeline lists the article: its own date, or the
   * day its story began, which can be earlier. Null when undated.
   */
  listedOn: string | null;
}

export interface StoryRef {
  /** Shared by every article of the story; an article alone has its own. */
  id: string;
  /** The story page; null for an article alone. */
  url: string | null;
  headline: string;
  size: number;
}

export interface StoryEntry extends ArticleRef {
  /** First paragraph. */
  lead: string;
  /** Id of the article this one republishes. */
  copyOf: string | null;
}

export interface Story {
  id: string;
  url: string;
  /** The first article's headline. */
  headline: string;
  first: string | null;
  last: string | null;
  sources: string[];
  /** Oldest first: who reported first. */
  articles: StoryEntry[];
}

/** One line of the timeline: an article, or a story with all its articles at the day it began. */
export interface TimelineEntry {
  story: StoryRef | null;
  articles: ArticleRef[];
}

export interface DayGroup {
  date: string;
  entries: TimelineEntry[];
}
export interface MonthGroup {
  year: number;
  month: number;
  /** "2022-02" */
  key: string;
  /** "/2022/02/" */
  url: string;
  days: DayGroup[];
  count: number;
}
export interface YearGroup {
  year: number;
  /** "/2022/" */
  url: string;
  months: MonthGroup[];
  count: number;
}

export interface SourceSummary {
  name: string;
  slug: string;
  url: string;
  count: number;
  first: string | null;
  last: string | null;
  /** Newest first; undated at the end. */
  articles: ArticleRef[];
}

/** One page of an outlet's articles: /sources/<slug>/, /sources/<slug>/2/, ... */
export interface SourcePage {
  source: Omit<SourceSummary, 'articles'>;
  page: number;
  pages: number;
  url: string;
  prevUrl: string | null;
  nextUrl: string | null;
  articles: ArticleRef[];
}

export interface ReviewItem {
  file: string;
  url: string | null;
  headline: string | null;
  status: FileStatus;
  problems: Problem[];
}

export interface SiteModel {
  site: { title: string; basePath: string; /** Origin the site is served from, for feeds and the sitemap; null when not given. */ origin: string | null };
  /** Published articles in timeline order (oldest first; undated last). */
  articles: SiteArticle[];
  timeline: { years: YearGroup[]; /** Every month of every year, newest first. */ months: MonthGroup[]; undated: TimelineEntry[] };
  sources: SourceSummary[];
  sourcePages: SourcePage[];
  /** Stories of two or more articles, newest first. */
  stories: Story[];
  review: ReviewItem[];
  stats: { articles: number; sources: number; stories: number; firstDate: string | null; lastDate: string | null; needsReview: number; rejected: number; duplicates: number };
}

export interface ReportEntry {
  file: string;
  status: FileStatus;
  url: string | null;
  headline: string | null;
  source: string | null;
  date: string | null;
  dateCertainty: DateCertainty | null;
  /** Story id; null for files without a page of their own or a kept copy. */
  story: string | null;
  /** For exact duplicates, the file with the page; for a republished copy, the earliest copy. */
  duplicateOf?: string;
  problems: Problem[];
}

export interface Report {
  files: ReportEntry[];
}
