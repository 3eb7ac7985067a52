import { describe, it, expect } from 'vitest';
import { looksLikeHtml, textOfHtml } from '../../src/parse/html-input.ts';

describe('HTML input', () => {
  it.each(['<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>', '  <html lang="en"><p>Hi</p></html>', 'saved by a tool\n<body class="article"><p>Hi</p></body>'])('a saved page is HTML: %s', (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each(['The mayor wrote <b>no</b> in bold on the plan.', 'Kestra council votes\n<script>alert(1)</script>\nThe council voted on Tuesday.', 'The <html> element opens every page, the trainer said.'])('copied text with markup in it is text: %s', (text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });

  it('gives the text a browser shows: a line per block, no script, style or image, links as their words', () => {
    const html = '<html><head><title>T</title><style>p{color:red}</style><script>var x = "<p>not text</p>";</script></head><body>' +
      '<h1>Seawall approved</h1><figure><img src="q.jpg" alt="quay"><figcaption>The quay.</figcaption></figure>' +
      '<p>The council <a href="https://k.example/vote">voted</a> on Tuesday.</p><ul><li>One</li><li>Two</li></ul><noscript>Turn on scripts</noscript></body></html>';
    const lines = textOfHtml(html).split('\n').filter(Boolean);
    expect(lines).toEqual(['Seawall approved', 'The quay.', 'The council voted on Tuesday.', '• One', '• Two']);
  });
});
