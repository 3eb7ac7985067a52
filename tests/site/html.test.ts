/** The html tagged template and the Markdown renderer: the only ways article text reaches a page. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, Html, trusted } from '../../src/site/html.ts';
import { renderMarkdown } from '../../src/site/markdown.ts';

describe('html`...`', () => {
  it('escapes & < > " and \' in interpolated text', () => {
    const out = html`<p title="${`Tom's "big" <day> & night`}">${'<b>bold</b> & more'}</p>`;
    expect(out).toBeInstanceOf(Html);
    expect(out.value).toBe('<p title="Tom&#39;s &quot;big&quot; &lt;day&gt; &amp; night">&lt;b&gt;bold&lt;/b&gt; &amp; more</p>');
  });

  it('cannot be broken out of an attribute by a quote', () => {
    const evil = '" onmouseover="alert(1)';
    const out = html`<a href="/x/" title="${evil}">x</a>`.value;
    expect(out).toBe('<a href="/x/" title="&quot; onmouseover=&quot;alert(1)">x</a>');
    expect(out).not.toContain('" onmouseover="');
  });

  it('leaves the literal parts of the template alone', () => {
    expect(html`<em class="a">x</em>`.value).toBe('<em class="a">x</em>');
  });

  it('renders numbers and drops null, undefined and false', () => {
    expect(html`[${3}|${0}|${null}|${undefined}|${false}]`.value).toBe('[3|0|||]');
  });

  it('escapes each item of a nested array and joins them', () => {
    const items = ['<a>', ['b & c', ["'d'", null]], 7];
    expect(html`<ul>${items}</ul>`.value).toBe('<ul>&lt;a&gt;b &amp; c&#39;d&#39;7</ul>');
  });

  it('passes Html values through without escaping them again', () => {
    const inner = html`<li>${'Fish & chips'}</li>`;
    expect(html`<ul>${inner}</ul>`.value).toBe('<ul><li>Fish &amp; chips</li></ul>');
    expect(html`<ul>${[inner, inner]}</ul>`.value).toBe('<ul><li>Fish &amp; chips</li><li>Fish &amp; chips</li></ul>');
  });

  it('passes trusted() strings through as they are', () => {
    expect(html`<div>${trusted('<p>ok</p>')}</div>`.value).toBe('<div><p>ok</p></div>');
    expect(trusted('<p>ok</p>').toString()).toBe('<p>ok</p>');
  });

  it('does not treat an object that merely looks like Html as trusted', () => {
    const fake = { value: '<script>alert(1)</script>', toString: () => '<script>alert(1)</script>' };
    const out = html`<div>${fake as unknown as string}</div>`.value;
    expect(out).toBe('<div>&lt;script&gt;alert(1)&lt;/script&gt;</div>');
  });

  it('escapeHtml escapes every special character and nothing else', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
    expect(escapeHtml('plain text, café — 7*7 {{ x }}')).toBe('plain text, café — 7*7 {{ x }}');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('renderMarkdown', () => {
  it('renders paragraphs and emphasis', () => {
    expect(renderMarkdown('First *point*.\n\nSecond.').value).toBe('<p>First <em>point</em>.</p>\n<p>Second.</p>\n');
  });

  it('shows raw HTML as text', () => {
    const out = renderMarkdown('Before <script>alert(1)</script> after.\n\n<img src=x onerror="alert(2)">\n\n<iframe src="https://example.org"></iframe>').value;
    expect(out).not.toMatch(/<script|<img|<iframe/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it.each([
    '[click](javascript:alert(1))',
    '[click](JavaScript:alert(1))',
    '[click]( javascript:alert(1) )',
    '[click](java\tscript:alert(1))',
    '[click](vbscript:msgbox(1))',
    '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<javascript:alert(1)>',
    '![pic](javascript:alert(1))',
    '[click][ref]\n\n[ref]: javascript:alert(1)',
  ])('does not make a script link from %s', (md) => {
    const out = renderMarkdown(md).value;
    expect(out).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data:text\/html)/i);
  });

  it('still makes ordinary http links', () => {
    expect(renderMarkdown('[the port](https://port.example/a?b=1&c=2)').value).toBe('<p><a href="https://port.example/a?b=1&amp;c=2">the port</a></p>\n');
  });

  it('returns Html, so pages embed it without escaping twice', () => {
    const body = renderMarkdown('Fish & chips.');
    expect(body).toBeInstanceOf(Html);
    expect(html`<div>${body}</div>`.value).toBe('<div><p>Fish &amp; chips.</p>\n</div>');
  });
});
