/**
 * Charts drawn at build time as inline SVG: no client-side library, readable
 * without JavaScript. Each bar segment and sparkline carries a text title,
 * each month's bar is a link named for screen readers, and the volume chart
 * has a legend naming each colour.
 */
import { html, type Html } from './html.ts';
import { formatMonth } from './format.ts';

/** Colour-blind-safe (Okabe–Ito) for the busiest outlets; the rest share grey. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
const OTHER = '#9a9aa2';

export interface Dated {
  date: string | null;
  source: string | null;
}

/** "2022-02" for every month from the first to the last, gaps included. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Articles per month, stacked by outlet (the six busiest by name, the rest as
 * "Other outlets"). `link` gives each month bar's target, or null.
 */
export function volumeChart(articles: Dated[], link: (monthKey: string) => string | null, caption: string): Html {
  const dated = articles.filter((a): a is Dated & { date: string } => a.date !== null);
  if (dated.length === 0) return html``;
  const keys = dated.map((a) => a.date.slice(0, 7)).sort();
  const months = monthRange(keys[0]!, keys[keys.length - 1]!);
  const totals = new Map<string, number>();
  for (const a of dated) totals.set(a.source ?? 'Source unknown', (totals.get(a.source ?? 'Source unknown') ?? 0) + 1);
  const top = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PALETTE.length).map(([name]) => name);
  const series = totals.size > top.length ? [...top, 'Other outlets'] : top;
  const colour = (name: string) => PALETTE[top.indexOf(name)] ?? OTHER;
  const counts = new Map<string, Map<string, number>>();
  for (const a of dated) {
    const key = a.date.slice(0, 7);
    const name = top.includes(a.source ?? 'Source unknown') ? (a.source ?? 'Source unknown') : 'Other outlets';
    const m = counts.get(key) ?? new Map<string, number>();
    counts.set(key, m);
    m.set(name, (m.get(name) ?? 0) + 1);
  }
  const max = Math.max(...months.map((k) => [...(counts.get(k)?.values() ?? [])].reduce((s, n) => s + n, 0)));
  const [width, height, axis] = [720, 160, 18];
  const step = width / months.length;
  const barWidth = Math.max(1, step * 0.8);
  const scale = (height - axis - 4) / max;
  const bars = months.map((key, k) => {
    let y = height - axis;
    const segments = series.flatMap((name) => {
      const n = counts.get(key)?.get(name) ?? 0;
      if (!n) return [];
      const h = n * scale;
      y -= h;
      return [html`<rect x="${(k * step).toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${colour(name)}"><title>${formatMonth(Number(key.slice(0, 4)), Number(key.slice(5, 7)))}: ${name}, ${n} ${n === 1 ? 'article' : 'articles'}</title></rect>`];
    });
    const target = segments.length ? link(key) : null;
    const total = [...(counts.get(key)?.values() ?? [])].reduce((sum, n) => sum + n, 0);
    return target ? html`<a href="${target}" aria-label="${formatMonth(Number(key.slice(0, 4)), Number(key.slice(5, 7)))}: ${total} ${total === 1 ? 'article' : 'articles'}">${segments}</a>` : segments;
  });
  // A year label under each January (and the first month), thinned out when years crowd.
  const yearEvery = Math.ceil(months.length / 12 / 12);
  const labels = months.flatMap((key, k) =>
    (key.endsWith('-01') || k === 0) && (Number(key.slice(0, 4)) - Number(months[0]!.slice(0, 4))) % yearEvery === 0
      ? [html`<text x="${(k * step).toFixed(1)}" y="${height - 4}">${key.slice(0, 4)}</text>`]
      : [],
  );
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMid meet">
<line x1="0" y1="${height - axis + 0.5}" x2="${width}" y2="${height - axis + 0.5}" class="axis"/>
${bars}
${labels}
</svg>
<ul class="legend">${series.map((name) => html`<li><span class="swatch" style="background:${colour(name)}"></span>${name}</li>`)}</ul>
<figcaption>${caption} Most in one month: ${max}.</figcaption>
</figure>`;
}

/** A small line of articles per quarter over the archive's whole span, so outlets compare at a glance. */
export function sparkline(articles: Dated[], span: { first: string; last: string }, label: string): Html {
  const quarter = (iso: string) => Number(iso.slice(0, 4)) * 4 + Math.floor((Number(iso.slice(5, 7)) - 1) / 3);
  const [from, to] = [quarter(span.first), quarter(span.last)];
  const counts = new Array<number>(to - from + 1).fill(0);
  for (const a of articles) if (a.date) counts[quarter(a.date) - from]! += 1;
  const max = Math.max(1, ...counts);
  const [width, height] = [120, 24];
  const x = (k: number) => (counts.length === 1 ? width / 2 : (k * width) / (counts.length - 1));
  const points = counts.map((n, k) => `${x(k).toFixed(1)},${(height - 2 - (n / max) * (height - 4)).toFixed(1)}`).join(' ');
  return html`<svg class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}"><polyline points="${points}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`;
}
