/**
 * What the archive compares articles by: word shingles (for copies of one
 * text) and weighted terms (for different texts about one event). Both are
 * read from the cleaned body the parser wrote, so menus, bylines and footers
 * that differ between two copies of a wire story do not count.
 */
import transliterate from '@sindresorhus/transliterate';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Parser Markdown -> plain text: escapes and emphasis marks go, words stay. */
export function plainText(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1').replace(/[*_`#>]/g, ' ');
}

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** 32-bit FNV-1a of a string, finished with murmur3's mixer so low bits are usable. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const SHINGLE_WORDS = 5;

/** Distinct hashes of every run of five words: two copies of one text share most of them. */
export function shingleHashes(tokens: string[]): Uint32Array {
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) set.add(hash32(tokens.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(set).sort();
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

export interface TermCounts {
  /** term -> weight before IDF */
  counts: Map<string, number>;
}

/**
 * Headline and body -> term weights. Names (capitalised inside a sentence),
 * numbers and headline words count extra: they are what two outlets telling
 * the same event share even when they share no sentence.
 */
export function termCounts(headline: string, body: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (raw: string, weight: number) => {
    const ascii = /^[\x00-\x7f]*$/.test(raw) ? raw : transliterate(raw);
    const term = ascii.toLowerCase().replace(/['’].*$/, '');
    if (/^\d+$/.test(term) ? term.length < 2 : term.length < 3) return;
    if (STOPWORDS.has(term)) return;
    const stem = /^\d/.test(term) ? term : term.slice(0, STEM);
    counts.set(stem, (counts.get(stem) ?? 0) + weight);
  };
  for (const w of headline.match(WORD) ?? []) add(w, 2);
  for (const sentence of body.split(/(?<=[.!?])\s+|\n+/)) {
    const ws = sentence.match(WORD) ?? [];
    ws.forEach((w, i) => add(w, i > 0 && /^\p{Lu}/u.test(w) ? 2 : /^\d/.test(w) ? 1.5 : 1));
  }
  return counts;
}
