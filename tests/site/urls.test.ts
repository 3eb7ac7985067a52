import { describe, expect, it } from 'vitest';
import { normalizeBasePath, parseSiteUrl, relativeUrl, withBase } from '../../src/site/urls.ts';

describe('relativeUrl', () => {
  it.each([
    ['/', '/', 'index.html'],
    ['/', '/sources/', 'sources/index.html'],
    ['/', '/assets/style.css', 'assets/style.css'],
    ['/2022/03/05/slug/', '/', '../../../../index.html'],
    ['/2022/03/05/slug/', '/2022/03/', '../../index.html'],
    ['/2022/03/05/slug/', '/2022/03/#d2022-03-05', '../../index.html#d2022-03-05'],
    ['/2022/03/05/slug/', '/2022/03/05/slug/original.txt', 'original.txt'],
    ['/2022/03/05/slug/', '/2022/03/05/other/', '../other/index.html'],
    ['/sources/a/', '/sources/a/2/', '2/index.html'],
    ['/sources/a/2/', '/sources/a/', '../index.html'],
    ['/undated/x/', '/assets/style.css', '../../assets/style.css'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(relativeUrl(from, to)).toBe(expected);
    // Resolving the link against the page gives back the target.
    const resolved = new URL(expected, `http://h${from}`);
    expect(resolved.pathname.replace(/index\.html$/, '') + resolved.hash).toBe(to);
  });
});

describe('base paths and site URLs', () => {
  it('normalises base paths', () => {
    expect(normalizeBasePath(undefined)).toBe('/');
    expect(normalizeBasePath('news')).toBe('/news/');
    expect(normalizeBasePath('//a/b//')).toBe('/a/b/');
    expect(withBase('/a/', '/x/')).toBe('/a/x/');
  });

  it('reads a site URL into origin and path, refusing other schemes', () => {
    expect(parseSiteUrl('https://example.org/news')).toEqual({ origin: 'https://example.org', path: '/news/' });
    expect(parseSiteUrl('http://localhost:8080')).toEqual({ origin: 'http://localhost:8080', path: '/' });
    expect(parseSiteUrl('javascript:alert(1)')).toBeNull();
    expect(parseSiteUrl('not a url')).toBeNull();
  });
});
