/**
 * Headline: the title line above the body, not a section label, site name,
 * breadcrumb or teaser. Rules run strongest first; the first that finds a
 * line decides. Every rule scores the same title-like candidates, so what
 * differs between rules is only where they look.
 */
import { endsInAbbreviation, foldKey, isCjk, titleCased, type Page, type PageLine } from '../page.ts';
import { isBareTime, isLabelledDate, isPhotoCredit } from '../line-kinds.ts';
import { NAME_LINE, afterListDate, listDates, type BodyRegion } from './body.ts';
import { weekdayDate } from './date.ts';
import { groupBy } from '../../util/group.ts';
import { UNSPACED_SCRIPT } from '../../util/scripts.ts';
import { escapeRegExp } from '../../util/escape-regexp.ts';
import type { Candidate, PageMetadata } from '../types.ts';

export interface HeadlineContext {
  page: Page;
  region: BodyRegion | null;
  metadata: PageMetadata;
}

/** What the rules score with: the context and the page's list timestamps (teasers', comments'). */
interface ScoringContext extends HeadlineContext {
  dates: Set<number>;
  /** Lines by the last word of their key, to find a title printed again at the end of a line. */
  byLastWord: Map<string, PageLine[]>;
  leadWords: Map<string, Set<number>>;
}

export interface HeadlineFound extends Candidate<string> {
  index: number;
}

interface HeadlineRule {
  name: string;
  find(ctx: ScoringContext): HeadlineFound | null;
}

/** How far above the body a headline may stand: lines of text, and all lines. */
const WINDOW = 30;
const MAX_REACH = 120;
/** Longest word, in characters, whose openings count as words too (see leadWords). */
const GLUED_WORD = 8;
/** How far below a headline its byline or timestamp stands. */
const META_REACH = 4;

// Labels before the title: the share widget of one common CMS, and a saved e-mail's subject with its reply and forward marks.
const TITLE_LABEL = /^(?:share (?:all )?sharing options for:|(?:subject|betreff|objet|asunto|assunto|oggetto|тема)\s?:(?:\s*(?:fwd?|re|aw|wg|tr|rv|enc)\s?:)*)\s*/i;

/** The headline's text without the label before it. */
export function headlineText(line: PageLine): string {
  return line.text.replace(TITLE_LABEL, '');
}

// A breadcrumb trail, whose last step may be the title cut short: "Home » News » India » Holi Sales Dip in …".
const BREADCRUMB = /^[^»›>]{1,40}(?: [»›>] [^»›>]{1,160}){2,}$/;

function titleLike(line: PageLine): boolean {
  if (line.kind !== 'text') return false;
  if (line.words < 2 || line.words > 35 || line.text.length > 300) return false;
  if (/^(?:https?:\/\/|www\.)/i.test(line.text) || /[:|]$/.test(line.text) || BREADCRUMB.test(line.text)) return false;
  // A dash opens a quote's attribution or a list item.
  if (/^[—–-]\s/.test(line.text)) return false;
  // A short all-caps line is a section label ("MILITARY"), not a title.
  if (line.words <= 3 && line.text === line.text.toUpperCase() && /\p{Lu}/u.test(line.text)) return false;
  return true;
}

/** A line of a menu: a few words of text. */
function menuEntry(line: PageLine | undefined): boolean {
  return line !== undefined && line.kind === 'text' && line.words <= 3;
}

/** A line of a teaser list or menu: a short non-sentence line of text. */
function listLike(line: PageLine | undefined): boolean {
  return line !== undefined && line.kind === 'text' && !line.prose && line.words >= 3 && line.words <= 20;
}

function titleScore(line: PageLine, ctx: ScoringContext, distance: number): number {
  const { lines } = ctx.page;
  let score = -0.35 * distance;
  const w = line.words;
  // A Japanese or Chinese title's words are counted from its characters, two a word, and such titles run longer by
  // that count ("1994年のPCゲームに隠されていた開発者の「秘密のメッセージ」…" is 23).
  score += w >= 5 && w <= (UNSPACED_SCRIPT.test(line.text) ? 30 : 22) ? 3 : w >= 3 ? 1 : -1;
  if (w > 28) score -= 2;
  // A blog post's title stands under its date header, which dates it as a byline under a title would.
  const prev = lines[line.i - 1];
  const meta = prev !== undefined && dateHeaderOverTitle(prev, ctx) ? 2.5 : metaBelow(line, ctx);
  const above = titleAbove(line, ctx);
  // A sentence, quoted or not, is a dek or a blurb; an abbreviation may end a title, and so may a stop in title case,
  // and so may a title set as sentences over its dek, which the byline follows: "The heat is deadly. Some renters are
  // losing power anyway." / "Shutoff bans don't help tenants." / "By Jane Roe".
  const next = lines[line.i + 1];
  if (SENTENCE_END.test(line.text) && !endsInAbbreviation(line.text) && !titleCased(line.text) && !overSentenceDek(next, ctx)) score -= 2.5;
  // Two sentences or more: a dek or a blurb, not a title, unless the byline or date stands right under it
  // (or, in some blog themes, right over it) with no title above: "Harvest Lane is closing 14 stores. Here's the full list."
  if (/[.!?] \p{Lu}.*[.!?]$/u.test(line.text) && !((meta > 0 || pageMeta(prev, ctx)) && !above)) score -= 2;
  if (/^\p{Ll}/u.test(line.text)) score -= 3;
  if (line.prose && w > 25) score -= 2;
  if (echoed(line, ctx) && w >= 4) score += 1.5;
  score += meta;
  // Teaser lists and menus stack title-like lines; a headline stands apart, but for its kicker above and its dek
  // below, which the byline or date follows ("Drama at the town pool" / title / dek / "By Jane Roe"), maybe after
  // share buttons or a label of a word or two ("Share" / "By", a wire's "PTI").
  const neighbours = Number(listLike(prev)) + Number(listLike(next) && !pageMeta(metaAfterDek(next!, ctx), ctx));
  if (neighbours === 2) score -= 2;
  // A menu's entry of a few words among others, over a blog's date header: "Home" / "About the Troop" / "Join Us".
  if (w <= 3 && menuEntry(lines[line.i - 2]) && menuEntry(prev) && menuEntry(next)) score -= 2;
  // Under a list's label, unless its byline follows it or its dek: "Top Stories" / title / dek / "By …" (a list's links
  // may have their dates under them, not bylines).
  if (underLinkLabel(line, ctx) && next?.kind !== 'byline' && lines[line.i + 2]?.kind !== 'byline') score -= 3;
  // Just under one of a list's dates: an entry of the list ("Key events", "Latest").
  if (afterListDate(ctx.page, line, ctx.dates)) score -= 2;
  if (underHeader(line, ctx)) score -= 2;
  score += overlapWithBody(line, ctx) * 3;
  if (above) score -= 2;
  if (shortenedCopy(line, ctx)) score -= 2;
  if (leadVideoTitle(line, ctx)) score -= 4;
  if (introduced(line, ctx)) score -= 3;
  if (quoteKicker(line, ctx) || nameKicker(line, ctx) || menuKicker(line, ctx) || namedPhoto(line, ctx)) score -= 3;
  if (CONTACT_DETAILS.test(line.text) || writerRole(line, ctx)) score -= 4;
  return score;
}

const SENTENCE_END = /[.。]["”’'」]?$/;
// A title that ends with a quoted phrase, no stop inside the quote: "… to avoid echolocation ‘traffic jams’".
const QUOTED_WORDS_END = /\p{L}["”’'»]$/u;

/** The line under a dek that may be the byline or date: past share buttons and labels of a word or two. */
function metaAfterDek(dek: PageLine, ctx: ScoringContext): PageLine | undefined {
  const { lines } = ctx.page;
  let i = dek.i + 1;
  while (i < dek.i + 4 && (lines[i]?.kind === 'share' || (lines[i] !== undefined && lines[i]!.words <= 2 && !pageMeta(lines[i], ctx)))) i++;
  return lines[i];
}

/** A one-sentence dek that the byline or date follows: the line over it is the title, both set as sentences. */
function overSentenceDek(dek: PageLine | undefined, ctx: ScoringContext): boolean {
  return dek !== undefined && dek.kind === 'text' && dek.words <= 30 && SENTENCE_END.test(dek.text) && !/[.!?] \p{Lu}/u.test(dek.text) && pageMeta(ctx.page.lines[dek.i + 1], ctx);
}

// An email address or a telephone number: a helpline's or a press office's line ("Media Contact: …, 512-389-8030").
const CONTACT_DETAILS = /[\w.+-]+@[\w-]+\.[\w.]+|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b0\d{3,4} \d{3} \d{3,4}\b|\+\d{1,3}[ \d-]{8,}\d/;

// What a writer does: "Operations Director at Northgate Cold Store | Mentor", "Senior Reporter".
const JOB_WORD = /\b(?:director|manager|officer|founder|ceo|president|head of|consultant|analyst|professor|lecturer|engineer|mentor|specialist|adviser|advisor|reporter|editor|writer|correspondent|columnist|contributor|journalist)\b/i;

/** A writer's role between their name and the page's date: "Rebecca Hale" / "Operations Director at …" / "Published on …". */
function writerRole(line: PageLine, ctx: ScoringContext): boolean {
  const { lines } = ctx.page;
  const name = lines[line.i - 1];
  return name !== undefined && NAME_LINE.test(name.text) && JOB_WORD.test(line.text) && pageMeta(lines[line.i + 1], ctx);
}

// One quotation and nothing else: „Ich habe Angst um meine Familie“, "We will rebuild".
const WHOLE_QUOTE = /^["“„«»][^"“”„«»]+["”“«»]$/;

/**
 * A short quotation alone on its line over a title: a kicker drawn from the
 * story, as German and other sites set them over the headline.
 */
function quoteKicker(line: PageLine, ctx: ScoringContext): boolean {
  const next = ctx.page.lines[line.i + 1];
  return line.words <= 8 && WHOLE_QUOTE.test(line.text) && next !== undefined && titleLike(next) && next.words >= 4 && !next.prose;
}

/**
 * A place or a topic named over a title, in capitals and without a verb: "Vila Nova de Gaia" over
 * "Obras no mercado de Santa Marinha afastam clientes", a kicker that the site's tag list repeats; or a
 * category over the post's date and title ("Sheriff's Office" / "Posted on: December 17, 2018" / title).
 */
function nameKicker(line: PageLine, ctx: ScoringContext): boolean {
  const { lines } = ctx.page;
  const title = pageMeta(lines[line.i + 1], ctx) ? lines[line.i + 2] : lines[line.i + 1];
  return nameOnly(line) && title !== undefined && titleLike(title) && title.words >= 7 && !title.prose;
}

/**
 * An entry of the site's menu printed again over a title: the section's label ("Downtown" / "Pilsen, Little Village &
 * Back of the Yards" / "Bronzeville, Hyde Park & Woodlawn", then over the title again). A breadcrumb's entries are too
 * few to stand two on each side of it.
 */
function menuKicker(line: PageLine, ctx: ScoringContext): boolean {
  const { lines } = ctx.page;
  const next = lines[line.i + 1];
  const entry = (l: PageLine | undefined) => l !== undefined && l.kind === 'text' && !l.prose && l.words <= 8;
  if (!entry(line) || next === undefined || !titleLike(next) || next.words < 4 || next.prose || (ctx.page.repeats.get(line.key) ?? 1) < 2) return false;
  return lines.some((l) => l.key === line.key && l.i !== line.i && [-2, -1, 1, 2].every((d) => entry(lines[l.i + d])));
}

/** A name over a photo's credit is what the photo shows ("Fairfax Golf Club" / "Courtesy of …"); a title there is a sentence. */
function namedPhoto(line: PageLine, ctx: ScoringContext): boolean {
  const next = ctx.page.lines[line.i + 1];
  return nameOnly(line) && next !== undefined && isPhotoCredit(next);
}

/** A few capitalised words without a verb in small letters: a name or a label. */
const nameOnly = (line: PageLine) => line.words <= 4 && !SENTENCE_CASE.test(line.text);

/**
 * Under a sentence that ends in a colon ("stated on January 28, 2020 in a
 * radio interview:"): what it introduces, such as the claim a fact-check
 * weighs, not the page's title. A one- or two-word label ("Watch:") may
 * stand over a title, but not over a list ("Key points:" / three points).
 */
function introduced(line: PageLine, ctx: ScoringContext): boolean {
  const above = ctx.page.lines[line.i - 1];
  const next = ctx.page.lines[line.i + 1];
  const listed = next !== undefined && titleLike(next) && !next.prose;
  return above !== undefined && (above.words >= 3 || listed) && /:$/.test(above.text);
}

/** Under the page's own byline or date, with a time alone right under it (its length, "02:14"): the lead video's title. */
function leadVideoTitle(line: PageLine, ctx: ScoringContext): boolean {
  const { lines } = ctx.page;
  const next = lines[line.i + 1];
  return next !== undefined && isBareTime(next) && lines.slice(Math.max(0, line.i - 3), line.i).some((l) => pageMeta(l, ctx));
}

const CATEGORY_LINE = /^(?:posted in|filed under)\b/i;

/**
 * A link under "See also" or "Read more": another story's title. A label
 * among a menu's one- or two-word entries ("Weather", "Watch live") is an
 * entry itself.
 */
function underLinkLabel(line: PageLine, ctx: ScoringContext): boolean {
  const label = ctx.page.lines[line.i - 1];
  const above = ctx.page.lines[line.i - 2];
  // A post's category over its title ("Posted in: WWE News") names its own items: the title is no link of it.
  return label?.kind === 'related' && !CATEGORY_LINE.test(label.text) && !(above?.kind === 'text' && above.words <= 2);
}

/** The line's whole text with a label before or after it ("… | Kestran Herald"): the same title, not another. */
const contains = (longer: PageLine, line: PageLine) => longer.key.startsWith(line.key) || longer.key.endsWith(line.key);

/**
 * The title again with words left out ("Kestran mayor quits" under "Kestran
 * mayor quits over harbour vote"): a video's or a teaser's shortened title.
 */
function shortenedCopy(line: PageLine, ctx: ScoringContext): boolean {
  const words = line.key.split(' ');
  if (words.length < 4) return false;
  for (let i = line.i - 1; i >= Math.max(0, line.i - MAX_REACH); i--) {
    const l = ctx.page.lines[i]!;
    if (l.words <= line.words || !titleLike(l) || contains(l, line)) continue;
    const full = new Set(l.key.split(' '));
    if (words.every((w) => full.has(w))) return true;
  }
  return false;
}

// A word of four letters or more in lower case after the first word: a sentence-case title, not a label.
const SENTENCE_CASE = /\s\p{Ll}[\p{L}'’-]{3,}/u;

/**
 * A dek under its title: a title-like line that shares words with the body
 * stands just above, with only furniture or a label between ("Editorial", a
 * byline, a timestamp). The title comes first. Below seven words it must be
 * in sentence case ("Kestra council approves new seawall"): a short line in
 * title case is as often a label or a show's name ("Dancing With the Stars").
 */
function titleAbove(line: PageLine, ctx: ScoringContext): boolean {
  for (let i = line.i - 1; i >= Math.max(0, line.i - 3); i--) {
    const l = ctx.page.lines[i]!;
    if (quoteKicker(l, ctx)) continue;
    if (titleLike(l) && (l.words >= 7 || (l.words >= 4 && SENTENCE_CASE.test(l.text))) && (!l.prose || /[?!]["”’']?$/.test(l.text) || QUOTED_WORDS_END.test(l.text) || titleCased(l.text)) && overlapWithBody(l, ctx, true) >= 0.25 && !contains(l, line)) return true;
    if (l.kind === 'text' && l.words > 5) return false;
  }
  return false;
}

/** The title printed again: the same line elsewhere, or the end of one ("Share on Twitter: <title>"). */
function echoed(line: PageLine, ctx: ScoringContext): boolean {
  const key = foldKey(headlineText(line));
  if ((ctx.page.repeats.get(key) ?? 1) > 1) return true;
  const ends = ctx.byLastWord.get(lastWord(key)) ?? [];
  return ends.some((l) => l.i !== line.i && l.key.length > key.length && l.key.endsWith(` ${key}`));
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

/**
 * What stands under the line: the article's title is followed by its byline
 * or timestamp; a teaser by one of a list's dates.
 */
function metaBelow(line: PageLine, ctx: ScoringContext): number {
  const { lines } = ctx.page;
  for (let i = line.i + 1, reach = META_REACH; i < lines.length && reach > 0; i++) {
    const l = lines[i]!;
    if (l.kind === 'byline' || (l.kind === 'credit' && l.words <= 6) || authorOverDate(l, ctx) || (l.i === line.i + 1 && authorOverShare(l, ctx))) return 2.5;
    // A time alone may be a video's length or a live entry's time: weaker than a byline or a date. A blog's date header
    // dates the post title under it, not the blog's tagline over it ("Saturday, 9 November 2019" / "Winter events at the hall").
    if (l.kind === 'timestamp') return ctx.dates.has(l.i) ? -2 : isBareTime(l) ? 1 : dateHeaderOverTitle(l, ctx) ? 0 : 2.5;
    // A section's label over another title-like line is that title's kicker: the byline under them is not ours
    // (an alert banner over "Local" / the title / its dek / the byline).
    if (kickerOverTitle(l, line, ctx)) return 0;
    // A row of share buttons, or the lead photo's caption and credit, between the title and its byline does not push the byline away.
    if (l.kind !== 'share' && l.kind !== 'caption') reach--;
  }
  return 0;
}

/**
 * A section's label of a few words (not a "From:" label) over a title of its own, other than `line`, and that title's
 * dek, a sentence: "Local" / "Bexar County approves $4 million for flood sirens" / "Commissioners say ..."; or a list's
 * label over a title and its byline: "Top Stories" / title / "By: Staff". Over a list of points ("In Summary" / two
 * points) the label heads a summary; a label between a title and its dek ("Editorial") is the dek's.
 */
function kickerOverTitle(label: PageLine, line: PageLine, ctx: ScoringContext): boolean {
  const { lines } = ctx.page;
  const [title, dek] = [lines[label.i + 1], lines[label.i + 2]];
  if ((label.kind !== 'text' && label.kind !== 'related') || label.words > 3 || label.prose || label.text.endsWith(':') || title === undefined || dek === undefined) return false;
  return title.key !== line.key && titleLike(title) && !title.prose && title.words >= 5 && title.words <= 22 && ((dek.kind === 'text' && dek.prose) || (label.kind === 'related' && pageMeta(dek, ctx)));
}

/**
 * A weekday's date, or a labelled one, alone over a title-like line and the post's first paragraph (share buttons
 * between): a blog's date header, or a city's news post's ("Posted on: August 17, 2021"). Not a byline's name and date
 * over a photo's caption ("Jane Roe giovedì 23 gennaio 2020" / caption / paragraph).
 */
function dateHeaderOverTitle(line: PageLine, ctx: ScoringContext): boolean {
  const { lines } = ctx.page;
  const title = lines[line.i + 1];
  let k = line.i + 2;
  while (lines[k]?.kind === 'share') k++;
  const first = lines[k];
  const header = line.kind === 'timestamp' && line.words <= 5 && (weekdayDate(line.text) || isLabelledDate(line));
  return header && title !== undefined && title.kind === 'text' && !title.prose && title.words >= 3 && title.words <= 20 && first !== undefined && first.prose;
}

/**
 * An author's name on a line of its own over the article's date: a byline without "By". Not the last entry of a
 * menu over a blog's date header ("Home" / "About Us" / "Where We’ve Been" / "Tuesday, March 12, 2019").
 */
function authorOverDate(line: PageLine, ctx: ScoringContext): boolean {
  const next = ctx.page.lines[line.i + 1];
  // Two entries of a few words above it make a menu; one may be a photo's credit ("PA").
  const inMenu = menuEntry(ctx.page.lines[line.i - 1]) && menuEntry(ctx.page.lines[line.i - 2]);
  return line.kind === 'text' && NAME_LINE.test(line.text) && next?.kind === 'timestamp' && !ctx.dates.has(next.i) && !inMenu;
}

/** Right under the title, a name over the share buttons is its writer's: "Carla Hendricks" / "Share". */
function authorOverShare(line: PageLine, ctx: ScoringContext): boolean {
  return line.kind === 'text' && NAME_LINE.test(line.text) && ctx.page.lines[line.i + 1]?.kind === 'share';
}

/**
 * Under the byline and the date, past the share buttons, stands the lead photo's caption, not the title
 * ("By Theo Brandt" / "Jun 12, 2018" / "Facebook" / "Lena Adeyemi and Brooks Harlan in Spin Cycle.").
 */
function underHeader(line: PageLine, ctx: ScoringContext): boolean {
  const { lines } = ctx.page;
  let i = line.i - 1;
  while (i >= 0 && lines[i]!.kind === 'share') i--;
  const date = lines[i];
  const byline = lines[i - 1];
  return date !== undefined && byline !== undefined && pageMeta(date, ctx) && date.kind === 'timestamp' && byline.kind === 'byline';
}

/** The page's own byline or date ("March 3, 2019 by Ana Ruiz"), not one of a list's. */
function pageMeta(line: PageLine | undefined, ctx: ScoringContext): boolean {
  return line !== undefined && (line.kind === 'byline' || line.kind === 'timestamp') && !ctx.dates.has(line.i);
}

/** First prose paragraph of the body: the headline stands above it. */
function lead(ctx: HeadlineContext): number | null {
  if (!ctx.region) return null;
  for (let i = ctx.region.start; i <= ctx.region.end; i++) {
    const l = ctx.page.lines[i]!;
    if (l.kind === 'text' && l.prose && l.words >= 15) return i;
  }
  return ctx.region.start;
}

/**
 * A word that says what the story is about, not a function word: more than
 * three letters, or two in a script whose characters are syllables or words
 * (a Korean name fills three).
 */
const significant = (w: string) => w.length > 3 || (w.length > 1 && isCjk(w));

/**
 * A word of six letters or more by its first five, in a key of its own:
 * "forces" and "forced", "flight" and "flights" are one word so. A shorter
 * word is its own stem, and would match every compound it opens ("Sturm" in
 * "Sturmtief"). Not in a script whose words take particles (see leadWords).
 */
const stemmed = (w: string) => w.length > 5 && !isCjk(w);
const stemKey = (w: string) => `~${w.slice(0, 5)}`;

/**
 * Lines of the body's first paragraphs by the significant words they hold.
 * A word in such a script also counts by its openings: particles glue onto
 * it ("류화영의" is "류화영" with "of"), so the title's bare word matches.
 */
function leadWords(ctx: HeadlineContext): Map<string, Set<number>> {
  const words = new Map<string, Set<number>>();
  const from = lead(ctx);
  if (from === null) return words;
  const add = (w: string, i: number) => words.set(w, (words.get(w) ?? new Set()).add(i));
  for (let i = from; i <= Math.min(ctx.region!.end, from + 3); i++) {
    const l = ctx.page.lines[i]!;
    for (const w of wordsOf(l.key)) {
      if (!significant(w)) continue;
      add(w, i);
      if (stemmed(w)) add(stemKey(w), i);
      if (isCjk(w)) for (let k = 2; k < Math.min(w.length, GLUED_WORD); k++) add(w.slice(0, k), i);
    }
  }
  return words;
}

/** The words of a line's key; in Japanese and Chinese, which have no spaces between words, each pair of characters. */
function wordsOf(key: string): string[] {
  return key.split(' ').flatMap((w) => {
    if (!UNSPACED_SCRIPT.test(w)) return [w];
    const chars = [...w];
    return chars.slice(1).map((c, k) => chars[k]! + c);
  });
}

/** Share of the line's words that recur in the first paragraphs of the body (other than itself). */
function overlapWithBody(line: PageLine, ctx: ScoringContext, byStem = false): number {
  const words = wordsOf(foldKey(headlineText(line))).filter(significant);
  if (words.length === 0) return 0;
  const inBody = (w: string) => [...(ctx.leadWords.get(byStem && stemmed(w) ? stemKey(w) : w) ?? [])].some((i) => i !== line.i);
  // Over fewer than four words a match is as likely chance: a name, a site's name.
  return words.filter(inBody).length / Math.max(words.length, 4);
}

/** The best title among the lines at `indexes`, nearest first (to the body, or to the top of the page). */
function best(ctx: ScoringContext, indexes: Iterable<number>, rule: string, confidence: number): HeadlineFound | null {
  let found: { line: PageLine; score: number } | null = null;
  let distance = 0;
  for (const i of indexes) {
    const line = ctx.page.lines[i];
    if (!line) continue;
    // Distance counts lines of text only, and of more than a menu entry's few words:
    // bylines, captions, share rows and menus between do not push the title away.
    if (line.kind === 'text' && line.words >= 4) distance++;
    if (distance > WINDOW) break;
    if (!titleLike(line)) continue;
    const score = titleScore(line, ctx, distance);
    if (!found || score > found.score) found = { line, score };
  }
  if (!found || found.score < 0) return null;
  const value = headlineText(found.line);
  return {
    value,
    index: found.line.i,
    evidence: { rule, line: found.line.n, text: found.line.text, confidence },
  };
}

/** Line indexes from `from` to `to`, in that order (either way). */
function* span(from: number, to: number): Generator<number> {
  const step = from <= to ? 1 : -1;
  for (let i = from; i !== to + step; i += step) yield i;
}

export const HEADLINE_RULES: HeadlineRule[] = [
  {
    // The line above the body that is the title the page declares (og:title, JSON-LD headline), nearest the body first.
    name: 'headline/page-metadata',
    find(ctx) {
      const title = ctx.metadata.title;
      if (!title) return null;
      const keys = new Set([foldKey(title.value), ...(ctx.metadata.siteName ? [foldKey(withoutSiteName(title.value, [ctx.metadata.siteName.value]))] : [])]);
      const at = lead(ctx) ?? ctx.page.lines.length;
      for (const i of span(at - 1, Math.max(0, at - MAX_REACH))) {
        const line = ctx.page.lines[i];
        if (line && keys.has(foldKey(headlineText(line)))) {
          return { value: headlineText(line), index: i, evidence: { rule: 'headline/page-metadata', line: line.n, text: line.text, confidence: 0.9 } };
        }
      }
      return null;
    },
  },
  {
    // The title line nearest above the body's first paragraph.
    name: 'headline/title-above-body',
    find(ctx) {
      const at = lead(ctx);
      if (at === null) return null;
      return at === 0 ? null : best(ctx, span(at - 1, Math.max(0, at - MAX_REACH)), 'headline/title-above-body', 0.8);
    },
  },
  {
    // No body to stand above: the title line nearest the top of the page. A body that opens the page may open with its
    // title ("Lecce, mancano nove anestesisti: rinviati 140 interventi. I sindacati: …"); lines further into it are its
    // subheadings, ad labels and embedded posts, and a scraper's text that starts with the article has no title.
    name: 'headline/first-title-line',
    find(ctx) {
      const last = Math.min(ctx.page.lines.length - 1, WINDOW, lead(ctx) ?? Infinity);
      return last < 0 ? null : best(ctx, span(0, last), 'headline/first-title-line', 0.4);
    },
  },
];

/**
 * The title without the site's name that a page's title bar adds ("Seawall
 * approved | Kestran Herald", "Kestran Herald – Seawall approved"), when the
 * copy kept only that form. `names` are the publisher's name and aliases.
 */
export function withoutSiteName(headline: string, names: readonly string[]): string {
  for (const name of names) {
    const n = escapeRegExp(name);
    // Spaces around the mark: "Kestran Herald-owned" is not a title bar's "Kestran Herald - ".
    const m = new RegExp(`^(?:${n})\\s+[|–—•·-]\\s+(.+)$|^(.+?)\\s+[|–—•·-]\\s+(?:${n})$`, 'iu').exec(headline);
    const rest = (m?.[1] ?? m?.[2])?.trim();
    if (rest && rest.split(/\s+/).length >= 2) return rest;
  }
  return headline;
}

export function findHeadline(context: HeadlineContext): HeadlineFound | null {
  const byLastWord = groupBy(context.page.lines, (l) => lastWord(l.key));
  const ctx = { ...context, dates: listDates(context.page), byLastWord, leadWords: leadWords(context) };
  for (const rule of HEADLINE_RULES) {
    const found = rule.find(ctx);
    if (found) return copyWithMeta(found, ctx);
  }
  return null;
}

/**
 * The title printed more than once above the body (a breadcrumb, the h1, a
 * photo's alternative text): the copy with the byline or date under it,
 * where the rest of the header is, nearest the one found.
 */
function copyWithMeta(found: HeadlineFound, ctx: ScoringContext): HeadlineFound {
  const line = ctx.page.lines[found.index]!;
  if ((ctx.page.repeats.get(line.key) ?? 1) < 2 || metaBelow(line, ctx) > 0) return found;
  for (let i = found.index - 1; i >= Math.max(0, found.index - MAX_REACH); i--) {
    const copy = ctx.page.lines[i]!;
    if (copy.key === line.key && metaBelow(copy, ctx) > 0) return { ...found, index: i, evidence: { ...found.evidence, line: copy.n, text: copy.text } };
  }
  return found;
}

/**
 * The standfirst: a sentence-like line between the headline and the body's
 * first paragraph, or one that looks like that paragraph but has the byline
 * or timestamp below it: the article starts under them.
 */
export function findDek(ctx: HeadlineContext, headlineIndex: number): PageLine | null {
  const at = lead(ctx);
  if (at === null) return null;
  const { lines } = ctx.page;
  // A byline or a dated line; a bare time ("10 p.m.") heads a live blog's entry instead.
  const metaBelow = (i: number) => [lines[i + 1], lines[i + 2]].some((l) => l?.kind === 'byline' || (l?.kind === 'timestamp' && /\b(?:19|20)\d\d\b/.test(l.text)));
  for (let i = headlineIndex + 1; i <= Math.min(at, headlineIndex + 3); i++) {
    const line = lines[i]!;
    if (i === at && !metaBelow(i)) break;
    // The standfirst comes before the byline and date: under them the article has begun.
    if (line.kind === 'byline' || line.kind === 'timestamp') break;
    if (line.kind === 'text' && line.words >= 6 && line.words <= 60 && !inPromoBox(lines, i) && !NAMES_LINE.test(line.text)) return line;
  }
  return null;
}

// Authors and their paper or title with no sentence around them: "Jane Roe and John Doe Kestra Herald",
// "Jane Roe and John Doe, Associated Press", "Jane Roe, Ap National Political Writer".
const NAMES_LINE = /^(?:[Bb]y\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:(?:\s+(?:and|&)\s+|,\s*)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)+$/u;

/** A sign-up box's pitch sits beside its "Subscribe" button or label, never a standfirst. */
function inPromoBox(lines: readonly PageLine[], i: number): boolean {
  return lines[i - 1]?.kind === 'subscribe' || lines[i + 1]?.kind === 'subscribe';
}
