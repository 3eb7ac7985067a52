/**
 * The raw text as a list of lines with the features every field finder
 * reads: length in words, whether it reads as prose, and what kind of page
 * furniture it looks like. Computed once per file.
 */
import type { Line } from './types.ts';
import { LINE_KINDS, isCaptionLabel, isCreditLabel, isBareCredit, isCopyrightCredit, isPhotoCredit, isPhotographerFor, type LineKind } from './line-kinds.ts';

export interface PageLine extends Line {
  /** Index in Page.lines. */
  i: number;
  words: number;
  /** The cells of a table row (two or more with text), if it is one. */
  cells: readonly string[] | undefined;
  /** Ends like a sentence and has enough words to be prose. */
  prose: boolean;
  kind: LineKind;
  /** foldKey of the text, computed once: rules compare lines by it often. */
  key: string;
}

export interface Page {
  lines: PageLine[];
  /** Count of each line text (case-folded), to spot repeated furniture. */
  repeats: Map<string, number>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const CJK_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}';
const CJK = new RegExp(`[${CJK_CHARS}]`, 'gu');
const CJK_START = new RegExp(`^[${CJK_CHARS}]`, 'u');
const SENTENCE_END = /[.!?…:;"”»’')\]。！？」』）]$/u;
// Ends that look like a sentence's but are not: a teaser cut off with an
// ellipsis ("... the council voted to clo...", or two dots: "clo.."), a count ("Title (185)").
const FALSE_END = /[^.](?:\.{2,3}|…)$|\(\d+\)$/u;

// A stop that ends an abbreviation, which may end a title too: "... on 5 thousand roubles" written "на 5 тыс. руб.", "Kestra Ltd.".
const ABBREVIATION_END = /(?:^|[\s(])(?:Inc|Co|Corp|Ltd|Jr|Sr|St|U\.S|a\.m|p\.m|etc|руб|тыс|млн|млрд|коп|долл|гг?|ул)\.$/u;

/** The line's last stop ends an abbreviation. */
export function endsInAbbreviation(text: string): boolean {
  return ABBREVIATION_END.test(text);
}

/** Ends like a sentence, and not like a teaser cut off or a count. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text) && !FALSE_END.test(text);
}

// Most lines are plain ASCII, where a word is a run of letters and digits: counted without the Unicode regexes.
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORD = /[a-z0-9]+/gi;

export function countWords(text: string): number {
  if (!NON_ASCII.test(text)) return text.match(ASCII_WORD)?.length ?? 0;
  const cjk = text.match(CJK)?.length ?? 0;
  // CJK scripts have no spaces; about two characters carry a word.
  if (cjk > 0) return Math.ceil(cjk / 2) + (text.replace(CJK, ' ').match(WORD)?.length ?? 0);
  return text.match(WORD)?.length ?? 0;
}

/**
 * Every longer word capitalised, as some house styles set titles ("A Tiny
 * Village Voted to Dissolve Itself. Now Nobody Wants Its Roads."): a title
 * even when it ends with a stop, never a sentence of the article.
 */
export function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4}/u.test(w));
  // A caption's names make most of its words capitals, not all: "A Harvest Lane store in Rockford, Illinois."
  return words.length >= 5 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** A word in a script where each character is a syllable or a word (Chinese, Japanese, Korean, Thai). */
export function isCjk(word: string): boolean {
  return CJK_START.test(word);
}

export function normalizeLine(text: string): string {
  return text.replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ').trim();
}

// Whether each code point of the Basic Multilingual Plane is a letter or digit: 1 yes, -1 no, 0 not looked up yet.
const BMP_WORD_CHAR = new Int8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
  let known = BMP_WORD_CHAR[codePoint]!;
  if (known === 0) BMP_WORD_CHAR[codePoint] = known = LETTER_OR_DIGIT.test(String.fromCharCode(codePoint)) ? 1 : -1;
  return known === 1;
}

/**
 * A text's words in lower case, one space apart: what two copies of a line
 * share whatever their case and punctuation. A loop over the characters, as
 * a regular expression over Unicode classes is several times slower on the
 * long bodies it is used for.
 */
export function foldKey(text: string): string {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const unit = lower.charCodeAt(i);
    let width = 1;
    let isWordChar: boolean;
    if (unit < 0x80) isWordChar = (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
    else {
      const codePoint = lower.codePointAt(i)!;
      if (codePoint > 0xffff) width = 2;
      isWordChar = isLetterOrDigit(codePoint);
    }
    if (isWordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) words.push(lower.slice(start));
  return words.join(' ');
}

// A linked name that opens a card of the person's latest headlines when hovered is copied with the card:
// the name, glued to the card's copy of it, then the headlines up to the card's "MORE" link:
// "Rep. Ana RuizAna Maria RuizCouncil votes to … MORE (D-Kestra)" is "Rep. Ana Ruiz (D-Kestra)".
// Words of the name are a capital and small letters ("Ocasio-Cortez" too), so the glue ("RuizAna") ends the name.
const NAME_WORD = String.raw`\p{Lu}\p{Ll}*(?:[-'’]\p{Lu}?\p{Ll}+)*`;
const HOVER_CARD = new RegExp(String.raw`(\p{Lu}\p{Ll}+)((?: ${NAME_WORD}\.?){0,3}? ${NAME_WORD})\1 .{0,800}? MORE (?=\S)`, 'gu');

/** A line's text as the page shows it: hover cards of linked names taken out. */
function withoutHoverCards(text: string): string {
  return text.includes(' MORE ') ? text.replace(HOVER_CARD, '$1$2 ') : text;
}

// An icon font's glyph is copied as its name, run onto the text after it: "access_time13 maio 2019, 18h47",
// "calendar_today2019-05-13". Such names are words in lower case joined by underscores.
const ICON_NAME = /^[a-z]+(?:_[a-z]+)+(?=\d)/;

/** Split text into non-empty lines, keeping their numbers in the original file. */
export function toLines(text: string, lineOffset = 0): Line[] {
  const out: Line[] = [];
  const raw = text.split('\n');
  for (let k = 0; k < raw.length; k++) {
    const line = raw[k] ?? '';
    const t = withoutHoverCards(normalizeLine(line)).replace(ICON_NAME, '');
    if (!t) continue;
    const cells = line.includes('\t') ? line.split('\t').map(normalizeLine) : [];
    out.push(cells.filter(Boolean).length >= 2 ? { n: k + 1 + lineOffset, text: t, cells } : { n: k + 1 + lineOffset, text: t });
  }
  return out;
}

// What a newsletter pitch promises to send.
const MAILED = /\b(?:inbox|newsletters?|e-?mails?|delivered)\b/i;

/** A line whose words are mostly figures, "03.09.2025, 14:22 (updated: 14:40 03.09.2025)": a date or a score, however it ends. */
function mostlyFigures(text: string, words: number): boolean {
  return (text.match(/\d+/g)?.length ?? 0) * 2 > words;
}

// Captions run to about thirty words; a paragraph a blank line above a credit is as often the article's own.
const CAPTION_APART_WORDS = 35;

/**
 * The line stands over a photo credit as its caption: right over it, or, over a labelled credit ("Image source: Getty
 * Images."), a blank line apart if it is caption-length. A bare credit ("Jane Roe/Kestran Herald") is known as one
 * only by the caption right over it.
 */
function captionOfCredit(line: PageLine, credit: PageLine): boolean {
  // A photo under the title may show only its copyright credit ("© KPA / Jane Roe"): then its caption is a sentence.
  if (isCopyrightCredit(credit)) return credit.n === line.n + 1 && endsSentence(line.text);
  if (!isPhotoCredit(credit)) return false;
  if (credit.n === line.n + 1) return true;
  return !isBareCredit(credit) && line.words <= CAPTION_APART_WORDS;
}

/**
 * A title in title case, its small words in lower case ("A Studio Fits a Home Office, a Reading Nook and 60 Plants"):
 * not a photo's names ("Jamie Corliss, Tickford Racing Ford"), which have none.
 */
function titleLine(line: PageLine): boolean {
  return line.words >= 6 && titleCased(line.text) && /\s\p{Ll}/u.test(line.text);
}

export function buildPage(lines: Line[]): Page {
  const repeats = new Map<string, number>();
  const pageLines = lines.map((l, i): PageLine => {
    const key = foldKey(l.text);
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
    const words = countWords(l.text);
    // A short line of one sentence whose stop ends an abbreviation is as likely a title.
    const prose = words >= 8 && endsSentence(l.text) && !mostlyFigures(l.text, words) && !(words < 15 && endsInAbbreviation(l.text) && !/[.!?] \p{Lu}/u.test(l.text));
    // Written out, not spread from the line: V8 builds spread objects on a slow path.
    return { n: l.n, text: l.text, i, words, cells: l.cells, prose, kind: 'text', key };
  });
  for (const line of pageLines) line.kind = classify(line);
  for (const line of pageLines) if (isPhotographerFor(line, pageLines[line.i - 1], pageLines[line.i + 1])) line.kind = 'caption';
  // A photo's text stands just above its own credit line ("Photo: Jane Roe"; a bare "Jane Roe/Kestran Herald" with no
  // blank line between); a credit's names may stand under a label of their own ("Credit..." / "Jane Roe/Kestran Herald").
  // The page's first line of text of four words or more (not a date, a byline or a prompt), if it is not a sentence,
  // is its title even above the lead photo's credit; so is a title in title case that is no sentence.
  const title = pageLines.find((l) => l.words >= 4 && l.kind === 'text');
  for (const line of pageLines) {
    const next = pageLines[line.i + 1];
    const prev = pageLines[line.i - 1];
    if (line.kind === 'text' && line.words <= 8 && prev && isCreditLabel(prev)) line.kind = 'caption';
    if (line.kind === 'text' && line.words <= 60 && prev && isCaptionLabel(prev)) line.kind = 'caption';
    if (line.kind === 'text' && line.words <= 60 && next && captionOfCredit(line, next) && !((line === title || titleLine(line)) && !endsSentence(line.text))) line.kind = 'caption';
  }
  // A sign-up box's pitch stands between its heading ("SIGN UP FOR NEWSLETTERS", not a sentence) and its small print ("No spam, we promise"),
  // or, speaking of what it sends, just above its button ("Let our news meet your inbox." / "Sign Up").
  for (const line of pageLines) {
    const heading = pageLines[line.i - 1];
    const next = pageLines[line.i + 1];
    // The pitch may end without a stop ("Strengthen your defenses with … best practices. Delivered Tuesdays and Thursdays"),
    // but is longer than the writer's name over their follow buttons ("Subscribe" / "Jane Roe" / "Follow Us").
    if (line.kind !== 'text' || line.words > 40 || (!line.prose && line.words < 8) || next?.kind !== 'subscribe') continue;
    if ((heading?.kind === 'subscribe' && !heading.prose) || (line.prose && next.words <= 3 && MAILED.test(line.text))) line.kind = 'subscribe';
  }
  // Inside a sign-up box its lines stand among its prompts: "Sign up to …" / "Free weekly newsletter" / pitch / "Enter your email address" / "Sign up" / small print / "after newsletter promotion".
  // Two lone prompts around a paragraph are no box; a name of a few words among prompts is the author's, above their follow buttons.
  const prompt = (i: number) => pageLines[i]?.kind === 'subscribe';
  const prompts = (from: number, to: number) => pageLines.slice(Math.max(0, from), to + 1).filter((l) => l.kind === 'subscribe').length;
  for (const line of pageLines) {
    if (line.kind !== 'text' || line.words < 4 || line.words > 60) continue;
    if ((prompt(line.i - 1) || prompt(line.i - 2)) && (prompt(line.i + 1) || prompt(line.i + 2)) && prompts(line.i - 3, line.i + 3) >= 3) line.kind = 'subscribe';
  }
  return { lines: pageLines, repeats };
}

function classify(line: PageLine): LineKind {
  for (const rule of LINE_KINDS) if (rule.test(line)) return rule.kind;
  return 'text';
}
