/**
 * What a file holds -> the text a copy of the page gives, and what the file
 * declares about the page beside that text. A copy is read as it is; a page
 * saved as HTML and a reader service's Markdown are first turned into that
 * text, their metadata read apart.
 */
import { looksLikeHtml, metadataOfHtml, textOfHtml } from './html-input.ts';
import { readerHeader, withoutMarkdown } from './markdown-input.ts';
import { isWebAddress } from './frontmatter.ts';
import type { PageMetadata, Problem } from './types.ts';

export interface PageInput {
  text: string;
  metadata: PageMetadata;
  notes: Problem[];
}

/** `content` is the file after its front-matter, which took `lineOffset` lines. */
export function readInput(content: string, lineOffset: number): PageInput {
  if (looksLikeHtml(content)) {
    return {
      text: textOfHtml(content),
      metadata: withWebAddress(metadataOfHtml(content)),
      notes: [{ severity: 'info', rule: 'input/html', message: 'The file is an HTML page, read as the text a browser shows: line numbers in the evidence count lines of that text, not of the file. Save the page as text to keep them in step.' }],
    };
  }
  const reader = readerHeader(content, lineOffset);
  return { text: withoutMarkdown(reader.text), metadata: withWebAddress(reader.metadata), notes: [] };
}

/** The metadata without an address that is no valid http(s) one: a page links it, so a `javascript:` one never passes. */
function withWebAddress(metadata: PageMetadata): PageMetadata {
  if (metadata.url && !isWebAddress(metadata.url.value)) delete metadata.url;
  return metadata;
}
