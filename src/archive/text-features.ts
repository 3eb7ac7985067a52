/**
 * What the archive compares articles by: word shingles (for copies of one
 * text) and weighted terms (for different texts about one event). Both are
 * read from the cleaned body the parser wrote, so menus, bylines and footers
 * that differ between two copies of a wire story do not count.
 */
import { createHash } from 'node:crypto';
import transliterate from '@sindresorhus/transliterate';
import { foldKey } from '../parse/page.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Parser Markdown -> plain text: escapes and emphasis marks go, words stay. */
export function plainText(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1').replace(/[*_`#>]/g, ' ');
}

/** 32-bit FNV-1a of a string, finished with murmur3's mixer so low bits are usable. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

export const SHINGLE_WORDS = 5;

/** Distinct hashes of every run of five words, sorted: two copies of one text share most of them. */
function shinglesOf(wordHashes: readonly number[]): Uint32Array {
  // A shingle's hash mixes its five word hashes by position.
  const out = new Uint32Array(Math.max(0, wordHashes.length - SHINGLE_WORDS + 1));
  for (let i = 0; i < out.length; i++) {
    let x = 0;
    for (let k = 0; k < SHINGLE_WORDS; k++) x = Math.imul(x ^ wordHashes[i + k]!, 0x9e3779b1) + k;
    out[i] = fmix(x);
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

function fmix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The k smallest shingle hashes: a bottom-k MinHash sketch, one hash function instead of k. */
export function bottomK(sortedHashes: Uint32Array, k: number): Uint32Array {
  return sortedHashes.slice(0, k);
}

/** |A ∩ B| for two sorted hash arrays. */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

// Function words of the archive's commonest languages, in transliterated form.
const STOPWORDS = new Set(
  (
    'the and for that with was were are has have had not but from this they their them its his her she him who which what when where will would said says say ' +
    'about after over into than then there these those been being also more most other some such only can could may might should out off upon while during ' +
    'all any each one two three our your you we us it is be as at by an of on or to in do did does no yes new last first next year years week day days ' +
    'told according including against between under before since because very just still per cent percent people time ' +
    'los las del por para con una uno que como pero sus más fue han sido este esta entre sobre sin también según dijo ' +
    'eto chto kak ego ona oni ili tak zhe uzhe dlya pri bylo byl byla byli ot iz na po ne ni za do'
  ).split(' '),
);

/** Terms are cut to a stem of this length: cheap, and it joins inflected and transliterated forms ("Velgrade", "Velgrad"). */
const STEM = 6;

/**
 * A name's consonant skeleton, the same in any script once transliterated:
 * "Fennick" and "Феннике" (Fennike) are both "fnk", "Velgrad" and "Велграде"
 * "vlgr". Four consonants at most, so inflected endings drop off.
 */
export function nameKey(ascii: string): string | null {
  const skeleton = ascii
    .toLowerCase()
    .replace(/ck|q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/[^a-z]|[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1')
    .slice(0, 4);
  return skeleton.length >= 3 ? `~${skeleton}` : null;
}

/** A kept word, its stem and name skeleton as hashes (see ArticleTerms). */
interface Term {
  stem: number;
  isNumber: boolean;
  nameKey: number | null;
}

/** A word as the archive reads it: the hash of its lower case (for shingles) and its term, if it is kept. */
interface WordInfo {
  hash: number;
  term: Term | null;
  capitalised: boolean;
}

// Words recur across an archive; each is read once. Bounded so a huge archive cannot grow it without end.
const WORD_CACHE = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 200_000;

function wordOf(raw: string): WordInfo {
  const cached = WORD_CACHE.get(raw);
  if (cached !== undefined) return cached;
  const ascii = /^[\x00-\x7f]*$/.test(raw) ? raw : transliterate(raw);
  const term = ascii.toLowerCase().replace(/['’].*$/, '');
  const isNumber = /^\d+$/.test(term);
  const keep = !(isNumber ? term.length < 2 : term.length < 3) && !STOPWORDS.has(term);
  const skeleton = isNumber ? null : nameKey(ascii);
  const info = {
    hash: hash32(raw.toLowerCase()),
    term: keep ? { stem: hash32(isNumber ? term : term.slice(0, STEM)), isNumber, nameKey: skeleton === null ? null : hash32(skeleton) } : null,
    capitalised: /^\p{Lu}/u.test(raw),
  };
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  WORD_CACHE.set(raw, info);
  return info;
}

/** Whether text[from, to) holds a line break, or a ".", "!" or "?" followed by white space. */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n') return true;
    if ((ch === '.' || ch === '!' || ch === '?') && i + 1 < to && WHITE_SPACE.test(text[i + 1]!)) return true;
  }
  return false;
}
const WHITE_SPACE = /\s/;

/**
 * Every word of a text in order, read once, and whether it opens a sentence
 * (after a line break, or after ". " "! " "? "), where a capital says nothing about names.
 */
function scanWords(text: string, onWord: (word: WordInfo, opensSentence: boolean) => void): void {
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    onWord(wordOf(m[0]), last === 0 || endsSentenceBetween(text, last, m.index));
    last = m.index + m[0].length;
  }
}

/**
 * An article's terms and how much each counts, in the order they first
 * occur. Terms are 32-bit hashes of their text, in typed arrays: an archive
 * of 100,000 articles holds some 20 million of them, which as strings in
 * maps cost a gigabyte, a slow copy from the parsing threads and slow
 * counting. Two terms of a vocabulary of 200,000 share a hash about five
 * times in all, which moves no similarity measurably.
 */
export interface TermCounts {
  terms: Uint32Array;
  counts: Float64Array;
}

export interface ArticleTerms {
  /** Word stems, weighted: what two articles in one language share. */
  words: TermCounts;
  /** Name skeletons and numbers: what two articles share across languages. */
  anchors: TermCounts;
}

function termCounts(map: Map<number, number>): TermCounts {
  return { terms: Uint32Array.from(map.keys()), counts: Float64Array.from(map.values()) };
}

/**
 * Counts an article's terms. Headline words count twice and numbers half as
 * much again: two outlets telling one event share its numbers and the words
 * of its gist even when they share no sentence.
 */
class TermCounter {
  private readonly words = new Map<number, number>();
  private readonly anchors = new Map<number, number>();

  private add(word: WordInfo, weight: number, isName: boolean): void {
    const t = word.term;
    if (!t) return;
    this.words.set(t.stem, (this.words.get(t.stem) ?? 0) + (t.isNumber ? weight * 1.5 : weight));
    const key = t.isNumber ? t.stem : isName ? t.nameKey : null;
    if (key !== null) this.anchors.set(key, (this.anchors.get(key) ?? 0) + weight);
  }

  /** Headlines are often title case, so their capitals say nothing about names. */
  addHeadline(headline: string): void {
    for (const w of headline.match(WORD) ?? []) this.add(wordOf(w), 2, false);
  }

  /** A capitalised word inside a sentence is taken for a name. */
  addBodyWord(word: WordInfo, opensSentence: boolean): void {
    this.add(word, 1, word.capitalised && !opensSentence);
  }

  counts(): ArticleTerms {
    return { words: termCounts(this.words), anchors: termCounts(this.anchors) };
  }
}

/** Everything the archive compares an article by, computed once per file (and cached with its record). */
export interface ArticleFeatures extends ArticleTerms {
  shingles: Uint32Array;
}

/** Hash of the source, headline and body once case and punctuation are gone: equal for exact duplicates. */
export function sameTextKey(record: { source: string | null; headline: string; body: string }): string {
  return createHash('sha256').update(`${record.source ?? ''}\n${foldKey(record.headline)}\n${foldKey(record.body)}`).digest('hex');
}

export function articleFeatures(record: { source: string | null; headline: string; body: string }): ArticleFeatures {
  const counter = new TermCounter();
  counter.addHeadline(record.headline);
  const hashes: number[] = [];
  scanWords(plainText(record.body), (word, opensSentence) => {
    hashes.push(word.hash);
    counter.addBodyWord(word, opensSentence);
  });
  return { shingles: shinglesOf(hashes), ...counter.counts() };
}
