/**
 * Scrapers that save a page as Markdown (reader services, crawlers) mark up
 * what a copy of the page shows as plain text: "# Title", "**By** [Jane
 * Roe](/authors/jane)", "![photo](…)", "*   [News](/news)". The parser
 * reads text, so such a file has its markup taken off first, line by line:
 * every line keeps its number, for the evidence. Plain text is left alone;
 * it rarely holds "](", and never three times.
 *
 * A reader service puts a header above the Markdown ("Title: …", "URL
 * Source: …", "Published Time: …", "Markdown Content:"): what it says is the
 * page's metadata, and its lines are not the page's text.
 */
import type { Declared, PageMetadata } from './types.ts';

// A link or an image "[text](address)", or a heading "# Title": a file with three of them is Markdown.
const MARKDOWN_SIGN = /\]\([^)\s]*\)|^#{1,6} \S/gm;
const SIGNS_NEEDED = 3;

// Each rewrite of a line, in order: images first, as they hold link syntax.
const LINE_REWRITES: Array<[RegExp, string]> = [
  // An image says nothing of the article's text: "![Image 1: The quay](https://…)".
  [/!\[[^\]]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, ''],
  // A link keeps its text: "[Ana Ruiz](https://… "title")" is "Ana Ruiz".
  [/\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1'],
  // A heading, "# Title" or "## Title ##", is its text.
  [/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, '$1'],
  // Rules and a heading's underline are no text.
  [/^\s{0,3}(?:(?:[-*_]\s*){3,}|=+)\s*$/, ''],
  // A quote's marks.
  [/^(?:\s{0,3}>\s?)+/, ''],
  // A bullet in "*" or "+" reads as the bullet a copied list has.
  [/^\s*[*+]\s+/, '• '],
  // Strong and emphasised text: "**By**", "__Update__", "*Kestra*"; an asterisk between spaces stays.
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'],
  [/(?<![\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1'],
  // Inline code.
  [/`([^`]*)`/g, '$1'],
  // Escaped punctuation: "10\.5", "\*".
  [/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'],
];

export function looksLikeMarkdown(text: string): boolean {
  let signs = 0;
  MARKDOWN_SIGN.lastIndex = 0;
  while (MARKDOWN_SIGN.exec(text)) if (++signs >= SIGNS_NEEDED) return true;
  return false;
}

/** The text of a Markdown file as a copy of the page would read, line for line; any other text as it is. */
export function withoutMarkdown(text: string): string {
  if (!looksLikeMarkdown(text)) return text;
  return text
    .split('\n')
    .map((line) => LINE_REWRITES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), line))
    .join('\n');
}

const READER_FIELDS: Record<string, keyof PageMetadata> = { 'title': 'title', 'url source': 'url', 'published time': 'published' };
const READER_LINE = /^(Title|URL Source|Published Time):\s*(.*)$/;
// Where the header stands: its lines and the blank lines between them, before the content.
const READER_HEADER_LINES = 16;

/**
 * A reader service's header: its fields as metadata (with their line in the
 * file, `lineOffset` lines of front-matter above `text`), and the text with
 * the header lines blanked, so every other line keeps its number. Text
 * without such a header comes back as it is.
 */
export function readerHeader(text: string, lineOffset: number): { metadata: PageMetadata; text: string } {
  // Most files are no reader's: the opening tells, before any split.
  if (!text.startsWith('Title:')) return { metadata: {}, text };
  const all = text.split('\n');
  const lines = all.slice(0, READER_HEADER_LINES + 1);
  const content = lines.findIndex((l) => l.startsWith('Markdown Content:'));
  if (content < 0 || !lines.slice(0, content).some((l) => l.startsWith('URL Source:'))) return { metadata: {}, text };
  const metadata: PageMetadata = {};
  for (const [i, line] of lines.slice(0, content).entries()) {
    const m = READER_LINE.exec(line);
    const kind = m && READER_FIELDS[m[1]!.toLowerCase()];
    const value = m?.[2]?.trim();
    if (kind && value) metadata[kind] = { value, text: line, line: lineOffset + i + 1 } satisfies Declared;
  }
  return { metadata, text: [...Array<string>(content + 1).fill(''), ...all.slice(content + 1)].join('\n') };
}
