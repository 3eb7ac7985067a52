/**
 * Stories: articles from any outlet about one event. Each article is a
 * TF-IDF vector over its headline and body (names, numbers and headline words
 * weighted up); articles are taken oldest first and each joins the story
 * whose centroid it is most similar to, if that story began within a few days
 * of it — so a later event in the same place, with the same people, starts a
 * story of its own. Undated articles join only on much stronger similarity.
 * Copies always share their original's story.
 */

export interface StoryOptions {
  /** Days after a story's first article in which an article may still join it. */
  windowDays: number;
  /** Cosine similarity to a story's centroid needed to join it. */
  threshold: number;
  /** The same for an undated article, which has no date to narrow the choice. */
  undatedThreshold: number;
}

export const STORY_OPTIONS: StoryOptions = { windowDays: 4, threshold: 0.2, undatedThreshold: 0.35 };

export interface StoryInput {
  /** ISO day or null. */
  date: string | null;
  terms: Map<string, number>;
  /** Index of the article this one is a copy of, if any. */
  copyOf: number | null;
}

type Vector = Map<string, number>;

function vectors(items: StoryInput[]): Vector[] {
  const df = new Map<string, number>();
  for (const item of items) for (const term of item.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = items.length;
  return items.map((item) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [term, count] of item.terms) {
      const d = df.get(term)!;
      const w = (1 + Math.log(count)) * Math.log(1 + n / d);
      norm += w * w;
      // A term only this article has cannot link it to anything: it counts in the norm but is not kept.
      if (d > 1) v.set(term, w);
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / norm);
    return v;
  });
}

class Story {
  readonly centroid: Vector = new Map();
  private norm = 0;
  constructor(readonly id: number, readonly firstDay: number | null) {}

  add(v: Vector): void {
    for (const [term, w] of v) this.centroid.set(term, (this.centroid.get(term) ?? 0) + w);
    let sum = 0;
    for (const w of this.centroid.values()) sum += w * w;
    this.norm = Math.sqrt(sum) || 1;
  }

  similarity(v: Vector): number {
    let dot = 0;
    for (const [term, w] of v) dot += w * (this.centroid.get(term) ?? 0);
    return dot / this.norm;
  }
}

const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/**
 * Story number of each item. `items` must be in timeline order (oldest
 * first, undated last); story numbers follow the order in which stories start.
 */
export function clusterStories(items: StoryInput[], options: StoryOptions = STORY_OPTIONS): number[] {
  const vs = vectors(items);
  const storyOf = new Array<number>(items.length).fill(-1);
  const stories: Story[] = [];
  // Stories that can still take a dated article, oldest first.
  let open: Story[] = [];

  const join = (index: number, story: Story) => {
    storyOf[index] = story.id;
    story.add(vs[index]!);
  };
  const start = (index: number, day: number | null) => {
    const story = new Story(stories.length, day);
    stories.push(story);
    if (day !== null) open.push(story);
    join(index, story);
  };
  const best = (candidates: Story[], v: Vector, threshold: number): Story | null => {
    let found: Story | null = null;
    let score = threshold;
    for (const story of candidates) {
      const s = story.similarity(v);
      if (s >= score) {
        score = s;
        found = story;
      }
    }
    return found;
  };

  items.forEach((item, index) => {
    const copied = item.copyOf;
    if (copied !== null && storyOf[copied]! >= 0) return join(index, stories[storyOf[copied]!]!);
    if (item.date === null) {
      const story = best(stories, vs[index]!, options.undatedThreshold);
      return story ? join(index, story) : start(index, null);
    }
    const day = dayNumber(item.date);
    open = open.filter((s) => s.firstDay! >= day - options.windowDays);
    const story = best(open, vs[index]!, options.threshold);
    return story ? join(index, story) : start(index, day);
  });
  return storyOf;
}
