/** How dates and certainties read on the pages (luxon, fixed English locale for stable output). */
import { DateTime } from 'luxon';
import type { DateCertainty } from '../parse/types.ts';

export function formatDay(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB').toFormat('d LLLL yyyy');
}

export function formatMonth(year: number, month: number): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: 'utc' }).setLocale('en-GB').toFormat('LLLL yyyy');
}

export function certaintyLabel(c: DateCertainty): string {
  return c === 'explicit' ? 'date given in the text' : c === 'inferred' ? 'date inferred' : 'date unknown';
}
