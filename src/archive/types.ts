/**
 * The archive as the site and the report see it: what became of each input
 * file, and the published articles arranged by time and by outlet.
 */
import type { ArticleRecord, DateCertainty, Problem } from '../parse/types.ts';

export type FileStatus = 'published' | 'duplicate' | 'rejected' | 'skipped';

/** What became of one input file. Every file in the articles folder has exactly one. */
export interface FileOutcome {
  file: string;
  status: FileStatus;
  record: ArticleRecord | null;
  problems: Problem[];
  /** For duplicates: the file whose page stands for this one. */
  duplicateOf?: string;
  /** Hash of the raw bytes, for the parse cache and exact-duplicate detection. */
  contentHash: string;
  encoding?: string;
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
}

export interface DayGroup {
  date: string;
  articles: ArticleRef[];
}
export interface MonthGroup {
  year: number;
  month: number;
  /** "2022-02" */
  key: string;
  days: DayGroup[];
  count: number;
}
export interface YearGroup {
  year: number;
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

export interface ReviewItem {
  file: string;
  url: string | null;
  headline: string | null;
  status: FileStatus;
  problems: Problem[];
}

export interface SiteModel {
  site: { title: string; basePath: string };
  /** Published articles in timeline order (oldest first; undated last). */
  articles: SiteArticle[];
  timeline: { years: YearGroup[]; undated: ArticleRef[] };
  sources: SourceSummary[];
  review: ReviewItem[];
  stats: { articles: number; sources: number; firstDate: string | null; lastDate: string | null; needsReview: number; rejected: number; duplicates: number };
}

export interface ReportEntry {
  file: string;
  status: FileStatus;
  url: string | null;
  headline: string | null;
  source: string | null;
  date: string | null;
  dateCertainty: DateCertainty | null;
  duplicateOf?: string;
  problems: Problem[];
}

export interface Report {
  files: ReportEntry[];
}
