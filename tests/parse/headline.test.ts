/** The title bar's site name taken off a headline (src/parse/fields/headline.ts). */
import { describe, expect, it } from 'vitest';
import { withoutSiteName } from '../../src/parse/fields/headline.ts';

const names = ['The Kestran Herald', 'Kestran Herald'];

describe('withoutSiteName', () => {
  it.each([
    ['Seawall approved after two years | Kestran Herald', 'Seawall approved after two years'],
    ['Seawall approved after two years - The Kestran Herald', 'Seawall approved after two years'],
    ['KESTRAN HERALD — Seawall approved after two years', 'Seawall approved after two years'],
  ])('takes the site name off %s', (headline, title) => {
    expect(withoutSiteName(headline, names)).toBe(title);
  });

  it.each([
    'Kestran Herald-owned radio station changes hands',
    'Kestran Herald wins regional press award',
    'Kestran Herald | Home',
  ])('leaves a headline that is about the site, or only its name, alone: %s', (headline) => {
    expect(withoutSiteName(headline, names)).toBe(headline);
  });
});
