/**
 * Raw bytes -> text. Article files come from scrapers, mail attachments and
 * shared folders, so the encoding is unknown: BOMs are honoured, valid UTF-8
 * is taken as is, anything else is identified with chardet and decoded with
 * iconv-lite. Files that are not text at all are refused with a reason
 * instead of being published as garbage.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Problem } from './types.ts';

export type Decoded =
  | { ok: true; text: string; encoding: string; problems: Problem[] }
  | { ok: false; problem: Problem };

/** Magic numbers of files people drop into a folder by mistake. */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP or RIFF media file', [0x52, 0x49, 0x46, 0x46]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or .docx/.xlsx/.epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Microsoft Office document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

// Zero-width characters and bidi controls are invisible; bidi controls can
// make text display differently from what it says, so they are dropped.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u00AD]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function reject(rule: string, message: string): Decoded {
  return { ok: false, problem: { severity: 'error', rule, message } };
}

/** Decode a raw article file. Never throws. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return reject('decode/empty', 'The file is empty. Delete it, or paste the article text into it.');

  for (const [what, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) {
      return reject('decode/binary', `This is ${what}, not article text. Remove it from the articles folder, or save the article as a .txt file.`);
    }
  }

  let text: string;
  let encoding: string;
  const problems: Problem[] = [];

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  } else {
    const strict = tryUtf8(bytes);
    if (strict !== null) {
      encoding = 'utf-8';
      text = strict;
    } else {
      // A UTF-8 file with a few damaged bytes still has more valid multi-byte
      // characters than broken ones; guessing a legacy encoding for it would
      // garble every accented letter, so it is read as UTF-8 (and reported below).
      const lossy = new TextDecoder('utf-8').decode(bytes);
      const guess = mostlyUtf8(lossy) ? 'UTF-8' : chardet.detect(bytes);
      if (guess && /^UTF-16/i.test(guess)) {
        encoding = guess.toLowerCase();
        text = iconv.decode(Buffer.from(bytes), encoding);
      } else if (guess && guess !== 'UTF-8' && iconv.encodingExists(guess)) {
        encoding = guess.toLowerCase();
        text = iconv.decode(Buffer.from(bytes), guess);
        problems.push({
          severity: 'info',
          rule: 'decode/legacy-encoding',
          message: `The file is not UTF-8; it was read as ${guess}. If letters look wrong on the page, re-save the file as UTF-8.`,
        });
      } else {
        encoding = 'utf-8';
        text = new TextDecoder('utf-8').decode(bytes);
        const line = firstLineWith(text, '\uFFFD');
        problems.push({
          severity: 'warning',
          rule: 'decode/invalid-utf8',
          message: 'The file has bytes that are not valid UTF-8; they are shown as \uFFFD. Re-save the file as UTF-8 to fix the affected characters.',
          ...(line ? { line } : {}),
        });
      }
    }
  }

  if (text.includes('\0')) {
    const share = countOf(text, '\0') / text.length;
    if (share > 0.05) {
      return reject('decode/binary', 'The file is mostly NUL bytes: it is binary data, not article text. Remove it from the articles folder.');
    }
    const line = firstLineWith(text, '\0');
    text = text.replaceAll('\0', '');
    problems.push({ severity: 'warning', rule: 'decode/nul-bytes', message: 'The file contains NUL bytes; they were removed.', ...(line ? { line } : {}) });
  }

  if (controlShare(text) > 0.05 || countOf(text, '\uFFFD') / Math.max(1, text.length) > 0.05) {
    return reject('decode/garbage', `The file does not decode to readable text (read as ${encoding}). Save the article as UTF-8 text and rebuild.`);
  }

  if (BIDI.test(text)) {
    const line = firstLineWith(text, BIDI);
    problems.push({
      severity: 'warning',
      rule: 'decode/bidi-controls',
      message: 'The file contains invisible bidirectional-text controls, which can make text read differently from what it says; they were removed.',
      ...(line ? { line } : {}),
    });
  }
  text = text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');

  if (text.trim() === '') {
    return reject('decode/blank', 'The file has no visible text. Delete it, or paste the article text into it.');
  }
  return { ok: true, text, encoding, problems };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** More valid non-ASCII characters than replacement characters. */
function mostlyUtf8(lossy: string): boolean {
  let valid = 0;
  let broken = 0;
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c > 0x7f) valid++;
  }
  return valid > broken;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function controlShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) n++;
  }
  return n / Math.max(1, text.length);
}

function firstLineWith(text: string, needle: string | RegExp): number | undefined {
  const i = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
  if (i < 0) return undefined;
  let line = 1;
  for (let j = 0; j < i; j++) if (text.charCodeAt(j) === 10) line++;
  return line;
}
