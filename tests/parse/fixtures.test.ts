/**
 * Fixture-driven checks of the parser: each folder of tests/fixtures holds a
 * small fictional page (input.txt) and the fields that case is about
 * (expected.json). Fields left out of expected.json are not checked.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArticle } from '../../src/parse/article.ts';
import { OutletRegistry } from '../../src/outlets/registry.ts';
import type { DateCertainty } from '../../src/parse/types.ts';
import { DATE_RULES } from '../../src/parse/fields/date.ts';
import { HEADLINE_RULES } from '../../src/parse/fields/headline.ts';
import { SOURCE_RULES } from '../../src/parse/fields/source.ts';

interface Expected {
  /** Path handed to the parser; a folder in it names the outlet. */
  file?: string;
  headline?: string;
  dek?: string | null;
  source?: string | null;
  credit?: string | null;
  date?: string | null;
  dateCertainty?: DateCertainty;
  /** "--MM-DD" where the page gives a day but no year. */
  dayWithoutYear?: string | null;
  lang?: string | null;
  url?: string | null;
  captured?: string | null;
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  /** How many times each text must appear in the body. */
  bodyCounts?: Record<string, number>;
}

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
// A fixed registry, so the cases do not move when the built-in one grows.
// Kestran Herald is a fictional outlet for the cases that need a publisher that is not a wire; Velgrad Press Agency a fictional wire.
const registry = new OutletRegistry([
  { name: 'Reuters', kind: 'wire', dateline: ['Reuters'], domains: ['reuters.com'] },
  { name: 'Kestran Herald', kind: 'outlet', domains: ['kestranherald.example'] },
  { name: 'Velgrad Press Agency', aliases: ['ВПА', 'VPA'], kind: 'wire', dateline: ['VPA', 'Velgrad Press'], telltales: ['Facts first, since 1921'] },
  // A British paper, for the cases on the order its country writes all-number days in.
  { name: 'Harlow Evening Star', kind: 'outlet', country: 'GB', domains: ['harlowstar.example'] },
  // Sites named by one capitalised word: a coined one and an everyday one, for the cases on logos and section labels.
  { name: 'Quillmark', kind: 'outlet', domains: ['quillmark.example'] },
  { name: 'Beacon', kind: 'outlet', domains: ['beacon.example'] },
]);

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('parser fixtures', () => {
  /** The rules that gave a field in some case. */
  const decidedBy = new Set<string>();
  for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    it(name, () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
      const record = parseArticle(input, { file: expected.file ?? 'input.txt', registry });
      for (const evidence of Object.values(record.evidence)) if (evidence) decidedBy.add(evidence.rule);
      const { file: _file, bodyIncludes, bodyExcludes, bodyCounts, ...fields } = expected;
      for (const [key, value] of Object.entries(fields)) expect(record[key as keyof typeof record], key).toEqual(value);
      for (const text of bodyIncludes ?? []) expect(record.body, 'body includes').toContain(text);
      for (const text of bodyExcludes ?? []) expect(record.body, 'body excludes').not.toContain(text);
      for (const [text, times] of Object.entries(bodyCounts ?? {})) expect(count(record.body, text), `times: ${text.slice(0, 30)}`).toBe(times);
    });
  }

  // Runs after the cases above (tests in a file run in order): a rule no case reaches is a rule no case checks.
  it('has a case decided by each rule of the headline, source and date tables', () => {
    const rules = [...HEADLINE_RULES, ...SOURCE_RULES, ...DATE_RULES].map((r) => r.name);
    expect(rules.filter((rule) => !decidedBy.has(rule))).toEqual([]);
  });
});
