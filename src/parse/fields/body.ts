/**
 * Body: find the run of lines that reads as the article, then keep its
 * prose, subheadings and lists and drop the furniture inside it.
 *
 * Finding is a maximum-sum segment over per-line scores: prose lines score by
 * their length, furniture and short link-like lines cost a little, so menus,
 * teaser lists and comment threads fall outside while a caption or a
 * "Read also" line inside the article does not split it.
 */
import type { Page, PageLine } from '../page.ts';
import type { Evidence } from '../types.ts';

export interface BodyRegion {
  /** Index range [start, end] in page.lines. */
  start: number;
  end: number;
}

export interface BodyResult {
  region: BodyRegion | null;
  /** Kept lines in order, each with its Markdown block type. */
  blocks: BodyBlock[];
  evidence: Evidence;
}

export interface BodyBlock {
  line: PageLine;
  type: 'paragraph' | 'heading' | 'item';
}

const LIST_ITEM = /^(?:[•·▪●◦‣*–-]\s+|\d{1,2}[.)]\s+)/;

/** What no article runs across: the start of a comment thread, the page's copyright footer. */
const WALL = -40;

function isWall(line: PageLine): boolean {
  return line.kind === 'thread' || line.kind === 'comments-head' || (line.kind === 'copyright' && /\b(?:19|20)\d\d\b|rights reserved/i.test(line.text) && !/\b(?:photo|image|picture|getty|ap|afp|reuters|epa)\b/i.test(line.text));
}

/** Nearest line of text within three lines in one direction, skipping furniture. */
function nearText(page: Page, line: PageLine, step: 1 | -1): PageLine | undefined {
  for (let k = 1; k <= 3; k++) {
    const l = page.lines[line.i + k * step];
    if (!l) return undefined;
    if (l.kind === 'text') return l;
  }
  return undefined;
}

/** A neighbour that belongs to running text: a paragraph or a list item. */
function continuesText(line: PageLine | undefined): boolean {
  return line !== undefined && (line.prose || LIST_ITEM.test(line.text));
}

export function lineScore(line: PageLine, page: Page): number {
  if (isWall(line)) return WALL;
  if (line.kind !== 'text') return line.kind === 'caption' || line.kind === 'related' ? -3 : -5;
  const repeated = (page.repeats.get(line.key) ?? 1) > 1 && line.words < 8;
  if (repeated) return -4;
  if (line.prose) {
    // A short paragraph alone between titles and timestamps is a teaser's blurb.
    const alone = line.words < 40 && !continuesText(nearText(page, line, -1)) && !continuesText(nearText(page, line, 1));
    return alone ? line.words / 4 - 4 : Math.min(line.words, 80) - 4;
  }
  if (line.words >= 12) return line.words / 4;
  return line.words <= 3 ? -2.5 : -1.5;
}

/** The highest-scoring run of lines (Kadane), or null for a page with no prose. */
export function findRegion(page: Page): BodyRegion | null {
  let best: BodyRegion | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  let inThread = false;
  for (const line of page.lines) {
    inThread ||= line.kind === 'thread';
    // Below the first comment the prose is readers', however long.
    const s = inThread ? Math.min(lineScore(line, page), -1) : lineScore(line, page);
    if (sum <= 0) {
      sum = s;
      start = line.i;
    } else sum += s;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: line.i };
    }
  }
  return best;
}

/** A subheading: a short title line between paragraphs (one after a teaser title is not). */
function isHeading(line: PageLine, prev: PageLine | undefined, next: PageLine | undefined): boolean {
  if (line.kind !== 'text' || line.prose || line.words < 2 || line.words > 14 || /[.,;]$/.test(line.text)) return false;
  return next !== undefined && next.prose && (prev === undefined || prev.kind !== 'text' || prev.prose || prev.words >= 12);
}

/**
 * Keep the article inside the region. `exclude` holds line indexes already
 * taken by other fields (headline, dek), which never repeat in the body.
 */
export function selectBody(page: Page, region: BodyRegion | null, exclude: Set<number>, headlineKey: string | null): BodyResult {
  if (!region) {
    return { region: null, blocks: [], evidence: { rule: 'body/none', line: null, text: null, confidence: 0 } };
  }
  const blocks: BodyBlock[] = [];
  const seen = new Set<string>();
  for (let i = region.start; i <= region.end; i++) {
    const line = page.lines[i]!;
    if (exclude.has(i) || line.kind !== 'text') continue;
    const key = line.key;
    if (headlineKey && key === headlineKey) continue;
    // The same paragraph twice (a pull quote, a copy error): keep the first.
    if (line.words >= 6 && seen.has(key)) continue;
    seen.add(key);
    const next = page.lines[i + 1];
    if (LIST_ITEM.test(line.text)) blocks.push({ line, type: 'item' });
    else if (line.prose || line.words >= 12) blocks.push({ line, type: 'paragraph' });
    else if (isHeading(line, page.lines[i - 1], next)) blocks.push({ line, type: 'heading' });
  }
  const first = blocks[0]?.line;
  return {
    region,
    blocks,
    evidence: {
      rule: 'body/densest-run',
      line: first?.n ?? null,
      text: first ? `lines ${first.n}-${page.lines[region.end]!.n}, ${blocks.length} blocks kept` : null,
      confidence: blocks.length > 0 ? 0.8 : 0,
    },
  };
}

const MD_INLINE = /[\\`*_[\]<&]/g;
const MD_BLOCK_START = /^(#{1,6}\s|>|[+*-]\s|\d+[.)]\s|={3,}|-{3,}|~{3,}|`{3,}|\|)/;

/** Escape text so Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(MD_INLINE, '\\$&');
  return MD_BLOCK_START.test(inline) ? `\\${inline}` : inline;
}

export function toMarkdown(blocks: BodyBlock[]): string {
  const parts: string[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type === 'heading') parts.push(`## ${escapeMarkdown(b.line.text)}`);
    else if (b.type === 'item') {
      const item = `- ${escapeMarkdown(b.line.text.replace(LIST_ITEM, ''))}`;
      // Consecutive items form one list: join them with a single newline.
      if (blocks[k - 1]?.type === 'item') parts[parts.length - 1] += `\n${item}`;
      else parts.push(item);
    } else parts.push(escapeMarkdown(b.line.text));
  }
  return parts.join('\n\n');
}
