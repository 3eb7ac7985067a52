/**
 * User corrections: a raw file may start with YAML front-matter whose
 * allow-listed keys override what the parser finds. Front-matter is
 * untrusted: only the YAML engine is used (gray-matter would evaluate
 * `---js` blocks), unknown keys are reported and dropped, and each value is
 * type-checked so nothing but plain strings reaches the site.
 */
import matter from 'gray-matter';
import { DateTime } from 'luxon';
import type { Problem } from './types.ts';

export interface Overrides {
  headline?: string;
  source?: string;
  date?: string;
  url?: string;
  author?: string;
  lang?: string;
  tags?: string[];
  captured?: string;
}

export interface FrontMatter {
  overrides: Overrides;
  /** Text after the front-matter block. */
  content: string;
  /** Lines the block took, so later line numbers point into the original file. */
  lineOffset: number;
  problems: Problem[];
}

export const ALLOWED_KEYS = ['headline', 'source', 'date', 'url', 'author', 'lang', 'tags', 'captured'] as const;
type Key = (typeof ALLOWED_KEYS)[number];

const OPENING = /^---([^\n]*)\n/;

function refuseEngine(): never {
  throw new Error('only YAML front-matter is read');
}

/** Split off and validate front-matter. Never throws. */
export function readFrontMatter(text: string): FrontMatter {
  const open = OPENING.exec(text);
  if (!open) return { overrides: {}, content: text, lineOffset: 0, problems: [] };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const end = close.exec(text);
  if (!end) return { overrides: {}, content: text, lineOffset: 0, problems: [] };

  const block = text.slice(0, end.index + end[0].length);
  const content = text.slice(block.length);
  const lineOffset = block.split('\n').length - (block.endsWith('\n') ? 1 : 0);
  const problems: Problem[] = [];
  const language = (open[1] ?? '').trim().toLowerCase();

  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    problems.push({
      severity: 'warning',
      rule: 'frontmatter/engine',
      line: 1,
      message: `Front-matter in "${language}" is never run; only YAML front-matter is read. The block was ignored: rewrite it as YAML (a line "---" then key: value lines).`,
    });
    return { overrides: {}, content, lineOffset, problems };
  }

  let data: Record<string, unknown>;
  try {
    const parsed = matter(block, {
      language: 'yaml',
      engines: { javascript: refuseEngine, js: refuseEngine, coffee: refuseEngine, coffeescript: refuseEngine, json: refuseEngine, toml: refuseEngine },
    });
    data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    problems.push({
      severity: 'warning',
      rule: 'frontmatter/invalid-yaml',
      // gray-matter hands js-yaml the text after "---" including its line end, so
      // js-yaml's 0-based line k is line k + 1 of the file.
      ...(typeof mark?.line === 'number' ? { line: mark.line + 1 } : { line: 1 }),
      message: `The front-matter is not valid YAML (${firstLine((error as Error).message)}), so it was ignored. Fix the YAML, e.g. quote values that contain a colon.`,
    });
    return { overrides: {}, content, lineOffset, problems };
  }

  const overrides: Overrides = {};
  const lines = block.split('\n');
  const lineOf = (key: string) => {
    const i = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`));
    return i >= 0 ? i + 1 : 1;
  };

  for (const [key, value] of Object.entries(data)) {
    if (!(ALLOWED_KEYS as readonly string[]).includes(key)) {
      problems.push({
        severity: 'warning',
        rule: 'frontmatter/unknown-key',
        line: lineOf(key),
        message: `Front-matter key "${key}" is not one Dateline reads and was ignored. Allowed keys: ${ALLOWED_KEYS.join(', ')}.`,
      });
      continue;
    }
    const rawLine = lines[lineOf(key) - 1] ?? '';
    const checked = checkValue(key as Key, value, rawLine.slice(rawLine.indexOf(':') + 1).trim());
    if (typeof checked === 'string' && checked.startsWith('!')) {
      problems.push({ severity: 'warning', rule: 'frontmatter/invalid-value', line: lineOf(key), message: `Front-matter "${key}": ${checked.slice(1)} The parsed value is used instead.` });
    } else if (checked !== undefined) {
      (overrides as Record<string, unknown>)[key] = checked;
    }
  }
  return { overrides, content, lineOffset, problems };
}

/** A valid value, or a string starting with "!" that says what is wrong. */
function checkValue(key: Key, value: unknown, written: string): string | string[] | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (key) {
    case 'date':
    case 'captured':
      // YAML turns an unquoted 2022-02-30 into March 2: check what was written.
      return checkDay(value instanceof Date ? written.replace(/\s+#.*$/, '').replace(/^["']|["']$/g, '') : value);
    case 'tags': {
      const list = Array.isArray(value) ? value : [value];
      if (!list.every((t) => typeof t === 'string' || typeof t === 'number')) return '!tags must be text or a list of texts.';
      return list.map((t) => String(t).trim()).filter(Boolean);
    }
    case 'url': {
      if (typeof value !== 'string') return '!url must be text.';
      return isWebAddress(value.trim()) ? value.trim() : '!url must be an http(s) address.';
    }
    case 'lang': {
      if (typeof value !== 'string') return '!lang must be text.';
      return /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(value.trim()) ? value.trim().toLowerCase() : '!lang must be a language code such as "en" or "pt-BR".';
    }
    default: {
      if (typeof value !== 'string' && typeof value !== 'number') return `!${key} must be text, not ${Array.isArray(value) ? 'a list' : typeof value}.`;
      const text = String(value).replace(/\s+/g, ' ').trim();
      return text.length > 500 ? `!${key} is longer than 500 characters.` : text;
    }
  }
}

/** A valid http(s) address: the only kind a page links to as the article's original. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(text) && URL.canParse(text);
}

function checkDay(value: unknown): string {
  if (typeof value !== 'string') return '!must be a date written as YYYY-MM-DD.';
  const day = DateTime.fromISO(value.trim(), { setZone: true });
  if (!day.isValid) return `!"${value}" is not a valid date (${day.invalidExplanation ?? day.invalidReason}). Write it as YYYY-MM-DD.`;
  const iso = day.toISODate();
  // Luxon accepts years like +275760 or -000001; page URLs need YYYY-MM-DD.
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return `!"${value}" is not a date with a four-digit year. Write it as YYYY-MM-DD.`;
  return iso;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
