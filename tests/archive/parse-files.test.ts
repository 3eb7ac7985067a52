/** Parsing spread over a worker thread and this one gives exactly what parsing in one thread gives. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ParsePool, parseJobs, type ParseJob } from '../../src/archive/parse-files.ts';

/** JSON that keeps Maps and typed arrays, which plain JSON would flatten to {}. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? { map: [...v] } : ArrayBuffer.isView(v) ? { typed: [...(v as Uint32Array)] } : v));

const PLACES = ['Arvel', 'Dunmere', 'Kestra', 'Lisk', 'Marrow Bay', 'Olsby', 'Tallmere', 'Velgrad'];

function job(k: number): ParseJob {
  const place = PLACES[k % PLACES.length]!;
  const text =
    k % 97 === 0
      ? '\u0000\u0001binary\u0000'
      : `The ${place} Courier\nCouncil in ${place} approves budget number ${k}\nBy Staff\nMarch ${1 + (k % 28)}, 2024\nThe council in ${place} approved spending plan ${k} on Tuesday after a long debate about harbour repairs and school buses.\nCouncillor Ada Brenn said the plan would keep the ferry running through winter and repair ${k % 13} bridges.\n© 2024 The ${place} Courier\n`;
  const bytes = new TextEncoder().encode(text);
  return { file: `council-${k}.txt`, bytes, contentHash: createHash('sha256').update(bytes).digest('hex') };
}

describe('parseJobs', () => {
  it('returns the same outcomes, in the same order, from two threads as from one', async () => {
    const jobs = Array.from({ length: 900 }, (_, k) => job(k));
    const progress: number[] = [];
    const pool = new ParsePool({ userOutlets: [], threads: 2, onProgress: (n) => progress.push(n) });
    for (const j of jobs) pool.add(j);
    const threaded = await pool.finish();
    // Both threads took part: the worker and this one.
    expect(pool.parsedByWorkers).toBeGreaterThan(0);
    expect(pool.parsedByWorkers).toBeLessThan(jobs.length);
    const single = await parseJobs(jobs, { userOutlets: [], threads: 1 });
    expect(threaded.map((o) => o.file)).toEqual(jobs.map((j) => j.file));
    expect(threaded.filter((o) => o.status === 'rejected').length).toBeGreaterThan(5);
    for (let k = 0; k < jobs.length; k++) expect(canonical(threaded[k]), jobs[k]!.file).toBe(canonical(single[k]));
    expect(progress[progress.length - 1]).toBe(900);
  }, 120_000);
});
