/**
 * A page saved from the browser ("Save page as", HTML only) is markup, not
 * the text a copy of the page gives. Such a file is first turned into that
 * text by html-to-text: blocks on lines of their own, no scripts, styles or
 * images, links as their words. The parser then reads it like any copy.
 */
import { compile } from 'html-to-text';

// A whole page: its doctype, its <html> or <body>. A fragment of markup inside copied text is still text.
const HTML_PAGE = /^\s*(?:<!doctype html|<html[\s>])|<body[\s>]/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_PAGE.test(text.slice(0, 4096));
}

const skip = { format: 'skip' } as const;
// A copy of the page has one line per block: no blank lines around headings and paragraphs, no capitals added.
const oneLine = { leadingLineBreaks: 1, trailingLineBreaks: 1 };

// Compiled once: html-to-text builds its decision tree from the options on every call otherwise.
const toText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', ...skip },
    { selector: 'svg', ...skip },
    { selector: 'noscript', ...skip },
    { selector: 'template', ...skip },
    { selector: 'ul', options: { itemPrefix: '• ' } },
    { selector: 'table', options: { uppercaseHeaderCells: false } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { ...oneLine, uppercase: false } })),
    ...['p', 'blockquote', 'pre'].map((selector) => ({ selector, options: oneLine })),
    // Blocks html-to-text does not know as blocks, which a browser sets on lines of their own.
    ...['figure', 'figcaption', 'header', 'footer', 'nav', 'section', 'aside', 'main', 'address', 'details', 'summary', 'dt', 'dd'].map((selector) => ({ selector, format: 'block' })),
  ],
});

/** The text a browser shows for an HTML page. */
export function textOfHtml(html: string): string {
  return toText(html);
}
