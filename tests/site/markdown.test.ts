import { describe, it, expect } from 'vitest';
import { renderMarkdown } from '../../src/site/markdown.ts';

// The parser already escapes markup in article text; these check the second
// wall, markdown-it itself, for Markdown that reaches it unescaped.
describe('renderMarkdown', () => {
  it('shows raw HTML blocks and inline tags as text', () => {
    const html = String(renderMarkdown('<script>alert(1)</script>\n\nA <img src=x onerror=alert(2)> tag and <iframe src="//x">.'));
    expect(html).not.toMatch(/<(script|img|iframe)/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('refuses script and data URLs in links', () => {
    const html = String(renderMarkdown('[click](javascript:alert(1)) and [img](data:text/html;base64,PHNjcmlwdD4=)'));
    expect(html).not.toMatch(/href=/);
    expect(html).toContain('[click](javascript:alert(1))');
  });

  it('still renders the Markdown the parser writes', () => {
    expect(String(renderMarkdown('First paragraph.\n\nSecond *one*.'))).toBe('<p>First paragraph.</p>\n<p>Second <em>one</em>.</p>\n');
  });

  it('renders a table the parser writes, with a bar inside a cell kept in that cell', () => {
    const html = String(renderMarkdown('| Pos | Club |\n| --- | --- |\n| 3 | Vell United \\| Reserves |'));
    expect(html).toContain('<th>Pos</th>\n<th>Club</th>');
    expect(html).toContain('<td>3</td>\n<td>Vell United | Reserves</td>');
  });
});
