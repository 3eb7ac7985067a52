/** How dates and certainties read on the pages (luxon, fixed English locale for stable output). */
import { DateTime } from 'luxon';
import type { DateCertainty } from '../parse/types.ts';

// Listings show the same few thousand days again and again, and luxon takes some 10 µs a date:
// at 100,000 articles that was 9 s of a build. Bounded, as days are few but input is untrusted.
const dayLabels = new Map<string, string>();
const DAY_LABELS_LIMIT = 50_000;

export function formatDay(iso: string): string {
  let label = dayLabels.get(iso);
  if (label === undefined) {
    label = DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB').toFormat('d LLLL yyyy');
    if (dayLabels.size >= DAY_LABELS_LIMIT) dayLabels.clear();
    dayLabels.set(iso, label);
  }
  return label;
}

export function formatMonth(year: number, month: number): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: 'utc' }).setLocale('en-GB').toFormat('LLLL yyyy');
}

export function certaintyLabel(c: DateCertainty): string {
  return { explicit: 'date given in the text', inferred: 'date inferred', bound: 'published on or before', none: 'date unknown' }[c];
}
