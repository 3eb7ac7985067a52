/**
 * Republished copies: the same body under another outlet's header, footer or
 * headline, with small edits. Candidates come from bottom-k MinHash sketches
 * of five-word shingles through an inverted index, so the cost grows with the
 * archive, not with its square; each candidate is then checked on the full
 * shingle sets.
 */
import { bottomK, overlap } from './text-features.ts';

const SKETCH = 32;
/** Sketch values shared before a pair is worth checking; unrelated texts share about none. */
const MIN_SHARED = 6;
/** Share of the shorter text's shingles found in the longer: a trimmed or lightly edited copy keeps most. */
export const COPY_CONTAINMENT = 0.6;
/** Too short to tell a copy from a shared quote. */
const MIN_SHINGLES = 20;
/** A shingle in this many articles is shared furniture, not evidence of copying. */
const MAX_POSTING = 50;

export interface CopyPair {
  /** Indexes into the input, earlier < later. */
  earlier: number;
  later: number;
  containment: number;
}

/** Every pair of texts where one is a copy of the other, in input order. */
export function findCopies(shingles: Uint32Array[]): CopyPair[] {
  const postings = new Map<number, number[]>();
  const pairs: CopyPair[] = [];
  shingles.forEach((set, later) => {
    if (set.length < MIN_SHINGLES) return;
    const sketch = bottomK(set, SKETCH);
    const shared = new Map<number, number>();
    for (const value of sketch) {
      const list = postings.get(value);
      if (!list) {
        postings.set(value, [later]);
        continue;
      }
      if (list.length < MAX_POSTING) for (const earlier of list) shared.set(earlier, (shared.get(earlier) ?? 0) + 1);
      list.push(later);
    }
    for (const [earlier, count] of [...shared].sort((a, b) => a[0] - b[0])) {
      if (count < MIN_SHARED) continue;
      const other = shingles[earlier]!;
      const containment = overlap(set, other) / Math.min(set.length, other.length);
      if (containment >= COPY_CONTAINMENT) pairs.push({ earlier, later, containment });
    }
  });
  return pairs;
}
