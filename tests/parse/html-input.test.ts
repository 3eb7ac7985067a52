import { describe, it, expect } from 'vitest';
import { looksLikeHtml, metadataOfHtml, textOfHtml } from '../../src/parse/html-input.ts';

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

  describe('metadata', () => {
    const page = (head: string, body = '') => `<!DOCTYPE html>\n<html><head>${head}</head><body>${body}</body></html>`;
    const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

    it('reads the site name, title, address and publication time from meta tags, entities decoded', () => {
      const m = metadataOfHtml(
        page('<meta property="og:site_name" content="Kestran Herald &amp; Post"><meta property="og:title" content="Seawall approved"><link rel="canonical" href="https://kestranherald.example/a"><meta property="article:published_time" content="2025-03-04T18:20:00+01:00">'),
      );
      expect([m.siteName?.value, m.title?.value, m.url?.value, m.published?.value]).toEqual(['Kestran Herald & Post', 'Seawall approved', 'https://kestranherald.example/a', '2025-03-04T18:20:00+01:00']);
      expect(m.siteName).toEqual({ value: 'Kestran Herald & Post', text: 'og:site_name: Kestran Herald & Post', line: null });
    });

    it('takes the stronger of two declarations of a kind, in whichever order they stand', () => {
      const m = metadataOfHtml(
        page(`<meta name="date" content="2025-01-01">${ld({ '@type': 'NewsArticle', datePublished: '2025-02-02', publisher: { name: 'Ledger' } })}<meta property="og:url" content="https://k.example/og"><meta property="article:published_time" content="2025-03-03"><link rel="canonical" href="https://k.example/canonical"><meta property="og:site_name" content="Kestran Herald">`),
      );
      expect([m.published?.value, m.url?.value, m.siteName?.value]).toEqual(['2025-03-03', 'https://k.example/canonical', 'Kestran Herald']);
    });

    it('reads the article of JSON-LD in a list or an @graph, and nothing from other types or broken JSON', () => {
      const m = metadataOfHtml(
        page(
          '<script type="application/ld+json">{"@type": "NewsArticle", "headline": broken</script>' +
            ld([{ '@type': 'Organization', name: 'Not this' }, { '@graph': [{ '@type': 'WebSite', name: 'Nor this' }, { '@type': ['ReportageNewsArticle'], headline: 'Seawall approved', datePublished: '2025-03-04', publisher: { '@type': 'Organization', name: 'Kestran Herald' }, mainEntityOfPage: { '@id': 'https://k.example/a' } }] }]),
        ),
      );
      expect([m.title?.value, m.published?.value, m.siteName?.value, m.url?.value]).toEqual(['Seawall approved', '2025-03-04', 'Kestran Herald', 'https://k.example/a']);
    });

    it("reads the saving tool's note: Chrome's address, SingleFile's address and day", () => {
      expect(metadataOfHtml(`<!DOCTYPE html>\n<!-- saved from url=(0027)https://k.example/seawall -->\n${page('')}`).url?.value).toBe('https://k.example/seawall');
      const singleFile = metadataOfHtml(`<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://k.example/seawall \n saved date: Tue Mar 04 2025 23:10:00 GMT-0500 (Eastern Standard Time)\n--><head></head><body></body></html>`);
      expect([singleFile.url?.value, singleFile.captured?.value]).toEqual(['https://k.example/seawall', '2025-03-04']);
    });

    it('declares nothing for a page without metadata', () => {
      expect(metadataOfHtml(page('<title>Seawall</title>', '<p>The council voted.</p>'))).toEqual({});
    });
  });
});
