/**
 * Body: find the run of lines that reads as the article, then keep its
 * prose, subheadings and lists and drop the furniture inside it.
 *
 * Finding is a maximum-sum segment over per-line scores: prose lines score by
 * their length, furniture and short link-like lines cost a little, so menus,
 * teaser lists and comment threads fall outside while a caption or a
 * "Read also" line inside the article does not split it.
 */
import { endsSentence, foldKey, type Page, type PageLine } from '../page.ts';
import { groupBy } from '../../util/group.ts';
import { escapeRegExp } from '../../util/escape-regexp.ts';
import type { Evidence } from '../types.ts';
import { isBareTime, isCitationLabel, isTagList, type LineKind } from '../line-kinds.ts';

export interface BodyRegion {
  /** Index range [start, end] in page.lines. */
  start: number;
  end: number;
}

export interface BodyResult {
  region: BodyRegion | null;
  /** Kept lines in order, each with its Markdown block type. */
  blocks: BodyBlock[];
  evidence: Evidence;
}

export interface BodyBlock {
  line: PageLine;
  type: 'paragraph' | 'heading' | 'item' | 'row';
}

const LIST_ITEM = /^(?:[•·▪●◦‣*–-]\s+|\d{1,2}[.)]\s+)/;

/** What no article runs across: the start of a comment thread, the page's copyright footer. */
const WALL = -1000;
/** The signature under an embedded post, which the article quotes: "— Ana Ruiz (@anaruiz) May 3, 2023". */
const EMBED_CREDIT = /^[—–-] [^(]{1,80}\(@\w+\)/;
/** Where a teaser is cut off inside a line: "... may soon... Another teaser". */
const CUT_TEASER = /[^.\s](?:\.{3}|…) /g;
/** Most lines between an author's name and their bio: follow and share buttons. */
const AUTHOR_BOX = 8;
/** Most lines between two timestamps of one list: a teaser's title, byline and blurb. */
const LIST_GAP = 6;
/** Longest blurb a teaser list prints under a title (about 300 characters). */
const BLURB_WORDS = 50;
/** Lines of furniture in a row that an article itself may hold: a caption, its credit, an ad label, a link. */
const SHORT_RUN = 4;

// A site's copyright: with its year, "all rights reserved", the sign and the word together, or a company's name.
const SITE_COPYRIGHT = /(?:[©ⓒ]|\(c\)|copyright)(?:\s*[©ⓒ])?\s*(?:19|20)\d\d\b|rights reserved|copyright\s*[©ⓒ]|[©ⓒ]\s*copyright|[©ⓒ].*\b(?:inc|ltd|llc|limited|plc|gmbh)\b/i;

function isWall(line: PageLine): boolean {
  // Under a citation box's label the article's own title and byline are set as references, as long as sentences.
  return line.kind === 'thread' || line.kind === 'comments-head' || isCitationLabel(line) || (line.kind === 'copyright' && SITE_COPYRIGHT.test(line.text) && !/\b(?:photo|image|picture|getty|ap|afp|reuters|epa)\b/i.test(line.text));
}

/** Prompts that stand right under an article's last paragraph. */
const CLOSING_PROMPT = new Set<LineKind>(['share', 'subscribe']);

/** Nearest line of text within three lines in one direction, skipping furniture but not the tags that close the article. */
function nearText(page: Page, line: PageLine, step: 1 | -1): PageLine | undefined {
  for (let k = 1; k <= 3; k++) {
    const l = page.lines[line.i + k * step];
    if (!l || isTagList(l)) return undefined;
    if (l.kind === 'text' && !linkLines(page).has(l.i)) return l;
  }
  return undefined;
}

/** A neighbour that belongs to running text: a paragraph or a list item. */
function continuesText(page: Page, line: PageLine | undefined): boolean {
  return line !== undefined && (line.prose || LIST_ITEM.test(line.text) || announcedItems(page).has(line.i));
}

/**
 * Timestamps of a list: three or more that differ only in their numbers and
 * words ("Nov 18, 2019 at 5:10 pm", "Oct 2, 2019 at 9:45 am"), each within a
 * few lines of the next. Teasers and comments repeat them; an article dates
 * itself once, apart from them.
 */
export const listDates = perPage((page) => {
  const timestamps = page.lines.filter((l) => l.kind === 'timestamp');
  const byShape = groupBy(timestamps, (l) => l.text.replace(/\d+/g, '0').replace(/\p{L}+/gu, 'a'));
  const out = new Set<number>();
  for (const group of byShape.values()) {
    const at = group.map((l) => l.i);
    if (at.length < 3) continue;
    at.forEach((i, k) => {
      if (i - (at[k - 1] ?? -Infinity) <= LIST_GAP || (at[k + 1] ?? Infinity) - i <= LIST_GAP) out.add(i);
    });
  }
  return out;
});

/** Just below one of a list's timestamps: the first line of a teaser's blurb or a comment. */
export function afterListDate(page: Page, line: PageLine, dates: Set<number>): boolean {
  for (let k = 1; k <= 2; k++) {
    const l = page.lines[line.i - k];
    if (!l || l.kind === 'text') return false;
    if (dates.has(l.i)) return true;
  }
  return false;
}

/** A label that heads a list of links ("Related", "Read more"), not one with its link after it ("Related: <title>"). */
function linksLabel(line: PageLine | undefined): boolean {
  return line?.kind === 'related' && !/:\s*\S/.test(line.text);
}

/** Words of a link's title at most. */
const LINK_TITLE_WORDS = 20;

export function lineScore(line: PageLine, page: Page, dates: Set<number>): number {
  const score = textScore(line, page, dates);
  // A table's rows are the article's figures, however short or odd their cells: they never part its text.
  return score < 0 && score > WALL && tabbedRows(page).has(line.i) ? 0 : score;
}

function textScore(line: PageLine, page: Page, dates: Set<number>): number {
  if (isWall(line)) return WALL;
  // The signature closes the quoted post: it belongs to the article around it.
  if (EMBED_CREDIT.test(line.text)) return 1;
  if (line.kind !== 'text') return line.kind === 'caption' || line.kind === 'related' ? -3 : -5;
  // The first line under a links label is a link, even a title that ends with a stop ("Here's who's cooking.").
  if (linkLines(page).has(line.i) || (linksLabel(page.lines[line.i - 1]) && line.words <= LINK_TITLE_WORDS)) return -3;
  const repeated = (page.repeats.get(line.key) ?? 1) > 1 && line.words < 8;
  if (repeated) return -4;
  // A single paragraph under a list's timestamp is a teaser's blurb, however long.
  if (afterListDate(page, line, dates) && !continuesText(page, nearText(page, line, 1))) return -2;
  // A short paragraph alone between titles and timestamps is a teaser's blurb.
  // One with the page's prompts right under it (share, subscribe) closes the article instead.
  const alone =
    line.words < BLURB_WORDS && !continuesText(page, nearText(page, line, -1)) && !continuesText(page, nearText(page, line, 1)) && !CLOSING_PROMPT.has(page.lines[line.i + 1]?.kind ?? 'text');
  if (line.prose) return alone ? line.words / 4 - 4 : Math.min(line.words, 80) - 4;
  // A short sentence beside a paragraph ("Colombia had lost on Monday.") costs nothing: too short to count as text, it is no furniture either.
  if (line.words < 12 && shortSentence(line, page)) return 0;
  // Teasers run together in one line (a ticker), each cut off with an ellipsis, are not text however long.
  if (line.words >= 12 && (line.text.match(CUT_TEASER)?.length ?? 0) >= 2) return -1.5;
  if (line.words >= 12) return alone ? -1.5 : line.words / 4;
  return line.words <= 3 ? -2.5 : -1.5;
}

// The first words of a line and the punctuation after them: "Path A:", "June 9 --", "Spain (".
// An apostrophe is part of a word ("Kestra's"), never the punctuation after the opening; a comma
// opens as many sentences of prose as items ("On Monday, ...").
const OPENING = /^[\p{L}\p{N}'’.]+(?: [\p{L}\p{N}'’.]+)*(\s?[^\p{L}\p{N}\s.'’,]+)/u;

/**
 * The punctuation that closes a short line's first words ("England (Group
 * A): …" and "Czech Republic (Group A): …" both open with "("), or null for
 * a long line or plain words (a menu's entries).
 */
function opening(line: PageLine): string | null {
  if (line.words > 25 || (line.kind !== 'text' && line.kind !== 'timestamp')) return null;
  const m = OPENING.exec(line.text);
  return m ? m[1]!.trim() : null;
}

/** A set of a page's line indexes, found once per page: the region, its scores and the selection all read them. */
function perPage(find: (page: Page) => Set<number>): (page: Page) => Set<number> {
  const cache = new WeakMap<Page, Set<number>>();
  return (page) => {
    let found = cache.get(page);
    if (!found) cache.set(page, (found = find(page)));
    return found;
  };
}

/**
 * The rows of the page's tables: runs of two or more lines, one under the other, with the same number of tab-parted
 * cells, as a browser copies a table (a share's prices, a league's standings). A lone line with tabs is no table.
 */
const tabbedRows = perPage((page) => {
  const rows = new Set<number>();
  const { lines } = page;
  for (let i = 0; i < lines.length; ) {
    const width = lines[i]!.cells?.length;
    let end = i + 1;
    while (width !== undefined && end < lines.length && lines[end]!.cells?.length === width) end++;
    if (end - i >= 2) for (let k = i; k < end; k++) rows.add(k);
    i = end;
  }
  return rows;
});

/** A list item without a bullet: a short line of words that is not a sentence of prose, nor a label. */
function plainItem(line: PageLine | undefined): boolean {
  return line !== undefined && line.kind === 'text' && !line.prose && line.words >= 2 && line.words <= 30 && !/:$/.test(line.text);
}

/**
 * Lines under a line of words that ends with a colon ("What's new:", "The
 * plan in brief:"), three or more short lines in a row, most of them of several
 * words: the items of the list it announces. A menu's entries are a word
 * or two; a sentence of prose ends the list.
 */
const announcedItems = perPage((page) => {
  const out = new Set<number>();
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    // A one-word label ("More:", "Tags:") heads links or furniture, not the article's list.
    if (lines[i]!.kind !== 'text' || lines[i]!.words < 2 || !/:$/.test(lines[i]!.text)) continue;
    let j = i + 1;
    while (plainItem(lines[j])) j++;
    const items = lines.slice(i + 1, j);
    if (items.length < 3 || items.filter((l) => l.words >= 4).length * 2 < items.length) continue;
    for (let k = i + 1; k < j; k++) out.add(k);
    i = j - 1;
  }
  return out;
});

/**
 * Lines of a list the article sets out: three or more in a row that open
 * the same way ("Path A: …", "Path B: …"; "June 9 -- …", "June 10 -- …"),
 * a numbered list with a line or two of each item's own under it, a
 * table's rows, or the items a line ending in a colon announces.
 */
const listLines = perPage((page) => {
  const out = new Set<number>();
  const { lines } = page;
  for (let i = 0; i < lines.length; ) {
    const open = opening(lines[i]!);
    let j = i + 1;
    while (open && j < lines.length && opening(lines[j]!) === open) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  addNumbered(page, out);
  addTableRows(page, out);
  for (const i of announcedItems(page)) out.add(i);
  return out;
});

/** How many numbers end a short line ("3 Tamsin Vell 5033 4 6 15"), or 0. */
function trailingNumbers(line: PageLine): number {
  if (line.words > 25 || (line.kind !== 'text' && line.kind !== 'timestamp')) return 0;
  const tokens = line.text.split(' ');
  let n = 0;
  while (n < tokens.length && /^[.,:%+-]*\d[\d.,:%+-]*$/.test(tokens[tokens.length - 1 - n]!)) n++;
  return n;
}

/** A table's rows: three or more lines in a row that end with the same count (three or more) of numbers. */
function addTableRows(page: Page, out: Set<number>): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; ) {
    const n = trailingNumbers(lines[i]!);
    let j = i + 1;
    while (n >= 3 && j < lines.length && trailingNumbers(lines[j]!) === n) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
}

const ITEM_NUMBER = /^(\d{1,2})[.)]\s/;
// A number that counts items without a stop after it, as a tracklist's "01 Salt Flats": it stays part of the item's text.
const BARE_ITEM_NUMBER = /^(\d{1,2})\s(?=\p{Lu})/u;
const countedNumber = (line: PageLine) => Number((ITEM_NUMBER.exec(line.text) ?? BARE_ITEM_NUMBER.exec(line.text))?.[1] ?? NaN);

/**
 * A list counting up from 1 ("1) …", "2) …", "01 …"), each item followed by the same
 * number of short lines of its own (its link, its price): items and their lines.
 */
function addNumbered(page: Page, out: Set<number>): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    if (countedNumber(lines[i]!) !== 1) continue;
    const items = [i];
    for (let j = i + 1; j < lines.length && j - items[items.length - 1]! <= 3; j++) {
      if (countedNumber(lines[j]!) === items.length + 1) items.push(j);
    }
    const gap = (items[1] ?? 0) - i - 1;
    const end = items[items.length - 1]! + gap;
    const own = (k: number) => items.includes(k) || (lines[k] !== undefined && !lines[k]!.prose && lines[k]!.words <= 12);
    if (items.length < 3 || items.some((at, k) => k > 0 && at - items[k - 1]! - 1 !== gap)) continue;
    if (!Array.from({ length: end - i + 1 }, (_, k) => i + k).every(own)) continue;
    for (let k = i; k <= end; k++) out.add(k);
    i = end;
  }
}

const LOWER_WORD = /(?:^|\s)\p{Ll}/gu;
const LETTER_WORD = /(?:^|\s)\p{L}/gu;
/** Words in capitals that make a link or a promo rather than a subheading, which is shorter. */
const SHOUTED_WORDS = 8;
// Two lower-case letters in a row: not a line in capitals ("McDONALD'S" is, and is rare). Checked first, as most lines have them at once.
const LOWER_PAIR = /\p{Ll}\p{Ll}/u;
const NOT_UPPER = /\P{Lu}/gu;
const NOT_LETTER = /\P{L}/gu;

/**
 * Lines set in capitals, eight words or more: in-article links and promos
 * ("CLICK HERE TO GET THE APP", a related story's title). The article's own
 * subheadings in capitals are a few words. The headline may be in capitals
 * too; this is only how the body reads them.
 */
function addShouted(page: Page, out: Set<number>): void {
  for (const line of page.lines) {
    if (line.kind !== 'text' || line.words < SHOUTED_WORDS || LOWER_PAIR.test(line.text)) continue;
    // Nine letters in ten are capitals: scripts without capitals (Chinese, Arabic) have none.
    const capitals = line.text.replace(NOT_UPPER, '').length >= 0.9 * (line.text.replace(NOT_LETTER, '').length || Infinity);
    if (capitals && (line.text.match(LETTER_WORD)?.length ?? 0) >= SHOUTED_WORDS) out.add(line.i);
  }
}

/** Words of a teaser's title at least: a name ("Star Wars Jedi: Fallen Order") opens paragraphs too. */
const TITLE_MIN = 7;
/** Words a teaser's blurb adds to its title at least. */
const BLURB_MIN = 5;
/** Lines between a subheading and the paragraph that opens with its words; a teaser's title stands further away. */
const NEAR_TITLE = 3;
/** A line's first three words, as they are written. */
function firstWords(text: string): string {
  let at = -1;
  for (let k = 0; k < 3; k++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return text;
  }
  return text.slice(0, at);
}

/**
 * A teaser card run into one line, its title and then its blurb ("Browns
 * place Burnett on injured reserve First season in Cleveland is done…"),
 * where the title also stands alone elsewhere on the page (the same teaser
 * in another list). A paragraph opening with the words of the subheading
 * just above it is the article's.
 */
function addTitledTeasers(page: Page, out: Set<number>): void {
  const titles = new Map<string, PageLine[]>();
  for (const line of page.lines) {
    if (line.words < TITLE_MIN || line.words > 20 || line.prose) continue;
    const at = firstWords(line.text);
    const same = titles.get(at);
    if (same) same.push(line);
    else titles.set(at, [line]);
  }
  for (const line of page.lines) {
    if (line.kind !== 'text' || line.words < TITLE_MIN + BLURB_MIN) continue;
    const title = titles.get(firstWords(line.text))?.find((t) => Math.abs(t.i - line.i) > NEAR_TITLE && line.words - t.words >= BLURB_MIN && line.text.startsWith(`${t.text} `));
    if (title) out.add(line.i);
  }
}

/** Words of a title printed twice for a teaser card at least; a table's header row repeated is shorter. */
const CARD_TITLE_MIN = 6;
/** Words of prose above a teaser card, which the article's own headline printed twice has not. */
const OPENING_PROSE = 15;

/**
 * A teaser card set inside the article: its title printed twice a line or
 * two apart (the picture's link and the text link), then its summary. The
 * article's own headline printed twice stands above all its prose.
 */
function addDoubledTeasers(page: Page, out: Set<number>): void {
  const { lines } = page;
  const firstProse = lines.find((l) => l.prose && l.words >= OPENING_PROSE)?.i ?? Infinity;
  for (let i = firstProse + 2; i < lines.length; i++) {
    const second = lines[i]!;
    if (second.kind !== 'text' || second.prose || second.words < CARD_TITLE_MIN || second.words > 25 || (page.repeats.get(second.key) ?? 0) < 2) continue;
    const first = [lines[i - 1], lines[i - 2], lines[i - 3]].find((l) => l?.key === second.key);
    // A table of contents' last entries stand as near the subheadings they lead to.
    if (!first || first.i <= firstProse || out.has(first.i)) continue;
    const summary = [lines[i + 1], lines[i + 2]].find((l) => l?.kind === 'text');
    out.add(first.i).add(second.i);
    if (summary?.prose) out.add(summary.i);
  }
}

/** Entries of a table of contents at least; two short lines in a row that recur are as likely a title and its dek. */
const CONTENTS_MIN = 3;

/**
 * A table of contents ("Jump to section" / "What is a sinking fund?" / "Sinking fund vs. emergency fund" / ...):
 * three or more short lines in a row, each the text of a subheading further down, in the same order and with text
 * between them there (a block printed twice, as a meal plan's, runs on unbroken). Its label goes with it.
 */
const contentsLines = perPage((page) => {
  const out = new Set<number>();
  const { lines } = page;
  const byKey = groupBy(lines, (l) => l.key);
  // Where the line's text stands again further down, past the line under it.
  const laterAt = (line: PageLine | undefined) =>
    line && line.kind === 'text' && !line.prose && line.words <= 12 && (page.repeats.get(line.key) ?? 0) > 1 ? byKey.get(line.key)!.find((l) => l.i > line.i + 1)?.i : undefined;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    let previous = -1;
    for (let at = laterAt(lines[j]); at !== undefined && at > previous + 1; at = laterAt(lines[j])) {
      previous = at;
      j++;
    }
    if (j - i >= CONTENTS_MIN) {
      for (let k = i; k < j; k++) out.add(k);
      const label = lines[i - 1];
      if (label && label.kind === 'text' && label.words <= 4 && !label.prose) out.add(label.i);
    }
    i = Math.max(j, i + 1);
  }
  return out;
});

/** Lines the body reads as links though they look like text: see addShouted, addTitledTeasers, contentsLines and addDoubledTeasers. */
const linkLines = perPage((page) => {
  const out = new Set<number>();
  addShouted(page, out);
  addTitledTeasers(page, out);
  for (const i of contentsLines(page)) out.add(i);
  addDoubledTeasers(page, out);
  return out;
});

/** Items a list under a subheading holds at least. */
const HEADED_LIST_MIN = 3;

/** Words of a list's item at most, under a subheading. */
const HEADED_ITEM_WORDS = 20;

/** Words of the subheading or the sentence over such a list at most. */
const LIST_HEAD_WORDS = 10;

// A sentence's stop, maybe inside its closing quote or bracket: "... I treat." and "... (see below).)" end sentences, "(lasted me two years)" does not.
const CLOSERS = String.raw`["'”’»)\]）」』]*$`;
const STOP_AT_END = new RegExp(`[.!?…。！？]${CLOSERS}`, 'u');

// A stop other than a question's: "Our kit is simple." announces a list, "What do you need?" heads one.
const ANNOUNCING_STOP = new RegExp(`[.!…。！]${CLOSERS}`, 'u');

/** Keys of the subheadings a table of contents names. */
const contentsHeadings = (page: Page) => new Set([...contentsLines(page)].map((i) => page.lines[i]!.key));

/**
 * A list under a subheading ("What you'll need" / five short lines / paragraph) or under a short sentence that
 * announces it ("Our kit is simple." / "water" / "snacks" / "camera" / paragraph): right under a paragraph, three or
 * more short lines that are no sentences, each written once on the page, up to the next paragraph or the next
 * subheading the page's table of contents names. Read only inside the region, with the article's text above and
 * below, so a footer's "Popular posts" and its titles never count.
 */
function headedLists(page: Page, region: BodyRegion): Map<number, BodyBlock['type']> {
  const out = new Map<number, BodyBlock['type']>();
  const { lines } = page;
  const contents = contentsHeadings(page);
  const free = (l: PageLine) =>
    l.kind === 'text' && !listLines(page).has(l.i) && !linkLines(page).has(l.i) && !tabbedRows(page).has(l.i) && !LIST_ITEM.test(l.text) && !/[:;,]$/.test(l.text);
  const item = (l: PageLine) => free(l) && l.words <= HEADED_ITEM_WORDS && page.repeats.get(l.key) === 1 && !STOP_AT_END.test(l.text);
  // A paragraph, not an item that ends in a bracket: "Weathering powders in rust and soot (three pots last me years)".
  const paragraph = (l: PageLine | undefined) => l !== undefined && l.prose && (STOP_AT_END.test(l.text) || l.words > HEADED_ITEM_WORDS);
  const opensText = (l: PageLine | undefined) => l !== undefined && (paragraph(l) || (contents.has(l.key) && paragraph(lines[l.i + 1])));
  for (let i = region.start + 1; i < region.end; i++) {
    const head = lines[i]!;
    // The title again over a recipe's card is no subheading; one the contents name may stand twice.
    if (!paragraph(lines[i - 1]) || !free(head) || head.words > LIST_HEAD_WORDS || (page.repeats.get(head.key) !== 1 && !contents.has(head.key))) continue;
    let j = i + 1;
    while (j < region.end && item(lines[j]!)) j++;
    if (j - 1 - i < HEADED_LIST_MIN || !opensText(lines[j])) continue;
    // A short sentence stays one; a line that is none, or a question, heads the list.
    out.set(i, ANNOUNCING_STOP.test(head.text) ? 'paragraph' : 'heading');
    for (let k = i + 1; k < j; k++) out.set(k, 'item');
    if (!paragraph(lines[j])) out.set(j, 'heading');
    i = j;
  }
  return out;
}

/** Twenty words or more, most of them in lower case: a sentence, not a title, a menu or a list of names. */
function runningLine(line: PageLine): boolean {
  return line.kind === 'text' && !line.prose && line.words >= 20 && (line.text.match(LOWER_WORD)?.length ?? 0) >= 0.6 * (line.text.match(LETTER_WORD)?.length ?? 1);
}

/** The highest-scoring run of lines (Kadane), or null for a page with no prose. */
export function findRegion(page: Page): BodyRegion | null {
  let best: BodyRegion | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  let inThread = false;
  let run = 0;
  const dates = listDates(page);
  for (const line of page.lines) {
    // Above all prose, a "Leave a comment" line is a link by the byline, not the thread.
    inThread ||= (line.kind === 'thread' || line.kind === 'comments-head') && best !== null;
    // Below the first comment the prose is readers', however long.
    let s = inThread ? Math.min(lineScore(line, page, dates), -1) : lineScore(line, page, dates);
    // A long run of furniture (menus, staff lists, footers) parts two texts more than its lines
    // one by one: past a few lines, each costs a fifth more than the one before.
    run = s < 0 && s > WALL ? run + 1 : 0;
    s *= 1 + Math.max(0, run - SHORT_RUN) * 0.2;
    // A run that has come back to zero is kept, not restarted: on a tie, text above stays in.
    if (sum < 0) {
      sum = s;
      start = line.i;
    } else sum += s;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: line.i };
    }
  }
  if (best) {
    // A long line of running text just above, without a sentence's last stop (blogs leave it off), opens the article.
    while (best.start > 0 && runningLine(page.lines[best.start - 1]!)) best.start--;
    best.start = belowHeaderMeta(page, best);
    const scored = best.end;
    best.end = beforeAuthorBox(page, best);
    // Under the writer's bio, a list is theirs, not the article's ("Previous Columns by Jane Roe:").
    const closedByBio = best.end < scored;
    // A list the article announces ("The tour dates:", or a subheading "Tour dates") ends it: the announcing line may be too short to count.
    const items = listLines(page);
    const announces = (l: PageLine | undefined) => l?.kind === 'text' && (/:$/.test(l.text) || (l.i > best!.end && l.words <= 8 && !l.prose && /\p{L}$/u.test(l.text)));
    // The region may already hold the announcing line; a photo's caption may stand before it,
    // a table's header row after it.
    const starts = (i: number) => items.has(i + 1) || items.has(i + 2);
    // One list may follow another under its own line ("Tracklist:" … "Tour dates:" …).
    while (!closedByBio) {
      const intro = [best.end, best.end + 1, best.end + 2].find((i) => announces(page.lines[i]) && starts(i));
      if (intro !== undefined) best.end = Math.max(best.end, items.has(intro + 1) ? intro : intro + 1);
      // A list the region reaches into is the article's to the end, and so are the notes of text right under it.
      if (intro === undefined && !items.has(best.end)) break;
      const end = best.end;
      while (items.has(best.end + 1)) best.end++;
      while (best.end + 1 < page.lines.length && lineScore(page.lines[best.end + 1]!, page, dates) > 0) best.end++;
      if (best.end === end) break;
    }
    // A closing sentence too short to score ("A hearing is set for April.") ends the article.
    while (closingSentence(page.lines[best.end + 1], page)) best.end++;
  }
  return best;
}

/** How far into a region its header's byline or date may stand, in lines. */
const HEADER_REACH = 4;

/**
 * Where the article starts in a region that opens with its header: a title
 * written as sentences, or a long caption, then the byline or the date
 * ("Chicago to test sensor meters. Here's what drivers need to know." /
 * caption / "By Ana Ruiz" / "Jun 18, 2019 | 6:05 PM"). Prose above a byline
 * is the header's; the article is what follows it.
 */
function belowHeaderMeta(page: Page, region: BodyRegion): number {
  const { lines } = page;
  // An embedded post's signature ("— Jane Roe (@janeroe) November 5, 2019") dates the post, not the article;
  // a dated link under a links label ("More on this" / "Ferry strike ends 04.03.20") dates its story.
  const meta = (l: PageLine) => l.kind === 'byline' || (l.kind === 'timestamp' && !isBareTime(l) && !EMBED_CREDIT.test(l.text) && !linksLabel(lines[l.i - 1]));
  let prose = 0;
  for (let i = region.start; i <= Math.min(region.end, region.start + HEADER_REACH); i++) {
    const line = lines[i]!;
    if (meta(line) && prose > 0) {
      // The byline's outlet or the date may follow on lines of their own ("Chicago Tribune |").
      let k = i + 1;
      while (k <= region.end && (meta(lines[k]!) || (!lines[k]!.prose && (lines[k]!.kind !== 'text' || lines[k]!.words <= 3)))) k++;
      const after = lines.slice(k, region.end + 1).filter((l) => l.prose).length;
      return after >= 3 ? k : region.start;
    }
    if (line.prose) prose++;
    if (prose > 2) break;
  }
  return region.start;
}

// A short line ending in a person's name: "Ana Ruiz", "About Ana Ruiz".
export const NAME_LINE = /^(?:[\p{L}'’.-]+ )?(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})$/u;

/**
 * The end of the region without an author's box closing it: a line naming
 * the writer and, below it, a last paragraph that names them again (their
 * bio; under a label, by the first name will do). The name stands under a
 * label ("About Ana Ruiz") or above follow buttons, so a subheading that
 * names the subject of the last paragraph stays.
 */
function beforeAuthorBox(page: Page, region: BodyRegion): number {
  const { lines } = page;
  let last = region.end;
  while (last > region.start && !lines[last]!.prose) last--;
  const bio = lines[last]!;
  let furniture = false;
  for (let k = last - 1; k >= Math.max(region.start + 1, last - AUTHOR_BOX); k--) {
    const line = lines[k]!;
    if (line.prose) break;
    furniture ||= line.kind !== 'text';
    const name = line.kind === 'text' ? NAME_LINE.exec(line.text) : null;
    const labelled = name !== null && name[1] !== line.text;
    // Under a label ("About Kayla Brennan") the bio may name the writer by the first name alone ("Kayla paid off ...").
    const named = (n: string) => ` ${bio.key} `.includes(` ${foldKey(n)} `);
    if (name && (furniture || labelled) && (named(name[1]!) || (labelled && named(name[1]!.split(' ')[0]!)))) return k - 1;
  }
  const name = bio.i > region.start ? bylineWriterOpening(page, bio, region) : null;
  if (!name) return region.end;
  // The bio's heading, the writer's full name, goes with it.
  let end = last - 1;
  while (end > region.start && lines[end]!.kind === 'text' && !lines[end]!.prose && NAME_LINE.test(lines[end]!.text) && ` ${lines[end]!.key} `.includes(` ${foldKey(name)} `)) end--;
  return end;
}

// A bio's opening: the writer's name, or first name, and what they are ("Ana Ruiz is a reporter for ...", "Ana covers the harbour").
const BIO_OPENING = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}) (?:is|was|has been|covers|writes|reports)\b/u;

/**
 * The last paragraph tells who the byline's writer is: their bio closing the
 * article without a box around it; the name it opens with, or null. A
 * paragraph about someone else ("Olav Berg is the union's secretary") names
 * no one the header names: its byline, dated line or author's name alone.
 */
function bylineWriterOpening(page: Page, bio: PageLine, region: BodyRegion): string | null {
  const name = BIO_OPENING.exec(bio.text)?.[1];
  if (!name) return null;
  const key = ` ${foldKey(name)} `;
  const writerLine = (l: PageLine) => l.kind === 'byline' || l.kind === 'timestamp' || (l.kind === 'text' && NAME_LINE.test(l.text));
  return page.lines.some((l) => l.i < region.start + 3 && writerLine(l) && ` ${l.key} `.includes(key)) ? name : null;
}

/** A subheading: a short title line between paragraphs (one after a teaser title is not). */
function isHeading(page: Page, line: PageLine, next: PageLine | undefined): boolean {
  // A table's title may be one word ("Linebackers" over the players' figures).
  const headsTable = next !== undefined && tabbedRows(page).has(next.i) && !tabbedRows(page).has(line.i);
  if (line.kind !== 'text' || line.prose || line.words < (headsTable ? 1 : 2) || line.words > 14 || /[.,;]$/.test(line.text)) return false;
  // Above it, no short line of text, but for a table of contents' last entry.
  const prev = page.lines[line.i - 1];
  // Over a paragraph, or over the line that announces a list ("What the trial will test" / "It will look at:" / items).
  const opensSection = headsTable || (next !== undefined && (next.prose || (/:$/.test(next.text) && announcedItems(page).has(next.i + 1))));
  return opensSection && (prev === undefined || prev.kind !== 'text' || prev.prose || prev.words >= 12 || contentsLines(page).has(prev.i));
}

// A sentence of a few words and nothing else: "A hearing is set for April.", not "Share this:" nor "(Reporting by Jane Roe)".
const SENTENCE_ALONE = /^["“‘']?\p{Lu}[^:()[\]|]*[.!]["”’']?$/u;

/** A short sentence right under the article's last paragraph, which it closes. */
function closingSentence(line: PageLine | undefined, page: Page): boolean {
  // Not a line of the writer's bio: "Jane Roe is an assistant editor at the Herald."
  return line !== undefined && line.kind === 'text' && line.words >= 4 && line.words < 12 && SENTENCE_ALONE.test(line.text) && !BIO_OPENING.test(line.text) && page.lines[line.i - 1]!.prose;
}

/** A sentence too short to count as prose ("It's complicated."), between paragraphs. */
function shortSentence(line: PageLine, page: Page): boolean {
  return line.words >= 2 && endsSentence(line.text) && (continuesText(page, nearText(page, line, -1)) || continuesText(page, nearText(page, line, 1)));
}

/**
 * Keep the article inside the region. `exclude` holds line indexes already
 * taken by other fields (headline, dek), which never repeat in the body.
 */
export function selectBody(page: Page, region: BodyRegion | null, exclude: Set<number>, headlineKey: string | null): BodyResult {
  if (!region) {
    return { region: null, blocks: [], evidence: { rule: 'body/none', line: null, text: null, confidence: 0 } };
  }
  const blocks: BodyBlock[] = [];
  // Lines left out for being short, a word alone or repeated, each with the number of blocks kept before it.
  const heldBack: Array<{ line: PageLine; at: number; type: BodyBlock['type'] | 'short' | 'word' }> = [];
  const seen = new Set<string>();
  const items = listLines(page);
  const headed = headedLists(page, region);
  const rows = tabbedRows(page);
  let links = false;
  // The label of a list of links may stand just above the region, which then opens with its links.
  for (let i = Math.max(0, region.start - LABEL_REACH); i <= region.end; i++) {
    const line = page.lines[i]!;
    // Under a bare "Related" label (not "Related: <its link>"), titles without a full stop are its links, up to the next
    // sentence; a link's date between them does not end the list. A line that ends in a colon or a semicolon is the
    // article's again, a sentence leading into a list ("The order also eases the papers required. Farmers may now show:").
    links = linksLabel(line) || (links && (line.kind === 'text' || line.kind === 'timestamp') && line.words <= LINK_TITLE_WORDS && !/[.:;]$/.test(line.text));
    if (i < region.start) continue;
    // A table's rows are kept whole, whatever their cells look like: a date, a price, a name. A head row
    // printed twice (a sticky copy) is kept once.
    if (rows.has(i) && !links && !exclude.has(i)) {
      if (blocks.at(-1)?.type !== 'row' || blocks.at(-1)!.line.key !== line.key) blocks.push({ line, type: 'row' });
      continue;
    }
    if (links || exclude.has(i) || (line.kind !== 'text' && !items.has(i) && !EMBED_CREDIT.test(line.text)) || linkLines(page).has(i)) continue;
    const key = line.key;
    if (headlineKey && key === headlineKey) continue;
    // The same paragraph twice (a pull quote, a copy error): keep the first.
    if (line.words >= 6 && seen.has(key)) {
      heldBack.push({ line, at: blocks.length, type: items.has(i) || LIST_ITEM.test(line.text) ? 'item' : 'paragraph' });
      continue;
    }
    seen.add(key);
    if (items.has(i)) {
      blocks.push({ line, type: 'item' });
      continue;
    }
    const next = page.lines[i + 1];
    if (LIST_ITEM.test(line.text)) blocks.push({ line, type: 'item' });
    else if (line.prose || line.words >= 12 || EMBED_CREDIT.test(line.text)) blocks.push({ line, type: 'paragraph' });
    else if (isHeading(page, line, next)) blocks.push({ line, type: 'heading' });
    else if (shortSentence(line, page)) blocks.push({ line, type: 'paragraph' });
    else if (line.words >= 2) heldBack.push({ line, at: blocks.length, type: 'short' });
    else if (headed.has(i)) heldBack.push({ line, at: blocks.length, type: 'word' });
  }
  // More short lines than paragraphs: a plan, a programme or a list of offers, whose short lines are
  // the article itself, and whose repeats (the same dish in two plans) are its structure, not a copy
  // error. Elsewhere short lines are labels, names under photos and links, and stay out.
  if (heldBack.filter((h) => h.type === 'short').length > blocks.length) {
    for (const { line, at, type } of heldBack.reverse()) if (type !== 'word') blocks.splice(at, 0, { line, type: type === 'short' ? 'paragraph' : type });
  } else if (headed.size > 0) {
    // Outside a plan, a list under a subheading keeps its short lines, and its long ones read as items too.
    for (const { line, at } of heldBack.reverse()) if (headed.has(line.i)) blocks.splice(at, 0, { line, type: 'paragraph' });
    blocks.forEach((b, k) => (blocks[k] = { line: b.line, type: (b.type !== 'row' && headed.get(b.line.i)) || b.type }));
  }
  if (restatedOpening(blocks)) blocks.shift();
  return { region, blocks, evidence: bodyEvidence(page, region, blocks) };
}

/** Where the kept blocks come from. */
export function bodyEvidence(page: Page, region: BodyRegion, blocks: readonly BodyBlock[]): Evidence {
  const first = blocks[0]?.line;
  return {
    rule: 'body/densest-run',
    line: first?.n ?? null,
    text: first ? `lines ${first.n}-${page.lines[region.end]!.n}, ${blocks.length} blocks kept` : null,
    confidence: blocks.length > 0 ? 0.8 : 0,
  };
}

/**
 * The blocks without the publisher's description of itself that closes a
 * press release or a site's page ("About Ascom" / "Ascom is a global
 * provider of …", "WIRED is where tomorrow is realized."): paragraphs at
 * the end that open with one of its `names` and say what it is.
 */
export function withoutPublisherAbout(blocks: readonly BodyBlock[], names: readonly string[]): readonly BodyBlock[] {
  const bare = names.map((n) => n.replace(/^the\s+/i, '').toLowerCase()).filter((n) => n.length >= 2);
  // Most articles do not end on the publisher's name: no pattern to build for them.
  const last = blocks.at(-1)?.line.text.toLowerCase().replace(/^(?:about\s+)?(?:the\s+)?/, '');
  if (last === undefined || !bare.some((n) => last.startsWith(n))) return blocks;
  const alternatives = bare.map(escapeRegExp);
  const name = `(?:the\\s+)?(?:${alternatives.join('|')})`;
  // What it is, where it sits, how big it is: "is a provider of", "is headquartered in", "was founded in", "has 240 employees".
  // "The Kestran Herald has asked the court…", news about the publisher, is not a description.
  const about = new RegExp(`^${name}(?:\\s+\\([^)]{1,20}\\))?\\s+(?:(?:is|are)\\s+(?:a|an|the|one|where|headquartered|based|owned|part|published)|was\\s+(?:founded|established|launched)|(?:has|have)\\s+(?:offices|subsidiaries|more\\s+than|over|about|\\d+))\\b`, 'iu');
  const heading = new RegExp(`^about\\s+${name}$`, 'iu');
  let end = blocks.length;
  while (end > 1 && ((blocks[end - 1]!.type === 'paragraph' && about.test(blocks[end - 1]!.line.text)) || (blocks[end - 1]!.type === 'heading' && heading.test(blocks[end - 1]!.line.text)))) end--;
  return blocks.slice(0, end);
}

/** Lines above the region in which a links label ("Most popular") still heads the region's first lines. */
const LABEL_REACH = 8;

/** Share of a paragraph's word triples that a later paragraph repeats, for the opening told again below. */
const RESTATED = 0.8;

/** The distinct runs of three words of a line, each with a space either side (to find them in another line's key, padded the same way). */
function wordTriples(line: PageLine): string[] {
  const words = line.key.split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(` ${words[i]} ${words[i + 1]} ${words[i + 2]} `);
  return [...out];
}

/**
 * The opening paragraph told again further down nearly word for word: a
 * photo's caption, a summary or a teaser printed above the article, whose
 * text the article itself gives in full.
 */
function restatedOpening(blocks: readonly BodyBlock[]): boolean {
  const opening = blocks[0];
  if (opening?.type !== 'paragraph' || opening.line.words < 10) return false;
  const own = wordTriples(opening.line);
  if (own.length === 0) return false;
  const allowedMisses = own.length - Math.ceil(RESTATED * own.length);
  return blocks.slice(1).some((b) => {
    if (b.type !== 'paragraph' || b.line.words < 10) return false;
    const later = ` ${b.line.key} `;
    // Most paragraphs miss the opening's triples from the first: stop counting once too many are missed.
    let misses = 0;
    for (const triple of own) if (!later.includes(triple) && ++misses > allowedMisses) return false;
    return true;
  });
}

const MD_INLINE = /[\\`*_[\]<&]/g;
const MD_BLOCK_START = /^(#{1,6}\s|>|[+*-]\s|\d+[.)]\s|={3,}|-{3,}|~{3,}|`{3,}|\|)/;

/** Escape text so Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(MD_INLINE, '\\$&');
  return MD_BLOCK_START.test(inline) ? `\\${inline}` : inline;
}

/** A table row in Markdown. Inside a cell only inline marks need escaping, and the cell's own bars, which would part it. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(MD_INLINE, '\\$&').replace(/\|/g, '\\|')).join(' | ')} |`;
}

export function toMarkdown(blocks: readonly BodyBlock[]): string {
  const parts: string[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type === 'row') {
      const cells = b.line.cells ?? [b.line.text];
      // A table's first row is its head, as Markdown needs one.
      if (blocks[k - 1]?.type === 'row') parts[parts.length - 1] += `\n${tableRow(cells)}`;
      else parts.push(`${tableRow(cells)}\n|${' --- |'.repeat(cells.length)}`);
    } else if (b.type === 'heading') parts.push(`## ${escapeMarkdown(b.line.text)}`);
    else if (b.type === 'item') {
      // A numbered item keeps its number as written ("01."): the list stays ordered and the text the page's.
      const n = ITEM_NUMBER.exec(b.line.text)?.[1];
      const item = `${n === undefined ? '-' : `${n}.`} ${escapeMarkdown(b.line.text.replace(LIST_ITEM, ''))}`;
      // Consecutive items form one list: join them with a single newline.
      if (blocks[k - 1]?.type === 'item') parts[parts.length - 1] += `\n${item}`;
      else parts.push(item);
    } else parts.push(escapeMarkdown(b.line.text));
  }
  return parts.join('\n\n');
}
