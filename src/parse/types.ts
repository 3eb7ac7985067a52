/**
 * The record a raw article file becomes, and the small value types every
 * parse rule shares. Field finders return candidates with evidence; the
 * article parser picks among them and never throws on bad input: problems
 * are values that carry their place (file, line) and the rule that raised them.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  /** Stable id of the rule that raised it, e.g. `frontmatter/unknown-key`. */
  rule: string;
  /** What happened and how to fix it, in one or two sentences. */
  message: string;
  /** 1-based line in the raw file, when the problem has a place. */
  line?: number;
}

/**
 * How `date` was found: written in the text (or given by the user), completed
 * from an anchor in the file, or a bound: only a later day the page gives, the
 * day it was last updated or printed (the article came out on or before it;
 * news pages are most often updated the day they are published and printed the
 * next, so it places the article close to its day, marked for review).
 */
export type DateCertainty = 'explicit' | 'inferred' | 'bound' | 'none';

/** Where a field's value came from: the rule, and the line and text it used. */
export interface Evidence {
  rule: string;
  /** 1-based line in the raw file, or null when the value has no single place. */
  line: number | null;
  text: string | null;
  /** How sure the rule is, 0..1. */
  confidence: number;
}

/** Below this, a field's evidence is a guess that a person should confirm. */
export const WEAK_CONFIDENCE = 0.5;

export interface ArticleRecord {
  /** Path of the raw file relative to the articles folder, with `/` separators. */
  file: string;
  headline: string;
  /** Subtitle / standfirst under the headline, kept apart from it. */
  dek: string | null;
  /** Canonical name of the publishing outlet, or null when the text does not name it. */
  source: string | null;
  /** Wire agency credited in a byline or dateline when it is not the publisher. */
  credit: string | null;
  date: string | null;
  dateCertainty: DateCertainty;
  /** When there is no date but the text gives a day without its year: ISO 8601 "--MM-DD". */
  dayWithoutYear: string | null;
  lang: string | null;
  author: string | null;
  url: string | null;
  tags: string[];
  /** Day the user captured the page; anchors relative dates. */
  captured: string | null;
  /** Clean body as Markdown. */
  body: string;
  warnings: Problem[];
  evidence: {
    headline: Evidence;
    source: Evidence;
    date: Evidence;
    body: Evidence;
    lang: Evidence;
  };
}

/**
 * A value the file declares about the page apart from its visible text: an
 * HTML page's meta tag or JSON-LD, a reader service's header line.
 */
export interface Declared {
  value: string;
  /** Where it was read, as evidence: `og:site_name: Kestran Herald`. */
  text: string;
  /** 1-based line in the raw file when it stands on a line of the text, else null. */
  line: number | null;
}

/** What the file declares about the page, strongest declaration of each kind. */
export interface PageMetadata {
  title?: Declared;
  siteName?: Declared;
  /** The page's address (canonical, or where it was saved from): always a valid http(s) one. */
  url?: Declared;
  /** Publication time as declared: ISO 8601 or RFC 2822. */
  published?: Declared;
  /** Day the page was saved (YYYY-MM-DD), from the saving tool's own note. */
  captured?: Declared;
}

/** A line of the raw text with its 1-based number in the original file. */
export interface Line {
  n: number;
  text: string;
  /** The cells of a table row, as a browser copies one: its cells parted by tabs. */
  cells?: readonly string[];
}

/** A candidate value found by one rule of a field module. */
export interface Candidate<T> {
  value: T;
  evidence: Evidence;
}
