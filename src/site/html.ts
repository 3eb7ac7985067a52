/**
 * HTML built with a tagged template that escapes every interpolated value
 * unless it is already `Html`. Article text only ever reaches a page through
 * this, so markup in a raw file shows as text.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type Interpolation = Html | string | number | null | undefined | false | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, k) => {
    out += render(v) + (strings[k + 1] ?? '');
  });
  return new Html(out);
}

/** Mark trusted, already-safe HTML (our own rendered Markdown, JSON-LD we serialised). */
export function trusted(value: string): Html {
  return new Html(value);
}
