/** Site URLs are kept without the base path until a page is written. */

/** Normalise a --base-path value to "/" or "/prefix/". */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function withBase(basePath: string, url: string): string {
  return basePath + url.replace(/^\//, '');
}
