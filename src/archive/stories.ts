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

type Vector = Map<string, number>;

/** TF-IDF vectors of unit length; terms no other article has count in the length but are not kept. */
function vectors(terms: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const t of terms) for (const term of t.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = terms.length;
  return terms.map((t) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [term, count] of t) {
      const d = df.get(term)!;
      const w = (1 + Math.log(count)) * Math.log(1 + n / d);
      norm += w * w;
      if (d > 1) v.set(term, w);
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / norm);
    return v;
  });
}

class Centroid {
  private readonly sum: Vector = new Map();
  private norm = 1;

  add(v: Vector): void {
    for (const [term, w] of v) this.sum.set(term, (this.sum.get(term) ?? 0) + w);
    let total = 0;
    for (const w of this.sum.values()) total += w * w;
    this.norm = Math.sqrt(total) || 1;
  }

  similarity(v: Vector): number {
    let dot = 0;
    for (const [term, w] of v) dot += w * (this.sum.get(term) ?? 0);
    return dot / this.norm;
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

  const join = (index: number, story: Story) => {
    storyOf[index] = story.id;
    story.words.add(words[index]!);
    story.anchors.add(anchors[index]!);
    const lang = items[index]!.lang;
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
      const candidates = item.dayWithoutYear ? stories.filter((s) => s.firstDay !== null && fitsDay(item.dayWithoutYear!, s.firstDay, options.windowDays)) : stories;
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
