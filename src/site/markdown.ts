/**
 * Article bodies are Markdown written by the parser, which escapes the raw
 * text; markdown-it renders them with raw HTML off, so any markup that slips
 * through is shown as text, and its link validator refuses javascript: URLs.
 */
import MarkdownIt from 'markdown-it';
import { trusted, type Html } from './html.ts';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(body: string): Html {
  return trusted(md.render(body));
}
