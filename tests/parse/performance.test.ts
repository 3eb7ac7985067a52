import { describe, it, expect } from 'vitest';
import { parseArticle } from '../../src/parse/article.ts';

// Huge inputs must still give a well-formed record (a regex that backtracks
// would hang here and hit the test timeout). Speed itself is measured by
// tests/bench/pathological.ts, not asserted.
describe('large inputs', () => {
  it('parses a 1 MB single line into one paragraph', () => {
    const text = 'Published: ©© (c) By NOV 20 2019 a, b; '.repeat(26_000);
    const record = parseArticle(text, { file: 'input.txt' });
    expect(record.body.length).toBeGreaterThan(0);
    expect(record.warnings.every((w) => typeof w.rule === 'string')).toBe(true);
  });
  it('keeps the paragraphs of a 10k-line page', () => {
    const lines = Array.from({ length: 10_000 }, (_, k) => (k % 3 === 0 ? `Teaser title number ${k} for the list` : `Paragraph ${k} says the council voted on the wall and the work begins in spring.`));
    const record = parseArticle(lines.join('\n'), { file: 'input.txt' });
    expect(record.body).toContain('Paragraph 5000 says the council voted');
  });
}, 60_000);
