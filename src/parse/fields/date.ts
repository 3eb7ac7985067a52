/**
 * Date: the publication day. Rules look where pages print it (a labelled
 * "Published" line, the byline/timestamp lines around the headline, the
 * dateline that opens the body), strongest first. "Updated" dates, dates in
 * captions and dates inside the article's prose are never taken. A day
 * without a year, or a relative time, is completed only from an anchor in the
 * file itself (a `captured:` day or the page's copyright year), never from
 * the clock of the build, and is then `inferred`.
 */
import { DateTime } from 'luxon';
import { datesIn, withYear, type DateKind, type FoundDate, type NumericOrder } from '../dates.ts';
import type { Page, PageLine } from '../page.ts';
import { isLabelledDate, isPhotoCredit, READING_TIME, TIME } from '../line-kinds.ts';
import { listDates, type BodyRegion } from './body.ts';
import type { Candidate, DateCertainty, PageMetadata } from '../types.ts';

export interface DateContext {
  page: Page;
  region: BodyRegion | null;
  headlineIndex: number | null;
  lang: string | null;
  /** User-given capture day (YYYY-MM-DD) that anchors relative dates. */
  captured: string | null;
  metadata: PageMetadata;
  /** The order the page writes all-number days in: as its other dates settle it, else as the publisher's country does. */
  order: NumericOrder;
}

export interface DateValue {
  day: string;
  certainty: Exclude<DateCertainty, 'none'>;
}

interface DateRule {
  name: string;
  find(ctx: DateContext): Candidate<DateValue> | null;
}

// \b knows only ASCII letters: words in other scripts, or ending in an accent, are bounded by lookarounds.
const PUBLISHED = /(?<![\p{L}\p{N}])(?:published|posted|first published|publication date|released|опубликовано|дата публикации|опубліковано|veröffentlicht|erstellt|publicado|publicada|pubblicato|publié|publicado el|gepubliceerd|opublikowano|송고|입력|公開|配信|发布|發布)(?![\p{L}\p{N}])/iu;
// An article's closing signature: who wrote it, then the day, in brackets.
const SIGNATURE = /^\((?:\p{L}[\p{L}.\/ -]{0,30}),\s*([^()]{6,30})\)$/u;
// "Published in The Kestran Herald, January 15th, 2018", "A version of this article appears in print on Nov. 4, 2025".
// Case matters, so that the paper's name opens with a capital ("Published in late 2019, …" is no such note).
const PRINT_EDITION = /(?:^|[.!?]\s+)(?:[Pp]ublished in (?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}, |(?:A version of )?[Tt]his (?:article|story) (?:appears|appeared) in print on )/u;
const UPDATED = /(?<![\p{L}\p{N}])(?:updated|last updated|modified|edited|обновлено|оновлено|aktualisiert|atualizad[oa]|actualizad[oa]|aggiornat[oa]|aggiornamento|actualización|atualização|обновление|оновлення|aktualisierung|mis à jour|mise à jour|bijgewerkt|aktualizacja|zaktualizowano|수정|更新)(?![\p{L}\p{N}])/iu;
// Japanese puts the label after the day and time: "2019.8.21 07:05更新", "2019年8月21日 7時5分 更新".
const UPDATED_AFTER = /^\s*(?:\d{1,2}[:：時]\d{2}分?\s*)?(?:最終)?更新/u;
/** A date the line marks as an update after it. */
const updateAfter = (text: string, d: FoundDate) => UPDATED_AFTER.test(text.slice(d.index + d.text.length, d.index + d.text.length + 16));

/** How far below the headline a byline or timestamp may stand (a dek and a photo come first). */
const AFTER_HEADLINE = 14;
// Running words (in lower case) beside a date that make its line a sentence: "October 12, 2018/0 Comments/in News" has one.
const SENTENCE_WORDS = 3;
const RUNNING_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu;
const READING_TIMES = new RegExp(READING_TIME, 'giu');
// A clock time as French and Portuguese write it, and Japanese and Korean: "18h05", "14時35分", "14시 35분".
const HOUR_MINUTES = /\b\d{1,2}h\d{2}\b|\d{1,2}\s?[時시]\s?\d{1,2}\s?[分분]/u;
const NUMBER_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/g;
const BARE_YEAR = /^(?:19|20)\d\d$/;
// The signature of an embedded tweet: "— Jane Roe (@janeroe) March 3, 2023".
const TWEET_SIGNATURE = /\(@\w{1,30}\)/;
const WEEKDAY = /(?<!\p{L})(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п[ʼ'’]ятниця|субота|неділя)(?!\p{L})/iu;
// What may stand beside a lone date: times, zones, separators, "at", "by".
const TIME_WORDS = new RegExp(String.raw`${TIME.source}|:\d\d\b|\b(?:[ap]m|gmt|utc|[ecmp][sd]?t|et|at|by|on)\b|[|•·,–—-]`, 'gi');

/** A timestamp line of a few words with a time of day, "Понеділок, 22 вересня 2025, 19:45": a caption gives no clock time. */
function clockedDate(line: PageLine): boolean {
  // Longer as a row of the page's meta parted by bars: "Society | September 12, 2017, Tuesday // 16:05| Views: 1874 | …".
  return line.kind === 'timestamp' && (line.words <= 8 || (line.text.match(/\|/g)?.length ?? 0) >= 2) && TIME.test(line.text);
}

/** A line that can carry the page's own date: short furniture, not a caption or a caption's text. */
function dateFurniture(line: PageLine, page: Page): boolean {
  // A line just above a photo's credit is that photo's caption; above a whole caption it is not,
  // nor is a byline or a labelled date ("Posted Nov 18, 8:19 PM") above the credit of the photo below it.
  const next = page.lines[line.i + 1];
  // A reader's comment ("Ann on May 3, 2018 at 4:47 pm said:") dates the comment.
  // A date alone on its line ("Sep 12, 2018") over the credit is the header's date, not a caption.
  const dateAlone = line.kind === 'timestamp' && line.words <= 4;
  // Nor is the writer's own line of role and date under their byline ("By Jane Roe" / "Senior Editor, PCWorld | FEB 11, 2020 3:00 AM PT").
  const underByline = line.kind === 'timestamp' && page.lines[line.i - 1]?.kind === 'byline';
  if (line.kind === 'caption' || line.kind === 'thread' || (next && isPhotoCredit(next) && line.kind !== 'byline' && !dateAlone && !underByline && !isLabelledDate(line) && !clockedDate(line))) return false;
  // A byline run together with its labelled date may be longer: "Jane Roe, Detroit Free PressPublished 6:02 a.m. ET Feb. 20, 2019 | Updated ...".
  return line.words <= 20 || line.kind === 'timestamp' || line.kind === 'byline' || (!line.prose && line.words <= 30 && PUBLISHED.test(unglued(line.text)));
}

// A date's label run onto the word before it by the copy ("Detroit Free PressPublished", "2019Updated").
const GLUED_LABEL = /(?<=[\p{Ll}\d])(?=(?:Published|Posted|Updated|Last Updated)\b)/gu;
const unglued = (text: string) => text.replace(GLUED_LABEL, ' ');

/** The article's opening paragraph: first prose line of 15+ words below the headline. */
function firstParagraph(ctx: DateContext): PageLine | undefined {
  const { lines } = ctx.page;
  const from = ctx.headlineIndex !== null ? ctx.headlineIndex + 1 : (ctx.region?.start ?? lines.length);
  for (let i = from; i < Math.min(lines.length, from + AFTER_HEADLINE); i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (line.prose && line.words >= 15 && line.kind === 'text' && !(next && isPhotoCredit(next))) return line;
  }
  return undefined;
}

/**
 * Lines around the headline, from a few above it down to the second body
 * paragraph (a dek counts; a photo's caption, however long, does not), that
 * can carry the article's date.
 */
function headerLines(ctx: DateContext): PageLine[] {
  const { lines } = ctx.page;
  const h = ctx.headlineIndex ?? ctx.region?.start;
  if (h === undefined) return [];
  let to = Math.min(lines.length - 1, h + AFTER_HEADLINE);
  let paragraphs = 0;
  for (let i = h + 1; i <= to; i++) {
    const line = lines[i]!;
    if (line.kind === 'text' && line.prose && line.words >= 20 && ++paragraphs === 2) to = i;
  }
  // Up to six lines above, not counting a row of share buttons between the date and the article.
  let from = h;
  for (let seen = 0; from > 0 && seen < BEFORE_HEADLINE; from--) if (lines[from - 1]!.kind !== 'share') seen++;
  // An embedded post's signature ("— Jane Roe (@janeroe) March 9, 2020") dates the post, not the article.
  return lines.slice(from, to + 1).filter((l) => dateFurniture(l, ctx.page) && !TWEET_SIGNATURE.test(l.text));
}

const BEFORE_HEADLINE = 6;

/** How far below the body a labelled date may stand: under the agency's credit and the tag list. */
const BELOW_BODY = 16;

// A note the article ends with, as some chains print under every story: "This story was originally published February 4, 2020 5:00 AM."
const ORIGINALLY_PUBLISHED = /^(?:this|the) (?:story|article|post) was (?:originally|first) published\b/i;

/**
 * Labelled dates below the article ("First published on ...", "Publicado el ..."): timestamp lines and
 * notes of first publication in or just after the body, not those of a list of teasers under it.
 */
function footerLines(ctx: DateContext): PageLine[] {
  if (!ctx.region) return [];
  const teasers = listDates(ctx.page);
  return ctx.page.lines
    .slice(ctx.region.start, ctx.region.end + BELOW_BODY)
    .filter((l) => (l.kind === 'timestamp' || (l.kind === 'disclaimer' && ORIGINALLY_PUBLISHED.test(l.text))) && !teasers.has(l.i));
}

/** A day and month on one line with its year alone on one of the next two ("November 20" / "15:23" / "2019"). */
function withSplitYear(line: PageLine, page: Page): string {
  for (const next of page.lines.slice(line.i + 1, line.i + 3)) if (BARE_YEAR.test(next.text)) return `${line.text} ${next.text}`;
  return line.text;
}

/** The dates of a text of the page, all-number days read in the page's order. */
function datesOnPage(text: string, ctx: DateContext, reference?: Date): FoundDate[] {
  return datesIn(text, ctx.lang, reference, ctx.order);
}

/** The line labels its dates as an update's only, with no publication label. */
const updateOnly = (text: string) => UPDATED.test(text) && !PUBLISHED.test(text);
// An update's label alone on the line over its date: "Updated" / "10:14, 5 NOV 2020"; a publication's: "Published on".
const UPDATE_LABEL_ALONE = new RegExp(String.raw`^${UPDATED.source}\s*:?$`, 'iu');
const PUBLISHED_LABEL_ALONE = new RegExp(String.raw`^${PUBLISHED.source}(?:\s+on)?\s*:?$`, 'iu');

/**
 * The line's text as the date rules read it: its year from the lines below, its labels apart from the words before,
 * and an update's label standing alone over it.
 */
const labelledText = (line: PageLine, ctx: DateContext) => {
  const text = unglued(withSplitYear(line, ctx.page));
  const label = ctx.page.lines[line.i - 1];
  return label !== undefined && UPDATE_LABEL_ALONE.test(label.text) ? `${label.text} ${text}` : text;
};

/** Dates of a line that are not marked as an update. */
function publishedDates(line: PageLine, ctx: DateContext): FoundDate[] {
  const text = labelledText(line, ctx);
  const updatedAt = text.search(UPDATED);
  const publishedAt = text.search(PUBLISHED);
  return datesOnPage(text, ctx).filter((d) => {
    if (updateAfter(text, d)) return false;
    if (updatedAt < 0 || d.index < updatedAt) return true;
    // "Updated 4 March ... Published 3 March": a published label after the update wins.
    return publishedAt > updatedAt && d.index > publishedAt;
  });
}

function explicit(rule: string, line: PageLine, d: FoundDate, confidence: number): Candidate<DateValue> {
  return { value: { day: d.day, certainty: 'explicit' }, evidence: { rule, line: line.n, text: line.text, confidence } };
}

/** A later day the line gives (an update's, a print edition's): the article came out on or before it. */
function bound(rule: string, line: PageLine, d: FoundDate): Candidate<DateValue> {
  return { value: { day: d.day, certainty: 'bound' }, evidence: { rule, line: line.n, text: line.text, confidence: 0.3 } };
}

/** The year that completes a year-less day: from the capture day, else the page's copyright year. */
function anchorYear(ctx: DateContext, d: FoundDate): { year: number; why: string } | null {
  if (ctx.captured) {
    const cap = DateTime.fromISO(ctx.captured);
    const sameYear = withYear(d, cap.year);
    // A day later than the capture day belongs to the year before.
    const year = sameYear && sameYear > ctx.captured ? cap.year - 1 : cap.year;
    return { year, why: `captured ${ctx.captured}` };
  }
  const copyright = [...ctx.page.lines].reverse().find((l) => l.kind === 'copyright' && yearsIn(l.text).length > 0);
  if (!copyright) return null;
  const year = Math.max(...yearsIn(copyright.text));
  // A timestamp on the page later than the copyright year shows the footer is stale.
  const stale = ctx.page.lines.some((l) => l.kind === 'timestamp' && yearsIn(l.text).some((y) => y > year));
  return stale ? null : { year, why: `copyright year on line ${copyright.n}` };
}

// What ends a dateline after its date: a dash or colon, maybe after the agency's name or the time in brackets
// ("(GLOBE NEWSWIRE) --", ", 4:29 PM EST) --", "/EINPresswire.com/ --"). A sentence goes on: "On March 31, 2018, she ran …".
const DATELINE_END = /^\s*(?:,[^,()]{1,20}\))?\s*(?:\([^()]{1,40}\)|\/[^/]{1,40}\/)?\s*(?:[-–—:]|$)/;

/**
 * What may stand before a dateline's date: a capitalised place name and a comma or dash ("KYIV,", "New York —"),
 * after the agency where it signs first ("(ANSA) - ROMA,"), or the outlet's name with the date in brackets
 * ("Law360 (November 20, 2019, 4:29 PM EST) --").
 */
function datelinePlace(prefix: string): boolean {
  return /^(?:\([^()]{2,40}\)\s*[-–—]\s*)?(?:[\p{Lu}][\p{L}.'’-]*[ ,]+){1,4}(?:[-–—]\s*)?$|^\p{Lu}[\p{L}\p{N}.'’-]*(?: \p{Lu}[\p{L}\p{N}.'’-]*){0,3} \($/u.test(prefix) || prefix.trim() === '';
}

function yearsIn(text: string): number[] {
  return [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
}

/**
 * A weekday's date without a time ("Friday, March 3, 2023"): above the article, the masthead's today, not the article's
 * day; right over a blog post's title, its date header.
 */
export function weekdayDate(text: string): boolean {
  return WEEKDAY.test(text) && !TIME.test(text);
}

/** The full date a line gives with little else beside it ("March 3, 2023 | 10:42 am"), not the masthead's. */
function loneDate(line: PageLine, ctx: DateContext): FoundDate | undefined {
  const text = withSplitYear(line, ctx.page);
  if (weekdayDate(text)) return undefined;
  const rest = (d: FoundDate) => text.replace(d.text, ' ').replace(TIME_WORDS, ' ').trim().split(/\s+/).filter(Boolean).length;
  return datesOnPage(text, ctx).find((d) => d.kind === 'full' && rest(d) <= 3 && !updateAfter(text, d));
}

/**
 * A date told in a sentence ("Commuters at Central Station during the morning peak on January 6, 2020", "Jane Roe im
 * Zweikampf am 21. September 2019."): a photo's or the story's day, not the header's, which stands with names, labels
 * and separators ("21/06/2014 Jane Roe All, Books, Reviews"), a clock time or a byline.
 */
function toldInSentence(line: PageLine, text: string, d: FoundDate): boolean {
  // An all-number date is no clock time: "22.01.2019" holds "22.01".
  const clock = text.replace(NUMBER_DATE, ' ');
  if (line.kind === 'byline' || TIME.test(clock) || HOUR_MINUTES.test(clock) || PUBLISHED.test(text)) return false;
  return line.prose || (text.replace(d.text, ' ').replace(READING_TIMES, ' ').replace(TIME_WORDS, ' ').match(RUNNING_WORD)?.length ?? 0) >= SENTENCE_WORDS;
}

/** The first published date of `kind` a header line gives, unless the line tells it in a sentence. */
function headerDate(line: PageLine, ctx: DateContext, kind: DateKind): FoundDate | undefined {
  const text = labelledText(line, ctx);
  return publishedDates(line, ctx).find((x) => x.kind === kind && !toldInSentence(line, text, x));
}

/** An offset of zero: a server's clock, not the publisher's calendar. */
const UTC_TIME = /T.*(?:Z|[+-]00:?00)$/i;

/** The publication time the page declares, as the day it names, and whether it was given in UTC. */
function declaredDate(ctx: DateContext): { found: Candidate<DateValue>; utc: boolean } | null {
  const declared = ctx.metadata.published;
  if (!declared) return null;
  const value = declared.value;
  const time = [DateTime.fromISO(value, { setZone: true }), DateTime.fromRFC2822(value, { setZone: true })].find((t) => t.isValid);
  const day = time?.toISODate() ?? datesOnPage(value, ctx).find((d) => d.kind === 'full')?.day;
  if (!day) return null;
  return { found: { value: { day, certainty: 'explicit' }, evidence: { rule: 'date/page-metadata', line: declared.line, text: declared.text, confidence: 0.95 } }, utc: UTC_TIME.test(value) };
}

const daysApart = (a: string, b: string) => Math.abs(DateTime.fromISO(a).diff(DateTime.fromISO(b), 'days').days);

export const DATE_RULES: DateRule[] = [
  {
    // What the page declares (article:published_time, JSON-LD datePublished, a reader's "Published Time:").
    // A time in UTC may fall on the day before or after the one the publisher printed: then the printed day is theirs.
    name: 'date/page-metadata',
    find(ctx) {
      const declared = declaredDate(ctx);
      if (!declared?.utc) return declared?.found ?? null;
      const written = firstFound(DATE_RULES.slice(1), ctx);
      return written?.value.certainty === 'explicit' && daysApart(written.value.day, declared.found.value.day) === 1 ? written : declared.found;
    },
  },
  {
    name: 'date/published-label',
    find(ctx) {
      for (const line of [...headerLines(ctx), ...footerLines(ctx)]) {
        const text = labelledText(line, ctx);
        const at = text.search(PUBLISHED);
        if (at < 0 || PRINT_EDITION.test(text)) continue;
        // Korean and Japanese put the label last: "2019/12/11 14:32 송고".
        const labelLast = text.slice(at).replace(PUBLISHED, '').trim() === '';
        const d = publishedDates(line, ctx).find((x) => x.kind === 'full' && (x.index >= at || labelLast));
        if (d) return explicit('date/published-label', line, d, 0.95);
      }
      return null;
    },
  },
  {
    // "Chris Davies - Nov 19, 2019, 10:31 pm" / "3 March 2023 10:42 GMT" near the headline.
    name: 'date/header-line',
    find(ctx) {
      const lines = headerLines(ctx);
      const h = ctx.headlineIndex ?? -1;
      // Lines after the headline first, nearest first; then those above it.
      // A weekday's date right over the title is a blog's date header ("Saturday, April 13, 2019"), not the masthead's today;
      // so is one with only a photo's credit between ("General News of Tuesday, 9 May 2017" / "Source: …" / title),
      // or the title's kicker, a phrase over it (not a one- or two-word section label): "Donnerstag, 05. März 2020" /
      // "„Ich habe Angst um meine Familie“" / title.
      const kicker = (x: PageLine, k: number, between: PageLine[]) => k === between.length - 1 && x.kind === 'text' && x.words >= 3 && x.words <= 8;
      const overTitle = (l: PageLine) => ctx.page.lines.slice(l.i + 1, h).every((x, k, between) => x.kind === 'caption' || kicker(x, k, between));
      // Above the title, one of a run of dates alike ("Jane Roe11/12/19 4:40PM" under each title of "Recent from Jane Roe") dates a teaser.
      const teasers = listDates(ctx.page);
      // So does one under a publication label of its own ("Published on" / "Thursday, February 11, 2021").
      const labelled = (l: PageLine) => PUBLISHED_LABEL_ALONE.test(ctx.page.lines[l.i - 1]?.text ?? '');
      const ordered = [...lines.filter((l) => l.i > h), ...lines.filter((l) => l.i <= h && !teasers.has(l.i) && (!weekdayDate(l.text) || overTitle(l) || labelled(l))).reverse()];
      const dated = ordered
        .filter((line) => !(line.text.search(UPDATED) === 0 && line.text.search(PUBLISHED) < 0))
        .map((line) => ({ line, d: headerDate(line, ctx, 'full') }));
      // Three different days around the "headline": a list of dated teasers, not one article's header.
      if (new Set(dated.map((x) => x.d?.day).filter(Boolean)).size >= 3) return null;
      const first = dated.find((x) => x.d);
      return first?.d ? explicit('date/header-line', first.line, first.d, 0.9) : null;
    },
  },
  {
    // "WASHINGTON, Nov 19, 2019 (Reuters) -" opening the body.
    name: 'date/dateline',
    find(ctx) {
      const line = firstParagraph(ctx);
      if (!line) return null;
      const d = datesOnPage(line.text.slice(0, 90), ctx).find((x) => x.kind === 'full' && datelinePlace(line.text.slice(0, x.index)) && DATELINE_END.test(line.text.slice(x.index + x.text.length)));
      return d ? explicit('date/dateline', line, d, 0.85) : null;
    },
  },
  {
    // A line that is only a date ("March 3, 2023 | 10:42 am") where the header around the headline
    // gave none, as when the headline was not found.
    name: 'date/lone-date-line',
    find(ctx) {
      // Where a header stands: just above the body, not among teasers or comments further down.
      const from = ctx.region ? Math.max(0, ctx.region.start - 40) : 0;
      const to = ctx.region ? ctx.region.start + 4 : ctx.page.lines.length;
      const lone = ctx.page.lines
        .slice(from, to + 1)
        .filter((l) => l.kind === 'timestamp' && l.words <= 10 && dateFurniture(l, ctx.page) && !TWEET_SIGNATURE.test(l.text) && !updateOnly(labelledText(l, ctx)))
        .filter((l) => !['comments', 'comments-head', 'thread'].includes(ctx.page.lines[l.i - 1]?.kind ?? ''))
        .map((line) => ({ line, d: loneDate(line, ctx) }))
        .filter((x): x is { line: PageLine; d: FoundDate } => x.d !== undefined);
      // One such line: two or more, even of one day, are teasers of a sidebar.
      const [only] = lone;
      return only && lone.length === 1 ? explicit('date/lone-date-line', only.line, only.d, 0.6) : null;
    },
  },
  {
    // The signature closing an article, its author's or agency's initials and the day: "(APA, 12.9.2018)", "(red, 3.4.2024)".
    name: 'date/signature',
    find(ctx) {
      if (!ctx.region) return null;
      for (const line of ctx.page.lines.slice(ctx.region.end, ctx.region.end + 3)) {
        const signed = line.words <= 8 ? SIGNATURE.exec(line.text)?.[1] : undefined;
        const d = signed ? datesOnPage(signed, ctx).find((x) => x.kind === 'full') : undefined;
        if (d) return explicit('date/signature', line, d, 0.6);
      }
      return null;
    },
  },
  {
    // "KYIV, Feb 26 (MPA) -" with no year: inferred from an anchor in the file.
    name: 'date/yearless',
    find(ctx) {
      const found = yearlessDay(ctx);
      if (!found) return null;
      const anchor = anchorYear(ctx, found.d);
      const day = anchor ? withYear(found.d, anchor.year) : null;
      return day && anchor ? { value: { day, certainty: 'inferred' }, evidence: { rule: 'date/yearless', line: found.line.n, text: `${found.d.text} + year from ${anchor.why}`, confidence: 0.5 } } : null;
    },
  },
  {
    // "4 days ago", "yesterday" in a timestamp line, counted back from the capture day.
    name: 'date/relative',
    find(ctx) {
      if (!ctx.captured) return null;
      const ref = DateTime.fromISO(ctx.captured, { zone: 'utc' }).set({ hour: 12 }).toJSDate();
      for (const line of headerLines(ctx).filter((l) => !l.prose)) {
        const d = datesOnPage(line.text, ctx, ref).find((x) => x.kind === 'relative');
        if (d) return { value: { day: d.day, certainty: 'inferred' }, evidence: { rule: 'date/relative', line: line.n, text: `${d.text} before captured ${ctx.captured}`, confidence: 0.5 } };
      }
      return null;
    },
  },
  {
    // Last: a header that gives only the day the page was updated ("Updated 3:27 am, Wednesday,
    // November 20, 2019"). The article came out on or before that day, so the date is marked as a bound.
    name: 'date/updated-only',
    find(ctx) {
      for (const line of headerLines(ctx)) {
        const text = labelledText(line, ctx);
        const at = text.search(UPDATED);
        const d = datesOnPage(text, ctx).find((x) => x.kind === 'full' && ((at >= 0 && x.index > at) || updateAfter(text, x)));
        if (d) return bound('date/updated-only', line, d);
      }
      return null;
    },
  },
  {
    // A note of the print edition the story ran in, often all a scraper keeps of the dates: "Published in The
    // Kestran Herald, January 15th, 2018". The paper prints the day after, or the day, the story went online.
    name: 'date/print-edition',
    find(ctx) {
      for (const line of ctx.page.lines) {
        const at = line.words <= 40 ? line.text.search(PRINT_EDITION) : -1;
        const d = at < 0 ? undefined : datesOnPage(line.text.slice(at), ctx).find((x) => x.kind === 'full');
        if (d) return bound('date/print-edition', line, d);
      }
      return null;
    },
  },
];

// A span of days: "Dec. 2-3".
const DAY_SPAN = /\d\s?[-–]\s?\d/;

/** A day written without its year in the header or the opening dateline. */
function yearlessDay(ctx: DateContext): { line: PageLine; d: FoundDate } | null {
  const first = firstParagraph(ctx);
  const lines = [...headerLines(ctx).filter((l) => !l.prose), ...(first ? [first] : [])];
  for (const line of lines) {
    // "Updated Nov 19, 9:41 AM; Posted Nov 18": the posted day, as for full dates.
    const d =
      line === first
        ? datesOnPage(line.text.slice(0, 90), ctx).find((x) => x.kind === 'yearless' && datelinePlace(line.text.slice(0, x.index)))
        : headerDate(line, ctx, 'yearless');
    // A span of days is an event's ("Summit | Dec. 2-3 | Register Now"), not a publication day.
    if (d && !DAY_SPAN.test(d.text)) return { line, d };
  }
  return null;
}

/**
 * For an article with no date: the day it gives without a year, as ISO 8601
 * "--MM-DD" with the text it was read from, or null. Not a date, but enough
 * to tell which week of a story it can belong to.
 */
export function findDayWithoutYear(ctx: DateContext): { monthDay: string; text: string; line: number } | null {
  const found = yearlessDay(ctx);
  if (!found) return null;
  return { monthDay: `--${String(found.d.month).padStart(2, '0')}-${String(found.d.dayOfMonth).padStart(2, '0')}`, text: found.d.text, line: found.line.n };
}

export function findDate(ctx: DateContext): Candidate<DateValue> | null {
  return firstFound(DATE_RULES, ctx);
}

function firstFound(rules: DateRule[], ctx: DateContext): Candidate<DateValue> | null {
  for (const rule of rules) {
    const found = rule.find(ctx);
    if (found) return found;
  }
  return null;
}
