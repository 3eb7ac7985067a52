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
  words: Map<string, number>;
  anchors: Map<string, number>;
  /** Index of the article this one is a copy of, if any. */
  copyOf: number | null;
}

/** A sparse vector: term numbers and their weights. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * TF-IDF vectors of unit length, terms numbered (comparing numbers is much
 * cheaper than comparing strings). Terms no other article has count in the
 * length but are not kept.
 */
function vectors(terms: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const t of terms) for (const term of t.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const numbers = new Map<string, number>();
  const n = terms.length;
  return terms.map((t) => {
    const ids: number[] = [];
    const ws: number[] = [];
    let norm = 0;
    for (const [term, count] of t) {
      const d = df.get(term)!;
      const w = (1 + Math.log(count)) * Math.log(1 + n / d);
      norm += w * w;
      if (d < 2) continue;
      let id = numbers.get(term);
      if (id === undefined) numbers.set(term, (id = numbers.size));
      ids.push(id);
      ws.push(w);
    }
    norm = Math.sqrt(norm) || 1;
    // Sorted by term number, so two vectors meet in one pass.
    const order = ids.map((_, k) => k).sort((a, b) => ids[a]! - ids[b]!);
    return { terms: Int32Array.from(order, (k) => ids[k]!), weights: Float64Array.from(order, (k) => ws[k]! / norm) };
  });
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

  similarity(v: Vector): number {
    let d = 0;
    if (this.single) d = dot(this.single, v);
    else for (let k = 0; k < v.terms.length; k++) d += v.weights[k]! * (this.sum!.get(v.terms[k]!) ?? 0);
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
  const words = vectors(items.map((i) => i.words));
  const anchors = vectors(items.map((i) => i.anchors));
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
      ? story.words.similarity(words[index]!) - threshold
      : story.anchors.similarity(anchors[index]!) - options.crossLanguageThreshold;
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
