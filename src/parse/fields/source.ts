/**
 * Source: the publishing outlet. Rules read only the page's furniture (copyright
 * lines, bylines, site-name lines, the wire dateline), never the prose of the
 * article, so an outlet that is only quoted or cited there ("..., CNN
 * reported") is never taken for the publisher. When nothing names it, the
 * source is null.
 */
import type { OutletRegistry, Outlet } from '../../outlets/registry.ts';
import type { Page, PageLine } from '../page.ts';
import type { BodyRegion } from './body.ts';
import type { Candidate } from '../types.ts';

export interface SourceContext {
  page: Page;
  region: BodyRegion | null;
  registry: OutletRegistry;
}

export interface SourceValue {
  name: string;
  /** A wire agency credited in the byline or dateline, when it is not the publisher. */
  credit: string | null;
}

interface SourceRule {
  name: string;
  find(ctx: SourceContext): Candidate<SourceValue> | null;
}

const NOT_PUBLISHER = /\b(?:getty|shutterstock|istock|alamy|photo|image|picture|video|map|graphic|ap images|wikimedia|openstreetmap|mapbox|google|youtube|twitter|instagram|facebook)\b/i;

/** Lines outside the article prose: the header above the body and the footer below it. */
function furniture(ctx: SourceContext): PageLine[] {
  const { lines } = ctx.page;
  if (!ctx.region) return lines;
  const { start, end } = ctx.region;
  return lines.filter((l) => l.i < start || l.i > end || l.kind !== 'text' || !l.prose);
}

function candidate(rule: string, line: PageLine, outlet: Outlet | string, confidence: number, credit: string | null = null): Candidate<SourceValue> {
  const name = typeof outlet === 'string' ? outlet : outlet.name;
  return { value: { name, credit: credit === name ? null : credit }, evidence: { rule, line: line.n, text: line.text, confidence } };
}

// Legal forms that follow a company's name; they never name an outlet on their own.
const LEGAL_FORM = /\b(?:all rights reserved|inc|llc|ltd|limited|plc|gmbh|pvt|private|s\.a|corp(?:oration)?|company|co)\b\.?/gi;

/** The organisation a copyright line names: "© 2021 Harbor Ledger Media Inc. All rights reserved." */
export function copyrightHolder(text: string): string | null {
  const m = /(?:©|\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([^.|,;©\d]{2,60}?)(?:\s*[.|,;\d]|\s+[-–]\s|\s+all rights|\s*$)/iu.exec(text);
  const name = (m?.[1] ?? '').replace(LEGAL_FORM, '').replace(/\s+/g, ' ').trim();
  if (!name || NOT_PUBLISHER.test(name)) return null;
  const words = name.split(' ');
  if (words.length > 6 || !/^[\p{Lu}\p{N}]/u.test(name)) return null;
  return name;
}

const WIRE_DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’,/-]{1,60}(?:,|\s)\s*[^()]{0,40}?\(([^()]{2,40})\)\s*[-–—:]/u;
const SITE_NAME_LINE = /^(?:search|about|contact|subscribe to|follow|more from|welcome to|home|©)\s+(.{2,40})$/i;

export const SOURCE_RULES: SourceRule[] = [
  {
    // "© 2023 The Kestran Herald. All rights reserved." names the site's owner.
    name: 'source/copyright-line',
    find(ctx) {
      const lines = furniture(ctx).filter((l) => l.kind === 'copyright' && !NOT_PUBLISHER.test(l.text)).reverse();
      for (const line of lines) {
        const text = line.text.replace(LEGAL_FORM, ' ');
        const known = ctx.registry.namesIn(text)[0]?.outlet ?? ctx.registry.domainsIn(text)[0]?.outlet;
        if (known) return candidate('source/copyright-line', line, known, 0.9);
      }
      return null;
    },
  },
  {
    // A line that is only the outlet's name or domain: the logo text, or "Search SlashGear".
    name: 'source/site-name-line',
    find(ctx) {
      const lines = furniture(ctx).filter((l) => l.words <= 6 && l.kind !== 'caption');
      for (const line of lines) {
        const text = (SITE_NAME_LINE.exec(line.text)?.[1] ?? line.text).trim();
        const known = ctx.registry.byExactName(text) ?? (/^[\w.-]+\.[a-z]{2,}$/i.test(text) ? ctx.registry.byHost(text) : undefined);
        if (known) return candidate('source/site-name-line', line, known, 0.75);
      }
      return null;
    },
  },
  {
    // "By Jane Doe, Reuters", "Jane Doe | CNN", "By Reuters Staff"
    name: 'source/byline',
    find(ctx) {
      for (const line of furniture(ctx).filter((l) => l.kind === 'byline' || (l.words <= 12 && / \| /.test(l.text)))) {
        const known = ctx.registry.namesIn(line.text)[0]?.outlet;
        if (known) return candidate('source/byline', line, known, 0.7, known.kind === 'wire' ? known.name : null);
      }
      return null;
    },
  },
  {
    // "KYIV, Feb 26 (Reuters) -": a wire story; the agency is the publisher we can name.
    name: 'source/wire-dateline',
    find(ctx) {
      if (!ctx.region) return null;
      for (let i = ctx.region.start; i <= Math.min(ctx.region.end, ctx.region.start + 3); i++) {
        const line = ctx.page.lines[i]!;
        const token = WIRE_DATELINE.exec(line.text)?.[1];
        const known = token ? ctx.registry.byDateline(token.trim()) : undefined;
        if (known) return candidate('source/wire-dateline', line, known, 0.65, known.kind === 'wire' ? known.name : null);
      }
      return null;
    },
  },
  {
    // A registry domain in the furniture ("reuters.com", a canonical link).
    name: 'source/domain',
    find(ctx) {
      for (const line of furniture(ctx)) {
        if (NOT_PUBLISHER.test(line.text)) continue;
        const known = ctx.registry.domainsIn(line.text)[0]?.outlet;
        if (known) return candidate('source/domain', line, known, 0.55);
      }
      return null;
    },
  },
  {
    // Last resort: the owner a copyright line names, though not in the registry.
    // It may be a parent company, so every rule that names the site comes first.
    name: 'source/copyright-holder',
    find(ctx) {
      for (const line of furniture(ctx).filter((l) => l.kind === 'copyright' && !NOT_PUBLISHER.test(l.text)).reverse()) {
        const holder = copyrightHolder(line.text);
        if (holder) return candidate('source/copyright-holder', line, ctx.registry.byExactName(holder) ?? holder, 0.5);
      }
      return null;
    },
  },
];

/** The wire agency named in the dateline or a byline, whoever the publisher is. */
export function findCredit(ctx: SourceContext): string | null {
  for (const rule of SOURCE_RULES) {
    if (rule.name !== 'source/byline' && rule.name !== 'source/wire-dateline') continue;
    const found = rule.find(ctx);
    if (found?.value.credit) return found.value.credit;
  }
  return null;
}

export function findSource(ctx: SourceContext): Candidate<SourceValue> | null {
  for (const rule of SOURCE_RULES) {
    const found = rule.find(ctx);
    if (found) return found;
  }
  return null;
}
