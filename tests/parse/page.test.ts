import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/parse/page.ts';

describe('foldKey', () => {
  it.each([
    ["Don't STOP—now!", 'don t stop now'],
    ['  Édition spéciale : Москва, 2019 ', 'édition spéciale москва 2019'],
    // A combining accent is a mark, not a letter: it parts the word as any other mark does.
    ['e\u0301te', 'e te'],
    ['日本の新聞', '日本の新聞'],
    ['١٢٣ — 45', '١٢٣ 45'],
    // Letters outside the Basic Multilingual Plane are letters; an emoji is not.
    ['𝐀𝐁 test', '𝐀𝐁 test'],
    ['a😀b', 'a b'],
    ['...', ''],
  ])('%j -> %j', (text, key) => {
    expect(foldKey(text)).toBe(key);
  });

  it('keeps every run of letters and digits, in lower case, one space apart, for any text', () => {
    const chars = fc.constantFrom('a', 'Z', '0', ' ', '-', '_', 'é', 'İ', 'ß', 'я', '日', '\u0301', '\u00a0', '’', '\u{1D400}', '\u{1F600}', '\uD800');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(foldKey(text)).toBe(text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '');
      }),
    );
  });
});
