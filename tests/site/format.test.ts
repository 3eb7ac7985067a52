/** How dates read on the pages: fixed English, the same label however often a day is shown. */
import { describe, expect, it } from 'vitest';
import { certaintyLabel, formatDay, formatMonth } from '../../src/site/format.ts';

describe('formatDay', () => {
  it('writes the day, the month in English and the year', () => {
    expect(formatDay('2024-03-09')).toBe('9 March 2024');
    expect(formatDay('1999-12-31')).toBe('31 December 1999');
  });

  it('gives each day its own label when many days are shown', () => {
    const labels = new Set<string>();
    for (let day = 1; day <= 28; day++) for (const month of ['01', '02']) labels.add(formatDay(`2025-${month}-${String(day).padStart(2, '0')}`));
    expect(labels.size).toBe(56);
    expect(formatDay('2025-02-14')).toBe('14 February 2025');
  });
});

describe('formatMonth and certaintyLabel', () => {
  it('name the month and say how a date was found', () => {
    expect(formatMonth(2023, 11)).toBe('November 2023');
    expect(certaintyLabel('inferred')).toBe('date inferred');
  });
});
