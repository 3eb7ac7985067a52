/**
 * Site URLs are kept as site-absolute paths ("/2022/03/") until a page is
 * written. Pages link to each other by relative paths to index.html, so the
 * site works under any prefix and straight from disk (file://); feeds, the
 * sitemap and the 404 page, which are read from anywhere, use the base path
 * and, when known, the site's origin.
 */

/** Normalise a --base-path value to "/" or "/prefix/". */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function withBase(basePath: string, url: string): string {
  return basePath + url.replace(/^\//, '');
}

/**
 * The path from page `from` (a folder URL such as "/2022/03/05/slug/") to
 * `to` (a site path; folders end in "/"), naming index.html so that links
 * also work from disk, where no server picks the index for a folder.
 */
export function relativeUrl(from: string, to: string): string {
  const hash = to.indexOf('#');
  const [path, fragment] = hash === -1 ? [to, ''] : [to.slice(0, hash), to.slice(hash)];
  const fromParts = from.split('/').filter(Boolean);
  const toParts = path.split('/').filter(Boolean);
  const isFolder = path.endsWith('/');
  const dirParts = isFolder ? toParts : toParts.slice(0, -1);
  let common = 0;
  while (common < fromParts.length && common < dirParts.length && fromParts[common] === dirParts[common]) common++;
  const up = '../'.repeat(fromParts.length - common);
  const down = toParts.slice(common).join('/');
  const target = isFolder ? `${up}${down ? `${down}/` : ''}index.html` : `${up}${down}`;
  return `${target}${fragment}`;
}

/** "https://example.org/news/" -> origin and path; null for anything but http(s). */
export function parseSiteUrl(value: string): { origin: string; path: string } | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return { origin: url.origin, path: normalizeBasePath(url.pathname) };
  } catch {
    return null;
  }
}
