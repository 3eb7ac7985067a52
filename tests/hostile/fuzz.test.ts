/**
 * Fuzzing the parser: thousands of random and mutated byte strings go
 * through parseFile (the same call `dateline build` makes for every file),
 * which must return a well-formed record or a reported problem — never
 * throw, never hang (a hang fails on the test timeout). Inputs: raw random
 * bytes, random Unicode, article-shaped text built from hostile pieces in
 * several encodings, and byte-level mutations of the hostile catalogue.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parseFile, type ParsedFile } from '../../src/parse/article.ts';
import { decode } from '../../src/parse/decode.ts';
import type { Evidence, Problem } from '../../src/parse/types.ts';
import { CASES } from './catalogue.ts';

const TIMEOUT = 120_000;
const SEVERITIES = new Set(['error', 'warning', 'info']);
const CERTAINTIES = new Set(['explicit', 'inferred', 'bound', 'none']);

/** Why a problem is not well-formed, or null. */
function badProblem(p: Problem, lines: number): string | null {
  if (!SEVERITIES.has(p.severity)) return `severity ${p.severity}`;
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(p.rule)) return `rule ${p.rule}`;
  if (typeof p.message !== 'string' || p.message.trim().length < 10) return `message ${p.message}`;
  if (p.line !== undefined && !(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines)) return `${p.rule}: line ${p.line} of ${lines}`;
  return null;
}

function badEvidence(name: string, e: Evidence, lines: number): string | null {
  if (typeof e.rule !== 'string' || !e.rule) return `${name} evidence rule`;
  if (e.line !== null && !(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines)) return `${name} evidence line ${e.line} of ${lines}`;
  if (e.text !== null && typeof e.text !== 'string') return `${name} evidence text`;
  if (!(e.confidence >= 0 && e.confidence <= 1)) return `${name} confidence ${e.confidence}`;
  return null;
}

function isDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

const isText = (v: unknown): boolean => typeof v === 'string' && !v.includes('\0');
const isOptionalText = (v: unknown): boolean => v === null || (isText(v) && (v as string).trim() !== '');

/** Everything wrong with a parse result; empty for a well-formed record or a well-formed refusal. */
function malformed(result: ParsedFile, bytes: Uint8Array, file: string): string[] {
  const wrong: string[] = [];
  if (!result.ok) {
    if (result.problems.length === 0) wrong.push('refused without a problem');
    if (!result.problems.some((p) => p.severity === 'error')) wrong.push('refused without an error');
    // A refused file may not decode at all; lines are checked only loosely.
    for (const p of result.problems) {
      const why = badProblem(p, Number.MAX_SAFE_INTEGER);
      if (why) wrong.push(why);
    }
    return wrong;
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return ['published a file that does not decode'];
  const lines = decoded.text.split('\n').length;
  const r = result.record;
  if (r.file !== file) wrong.push(`file ${r.file}`);
  if (!isText(r.headline) || r.headline.trim() === '') wrong.push(`headline ${JSON.stringify(r.headline)}`);
  for (const k of ['dek', 'source', 'credit', 'lang', 'author', 'url', 'captured'] as const) {
    if (!isOptionalText(r[k])) wrong.push(`${k} ${JSON.stringify(r[k])}`);
  }
  if (r.date !== null && !isDay(r.date)) wrong.push(`date ${r.date}`);
  if (r.captured !== null && !isDay(r.captured)) wrong.push(`captured ${r.captured}`);
  if (!CERTAINTIES.has(r.dateCertainty)) wrong.push(`dateCertainty ${r.dateCertainty}`);
  if ((r.date === null) !== (r.dateCertainty === 'none')) wrong.push(`date ${r.date} with certainty ${r.dateCertainty}`);
  if (!Array.isArray(r.tags) || !r.tags.every((t) => isText(t) && t.trim() !== '')) wrong.push(`tags ${JSON.stringify(r.tags)}`);
  if (!isText(r.body)) wrong.push('body');
  if (r.body.trim() === '' && r.evidence.headline.text === null) wrong.push('published with neither body nor headline');
  for (const p of r.warnings) {
    const why = badProblem(p, lines);
    if (why) wrong.push(why);
  }
  if (r.warnings.some((p) => p.severity === 'error')) wrong.push('published with an error');
  for (const [name, e] of Object.entries(r.evidence)) {
    const why = badEvidence(name, e, lines);
    if (why) wrong.push(why);
  }
  if (typeof result.encoding !== 'string' || !result.encoding) wrong.push('encoding');
  try {
    JSON.stringify(r);
  } catch {
    wrong.push('record does not serialise');
  }
  return wrong;
}

function check(bytes: Uint8Array, file = 'fuzz/input.txt'): void {
  let result: ParsedFile;
  try {
    result = parseFile(bytes, { file });
  } catch (error) {
    throw new Error(`parseFile threw on ${bytes.length} bytes: ${(error as Error).stack}`);
  }
  const wrong = malformed(result, bytes, file);
  if (wrong.length) throw new Error(`malformed result: ${wrong.join('; ')}`);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Pieces of real and hostile article pages, combined at random. */
const PIECES = [
  '---', '---js', '---javascript', '--- yaml', '...', 'headline: Dam talks resume', 'date: 2023-02-30', 'date: not-a-date', 'date: "+275760-09-13"',
  'date: 2023-03-03', 'captured: 2023-03-10', 'source: Kestran Herald', 'tags: [a, b]', 'tags: {a: 1}', 'headline: [x, y]', 'permalink: /index.html',
  'eleventyComputed: {headline: x}', 'a: &a [x, x]', 'b: [*a, *a]', '__proto__: {p: 1}', 'headline: !!js/function "function(){}"', 'lang: pt-BR', 'url: javascript:alert(1)',
  'Kestran Herald', 'Valdoria protests over Lenn barge inspections', 'By Ana Voss', 'By Ana Voss and Piet Lund, Reuters', 'March 3, 2023', '3 марта 2023',
  'Updated 2 hours ago', 'Published: 2023-03-03T10:00:00Z', 'DUNMERE, Kestrania, Aug 13 (MPA) -', '© 2023 Kestran Herald. All rights reserved.', 'Read more:',
  'Related: Kestrania, Valdoria trade accusations', 'Officials in Dunmere said the water level had fallen by almost a metre since Tuesday.',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '{{ 7*7 }}', '{% include "x" %}', '\u202Eevil\u202C', '\u200B', '\uFEFF', '\0',
  '\u00A0', '    ', '\t', '-----------', '0000000000', '* * *', '# Heading', '> quote', '1. item', '| a | b |', 'http://kestran-herald.example/2023/03/03/x',
  'Photo: MPA', 'Advertisement', 'Share this article', 'Валдория и Кестрания', '日本語のテキスト', 'عربي', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '😀👍🏽',
];
const SEPARATORS = ['\n', '\n\n', '\r\n', '\r', ' ', '', ': '];

const articleShaped = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })), fc.constantFrom(...SEPARATORS)), { maxLength: 80 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'utf16le', 'win1251', 'win1252'] as const;
function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return utf8(text);
    case 'utf8-bom':
      return utf8(`\uFEFF${text}`);
    case 'utf16le-bom':
      return iconv.encode(text, 'utf16le', { addBOM: true });
    case 'utf16be-bom':
      return iconv.encode(text, 'utf16be', { addBOM: true });
    case 'utf16le':
      return iconv.encode(text, 'utf16le');
    default:
      return iconv.encode(text, encoding);
  }
}

/** Catalogue files small enough to mutate quickly. */
const SEEDS = CASES.filter((c) => !c.symlinkTo && c.bytes.length > 0 && c.bytes.length < 20_000).map((c) => c.bytes);

type Mutation = { op: 'flip' | 'insert' | 'delete' | 'repeat' | 'truncate'; at: number; len: number; bytes: Uint8Array };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('flip', 'insert', 'delete', 'repeat', 'truncate'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 64 }),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
});

function mutate(seed: Uint8Array, mutations: Mutation[]): Uint8Array {
  let b = Buffer.from(seed);
  for (const m of mutations) {
    const at = b.length ? m.at % (b.length + 1) : 0;
    if (m.op === 'flip' && at < b.length) b[at] = b[at]! ^ (m.bytes[0]! || 1);
    else if (m.op === 'insert') b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
    else if (m.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
    else if (m.op === 'repeat') b = Buffer.concat([b.subarray(0, at + m.len), ...Array.from({ length: m.bytes.length }, () => b.subarray(at, at + m.len)), b.subarray(at + m.len)]);
    else if (m.op === 'truncate') b = b.subarray(0, at);
  }
  return new Uint8Array(b);
}

describe('parser fuzzing: well-formed record or reported problem, never a throw', () => {
  it(
    'random bytes',
    () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => check(bytes)), { numRuns: 1500 });
    },
    TIMEOUT,
  );

  it(
    'random Unicode text as UTF-8',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => check(utf8(text))), { numRuns: 1000 });
    },
    TIMEOUT,
  );

  it(
    'article-shaped hostile text in many encodings',
    () => {
      fc.assert(
        fc.property(articleShaped, fc.constantFrom(...ENCODINGS), fc.constantFrom('a.txt', 'kestran-herald/a.txt', '2023/b.txt', '"><svg>/c.txt'), (text, encoding, file) => check(encode(text, encoding), file)),
        { numRuns: 2000 },
      );
    },
    TIMEOUT,
  );

  it(
    'mutated catalogue files',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 8 }), (seed, mutations) => check(mutate(seed, mutations))),
        { numRuns: 1500 },
      );
    },
    TIMEOUT,
  );

  it('the checker itself rejects malformed results', () => {
    const bytes = utf8('Kestran Herald\nValdoria protests over Lenn barge inspections\nBy Ana Voss\nMarch 3, 2023\n\nOfficials in Dunmere said the water level had fallen by almost a metre since Tuesday.\n');
    const good = parseFile(bytes, { file: 'a.txt' });
    expect(malformed(good, bytes, 'a.txt')).toEqual([]);
    if (!good.ok) throw new Error('the sample article should parse');
    const broken: ParsedFile = { ...good, record: { ...good.record, date: '+275760-09-13', headline: ' ', warnings: [{ severity: 'warning', rule: 'x/y', message: 'A problem far beyond the end.', line: 99 }] } };
    expect(malformed(broken, bytes, 'a.txt')).toEqual(expect.arrayContaining(['date +275760-09-13', 'headline " "', 'x/y: line 99 of 7']));
    expect(malformed({ ok: false, problems: [] }, bytes, 'a.txt')).toContain('refused without a problem');
  });
});
