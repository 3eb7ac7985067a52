/** decode: raw bytes of unknown encoding -> normalised text, or a reason to refuse the file. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, type Decoded } from '../../src/parse/decode.ts';

const EN = 'The ferry to Gull Island sails again after three months of repairs to the landing stage.\nIslanders said the crossing felt like a holiday.\n';

function ok(d: Decoded): Extract<Decoded, { ok: true }> {
  if (!d.ok) throw new Error(`expected text, got ${d.problem.rule}: ${d.problem.message}`);
  return d;
}

function refused(d: Decoded): Extract<Decoded, { ok: false }>['problem'] {
  if (d.ok) throw new Error(`expected a refusal, got text ${JSON.stringify(d.text.slice(0, 40))}`);
  return d.problem;
}

describe('decode: Unicode', () => {
  it('reads UTF-8 without a BOM as is', () => {
    const text = 'Café owners on the quay — “a good summer”, they said. Ærø and Łódź visitors came too.\n';
    const d = ok(decode(Buffer.from(text, 'utf8')));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('utf-8');
    expect(d.problems).toEqual([]);
  });

  it('drops a UTF-8 BOM', () => {
    const d = ok(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EN, 'utf8')])));
    expect(d.text).toBe(EN);
    expect(d.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE with a BOM', () => {
    const text = 'Ferry café reopens — “at last”.\nΚαλημέρα from the quay.\n';
    const d = ok(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('utf-16le');
  });

  it('reads UTF-16 BE with a BOM', () => {
    const text = 'Ferry café reopens — “at last”.\nΚαλημέρα from the quay.\n';
    const bytes = iconv.encode(text, 'utf16be', { addBOM: true });
    expect([bytes[0], bytes[1]]).toEqual([0xfe, 0xff]);
    const d = ok(decode(bytes));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('utf-16be');
  });
});

describe('decode: legacy encodings', () => {
  it('reads Windows-1251 Cyrillic as the right letters', () => {
    const text = 'Паром на остров Чаячий снова ходит каждый день после зимнего ремонта причала.\nЖители острова говорят, что теперь можно спокойно ездить в город за покупками.\n';
    const bytes = iconv.encode(text, 'win1251');
    expect(bytes.length).toBe(text.length); // one byte per letter: really not UTF-8
    const d = ok(decode(bytes));
    expect(d.text).toBe(text);
    expect(d.problems.map((p) => p.rule)).toEqual(['decode/legacy-encoding']);
    expect(d.problems[0]?.severity).toBe('info');
  });

  it('reads Windows-1252 "café"', () => {
    const text = 'Le nouveau café du port a ouvert ses portes mardi, avec une terrasse sur le quai.\nLes pêcheurs y prennent leur petit déjeuner.\n';
    const d = ok(decode(iconv.encode(text, 'win1252')));
    expect(d.text).toBe(text);
    expect(d.text).toContain('café');
  });

  it('reads Windows-1252 curly quotes, dashes and the euro sign', () => {
    const text = 'The new café on the quay opened on Tuesday – “a long wait”, said the owner, who paid €40,000 for the lease.\n';
    expect(ok(decode(iconv.encode(text, 'win1252'))).text).toBe(text);
  });
});

describe('decode: files that are not text', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['PDF', [...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1')]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
  ])('refuses a %s file with decode/binary', (what, bytes) => {
    const p = refused(decode(Uint8Array.from(bytes)));
    expect(p.rule).toBe('decode/binary');
    expect(p.severity).toBe('error');
    expect(p.message).toContain(what);
  });

  it('refuses an empty file with decode/empty', () => {
    const p = refused(decode(new Uint8Array(0)));
    expect(p.rule).toBe('decode/empty');
    expect(p.severity).toBe('error');
  });

  it.each([
    ['spaces and line ends', ' \n\t \r\n  \r'],
    ['only invisible characters', '\u200b\u200b\ufeff\n\u2060'],
  ])('refuses a file of %s with decode/blank', (_what, text) => {
    expect(refused(decode(Buffer.from(text, 'utf8'))).rule).toBe('decode/blank');
  });

  it('refuses a file that is mostly NUL bytes as binary', () => {
    const bytes = Buffer.alloc(200, 0);
    bytes.write('Headline', 0);
    expect(refused(decode(bytes)).rule).toBe('decode/binary');
  });
});

describe('decode: normalising the text', () => {
  it('turns CRLF and lone CR line ends into LF', () => {
    const d = ok(decode(Buffer.from('First line of the story.\r\nSecond line.\rThird line.\r\n', 'utf8')));
    expect(d.text).toBe('First line of the story.\nSecond line.\nThird line.\n');
  });

  it('normalises CRLF in UTF-16 too', () => {
    const d = ok(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('One.\r\nTwo.\r\n', 'utf16le')])));
    expect(d.text).toBe('One.\nTwo.\n');
  });

  it('removes a few NUL bytes and warns, with the line', () => {
    const d = ok(decode(Buffer.from(`${EN}The harbour master\0 said the new stage was safe.\n`, 'utf8')));
    expect(d.text).toBe(`${EN}The harbour master said the new stage was safe.\n`);
    expect(d.problems.map((p) => [p.rule, p.severity, p.line])).toEqual([['decode/nul-bytes', 'warning', 3]]);
  });

  it('removes zero-width characters silently', () => {
    const d = ok(decode(Buffer.from('Gull\u200bIsland fer\u200dry, har\u00adbour\u2060master.\n', 'utf8')));
    expect(d.text).toBe('GullIsland ferry, harbourmaster.\n');
    expect(d.problems).toEqual([]);
  });

  it('removes bidi controls and reports them with the line', () => {
    const d = ok(decode(Buffer.from('A quiet first line.\nPrice: \u202e05 stinU\u202c and \u2066isolated\u2069 text.\n', 'utf8')));
    expect(d.text).toBe('A quiet first line.\nPrice: 05 stinU and isolated text.\n');
    expect(d.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(d.problems.map((p) => [p.rule, p.line])).toEqual([['decode/bidi-controls', 2]]);
  });

  it('never throws on arbitrary bytes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: next() % 300 }, () => next() % 256);
      const d = decode(bytes);
      expect(typeof d.ok).toBe('boolean');
      if (d.ok) expect(d.text).not.toMatch(/[\0\r]/);
    }
  });
});
