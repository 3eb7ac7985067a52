/**
 * Stories: articles from any outlet about one event. Each article is a
 * TF-IDF vector over its headline and body; articles are taken oldest first
 * and each joins the story whose centroid it is most similar to, if that
 * story began within a few days of it — so a later event in the same place,
 * with the same people, starts a story of its own. An article in a language
 * the story has no article in is compared by what survives translation:
 * names (by consonant skeleton) and numbers. Undated articles join only on
 * stronger similarity, and only stories of the right week when they give a
 * day without its year. Copies always share their original's story.
 */
import type { TermCounts } from './text-features.ts';

export interface StoryOptions {
  /** Days after a story's first article in which an article may still join it. */
  windowDays: number;
  /** Cosine similarity of words to a story's centroid needed to join it. */
  threshold: number;
  /** The same for an undated article, which has no date to narrow the choice. */
  undatedThreshold: number;
  /** Cosine similarity of names and numbers needed to join a story in another language. */
  crossLanguageThreshold: number;
}

/**
 * Tuned on tests/stories/labelled (npm run bench:stories): each value sits
 * inside the range where no two events merge and recall stays above 0.95
 * (threshold 0.20–0.26, undated 0.15–0.28, cross-language 0.10–0.40).
 */
export const STORY_OPTIONS: StoryOptions = { windowDays: 4, threshold: 0.22, undatedThreshold: 0.25, crossLanguageThreshold: 0.3 };

export interface StoryInput {
  /** ISO day or null. */
  date: string | null;
  /** For an undated article, a day it gives without its year ("--02-26"). */
  dayWithoutYear: string | null;
  lang: string | null;
  words: TermCounts;
  anchors: TermCounts;
  /** Index of the article this one is a copy of, if any. */
  copyOf: number | null;
}

/** A sparse vector: term numbers and their weights. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Term hash -> the number of its first sight, by open addressing in typed
 * arrays: millions of lookups without an object per entry.
 */
class TermNumbers {
  private keys = new Uint32Array(1 << 16);
  private numbers = new Int32Array(1 << 16).fill(-1);
  size = 0;

  /** The number of `term`, the next one if it is new. */
  numberOf(term: number): number {
    const mask = this.keys.length - 1;
    // Terms are mixed hashes: their low bits are as good as any.
    let i = term & mask;
    while (this.numbers[i] !== -1) {
      if (this.keys[i] === term) return this.numbers[i]!;
      i = (i + 1) & mask;
    }
    this.keys[i] = term;
    this.numbers[i] = this.size++;
    if (this.size * 2 > this.keys.length) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const [keys, numbers] = [this.keys, this.numbers];
    this.keys = new Uint32Array(keys.length * 2);
    this.numbers = new Int32Array(keys.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let k = 0; k < keys.length; k++) {
      if (numbers[k] === -1) continue;
      let i = keys[k]! & mask;
      while (this.numbers[i] !== -1) i = (i + 1) & mask;
      this.keys[i] = keys[k]!;
      this.numbers[i] = numbers[k]!;
    }
  }
}

/**
 * TF-IDF vectors of unit length, terms numbered densely (kept terms in the
 * order they are first met). Terms no other article has count in the
 * length but are not kept.
 */
function vectors(items: TermCounts[]): { vectors: Vector[]; termCount: number } {
  // A term is first numbered by its first sight, which counts its articles, then, if kept, among the kept terms.
  const seen = new TermNumbers();
  const df: number[] = [];
  for (const { terms } of items)
    for (let k = 0; k < terms.length; k++) {
      const first = seen.numberOf(terms[k]!);
      if (first === df.length) df.push(1);
      else df[first]!++;
    }
  const kept = new Int32Array(df.length).fill(-1);
  let termCount = 0;
  const weightOf = new Float64Array(df.length);
  const n = items.length;
  const result = items.map(({ terms, counts }) => {
    const ids: number[] = [];
    let norm = 0;
    for (let k = 0; k < terms.length; k++) {
      const first = seen.numberOf(terms[k]!);
      const d = df[first]!;
      const w = (1 + Math.log(counts[k]!)) * Math.log(1 + n / d);
      norm += w * w;
      if (d < 2) continue;
      let id = kept[first]!;
      if (id < 0) kept[first] = id = termCount++;
      ids.push(id);
      weightOf[id] = w;
    }
    norm = Math.sqrt(norm) || 1;
    // Sorted by term number, so two vectors meet in one pass.
    const sorted = Int32Array.from(ids).sort();
    return { terms: sorted, weights: Float64Array.from(sorted, (id) => weightOf[id]! / norm) };
  });
  return { vectors: result, termCount };
}

/**
 * A vector spread over an array indexed by term number, so that comparing
 * it with many vectors costs one lookup per term of each: a dated article
 * is compared with every story of the last few days.
 */
class Scattered {
  readonly weights: Float64Array;
  private current: Vector | null = null;
  constructor(termCount: number) {
    this.weights = new Float64Array(termCount);
  }

  /** Holds `v` (and no longer the vector it held). */
  hold(v: Vector): void {
    if (this.current) for (const term of this.current.terms) this.weights[term] = 0;
    for (let k = 0; k < v.terms.length; k++) this.weights[v.terms[k]!] = v.weights[k]!;
    this.current = v;
  }
}

/** Dot product of two vectors whose terms are sorted. */
function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const [x, y] = [a.terms[i]!, b.terms[j]!];
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * The sum of a story's vectors. Most stories keep one article: such a
 * centroid is that article's vector itself, and a map of summed weights is
 * made only when a second article joins (at 100,000 articles the maps of
 * lone articles would not fit in memory).
 */
class Centroid {
  private single: Vector | null = null;
  private sum: Map<number, number> | null = null;
  /** Squared length of the sum, kept up to date term by term. */
  private squared = 0;

  add(v: Vector): void {
    if (this.single === null && this.sum === null) {
      this.single = v;
      this.squared = dot(v, v);
      return;
    }
    if (this.single) {
      this.sum = new Map();
      for (let k = 0; k < this.single.terms.length; k++) this.sum.set(this.single.terms[k]!, this.single.weights[k]!);
      this.single = null;
    }
    for (let k = 0; k < v.terms.length; k++) {
      const [term, w] = [v.terms[k]!, v.weights[k]!];
      const old = this.sum!.get(term) ?? 0;
      this.sum!.set(term, old + w);
      this.squared += w * (2 * old + w);
    }
  }

  /** Cosine similarity to `v`, which `scattered` holds. */
  similarity(v: Vector, scattered: Scattered): number {
    let d = 0;
    if (this.single) {
      // The products and sums of dot(), in the same order: terms v lacks add zeros.
      const { terms, weights } = this.single;
      const spread = scattered.weights;
      for (let k = 0; k < terms.length; k++) d += weights[k]! * spread[terms[k]!]!;
    } else for (let k = 0; k < v.terms.length; k++) d += v.weights[k]! * (this.sum!.get(v.terms[k]!) ?? 0);
    return d / (Math.sqrt(this.squared) || 1);
  }

  /** The heaviest terms of the sum. */
  top(n: number): number[] {
    const entries: Array<[number, number]> = this.single ? [...this.single.terms].map((t, k) => [t, this.single!.weights[k]!]) : [...this.sum!];
    return entries
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, n)
      .map(([term]) => term);
  }
}

class Story {
  readonly words = new Centroid();
  readonly anchors = new Centroid();
  readonly langs = new Set<string>();
  constructor(
    readonly id: number,
    readonly firstDay: number | null,
  ) {}
}

const MAX_POSTING = 1000;
/** Terms of each story the undated articles' lookup indexes. */
const INDEXED_TERMS = 40;
const CANDIDATES = 20;

const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** Could "--MM-DD" in some year fall within `window` days of `day`? */
function fitsDay(monthDay: string, day: number, window: number): boolean {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  return [year - 1, year, year + 1].some((y) => {
    const candidate = Date.parse(`${y}-${monthDay.slice(2)}T00:00:00Z`);
    return !Number.isNaN(candidate) && Math.abs(candidate / 86_400_000 - day) <= window;
  });
}

/**
 * Story number of each item. `items` must be in timeline order (oldest
 * first, undated last); story numbers follow the order in which stories start.
 */
export function clusterStories(items: StoryInput[], options: StoryOptions = STORY_OPTIONS): number[] {
  const { vectors: words, termCount: wordCount } = vectors(items.map((i) => i.words));
  const { vectors: anchors, termCount: anchorCount } = vectors(items.map((i) => i.anchors));
  // The item being placed, spread out for comparison with many stories.
  const itemWords = new Scattered(wordCount);
  const itemAnchors = new Scattered(anchorCount);
  const storyOf = new Array<number>(items.length).fill(-1);
  const stories: Story[] = [];
  // Stories that can still take a dated article, oldest first.
  let open: Story[] = [];
  // Term -> stories using it among their heaviest terms, so an undated article is compared only
  // with stories it shares a term with. Made when the first undated article comes (they come last).
  let byTerm: Map<number, Set<Story>> | null = null;
  const index = (story: Story) => {
    for (const [offset, centroid] of [[0, story.words], [1, story.anchors]] as const) {
      for (const id of centroid.top(INDEXED_TERMS)) {
        // Word and anchor numbers are counted apart: even keys for words, odd for anchors.
        const term = id * 2 + offset;
        const set = byTerm!.get(term) ?? new Set<Story>();
        byTerm!.set(term, set);
        set.add(story);
      }
    }
  };
  /**
   * The stories sharing the most telling terms with the article (by the
   * article's weight of the shared terms), at most CANDIDATES of them, in the
   * order they started: the exact comparison then runs on few stories.
   */
  const sharing = (i: number): Story[] => {
    if (byTerm === null) {
      byTerm = new Map();
      for (const story of stories) index(story);
    }
    const shared = new Map<Story, number>();
    for (const [offset, v] of [[0, words[i]!], [1, anchors[i]!]] as const) {
      for (let k = 0; k < v.terms.length; k++) {
        const w = v.weights[k]!;
        const set = byTerm.get(v.terms[k]! * 2 + offset);
        // A term in very many stories says little about which one this is.
        if (set && set.size <= MAX_POSTING) for (const story of set) shared.set(story, (shared.get(story) ?? 0) + w);
      }
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || a[0].id - b[0].id)
      .slice(0, CANDIDATES)
      .map(([story]) => story)
      .sort((a, b) => a.id - b.id);
  };

  const join = (i: number, story: Story) => {
    storyOf[i] = story.id;
    story.words.add(words[i]!);
    story.anchors.add(anchors[i]!);
    if (byTerm) index(story);
    const lang = items[i]!.lang;
    if (lang) story.langs.add(lang);
  };
  const start = (index: number, day: number | null) => {
    const story = new Story(stories.length, day);
    stories.push(story);
    if (day !== null) open.push(story);
    join(index, story);
  };
  /** How far above its threshold the item is for this story (negative: below). */
  const margin = (story: Story, index: number, threshold: number): number => {
    const lang = items[index]!.lang;
    return lang === null || story.langs.size === 0 || story.langs.has(lang)
      ? story.words.similarity(words[index]!, itemWords) - threshold
      : story.anchors.similarity(anchors[index]!, itemAnchors) - options.crossLanguageThreshold;
  };
  const best = (candidates: Story[], index: number, threshold: number): Story | null => {
    let found: Story | null = null;
    let top = 0;
    for (const story of candidates) {
      const m = margin(story, index, threshold);
      if (m >= top) {
        top = m;
        found = story;
      }
    }
    return found;
  };

  items.forEach((item, index) => {
    const copied = item.copyOf;
    if (copied !== null && storyOf[copied]! >= 0) return join(index, stories[storyOf[copied]!]!);
    itemWords.hold(words[index]!);
    itemAnchors.hold(anchors[index]!);
    if (item.date === null) {
      // A day without a year still rules out stories from other weeks.
      const shared = sharing(index);
      const candidates = item.dayWithoutYear ? shared.filter((s) => s.firstDay !== null && fitsDay(item.dayWithoutYear!, s.firstDay, options.windowDays)) : shared;
      const story = best(candidates, index, options.undatedThreshold);
      return story ? join(index, story) : start(index, null);
    }
    const day = dayNumber(item.date);
    open = open.filter((s) => s.firstDay! >= day - options.windowDays);
    const story = best(open, index, options.threshold);
    return story ? join(index, story) : start(index, day);
  });
  return storyOf;
}
