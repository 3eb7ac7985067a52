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

const NOT_PUBLISHER = /\b(?:getty|shutterstock|istock|alamy|photo|image|picture|video|map|graphic|ap images|wikimedia|openstreetmap|mapbox|google|youtube|twitter|instagram|facebook|flipboard|pinterest|reddit|linkedin|whatsapp|telegram|tumblr)\b/i;

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

// The place is optional: some pages drop it and open with "(Reuters) —".
const WIRE_DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{M} .'’,/-]{1,60}(?:,|\s)\s*[^()]{0,40}?)?\(([^()]{2,40})\)\s*[-–—:]/u;
// Navigation and promo lines that name the site: "Search SlashGear", "More From the Kestran Herald".
const SITE_NAME_LINE = /^(?:search|about|contact|subscribe to|follow|more from|more stories from|latest from|popular on|back to|advertise with|want more|welcome to|home|©)\s+(.{2,80})$/i;
// A lone capitalised word ("People", "Variety") is as likely a menu or section label as a logo.
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
// A staff bio: "Jane Roe is a reporter for the Kestran Herald.", "Senior editor at Kestran Herald."
// The line opens with the bio ("Jane Roe is a", or the role itself), so a sentence of the prose
// that merely mentions "a reporter for" some outlet does not qualify.
const ROLE = ['reporter', 'editor', 'writer', 'correspondent', 'columnist', 'contributor', 'producer', 'journalist', 'critic'].map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`).join('|');
const STAFF_BIO = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}(?:\([^()]{1,30}\)\s+)?(?:(?:is|was)\s+(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}(?:${ROLE})\s+(?:for|at|with)\s+`, 'u');
// Author names before the outlet: "Jane Roe and John Doe, Reuters", "Jane Roe/Reuters", "By Jane Roe | Reuters".
// Each name has two capitalised words at least, so a menu line ("Animals Nature") is no byline.
const PERSON = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3}`;
const NAMES_BEFORE_OUTLET = new RegExp(String.raw`^(?:[Bb]y\s+)?${PERSON}(?:(?:\s*,\s*|\s+(?:and|&)\s+)${PERSON})*\s*[,|/–—-]?\s*$`, 'u');

/** The outlet whose name opens the text, with or without "the": "The Kestran Herald Opinion", "the Kestran Herald". */
function outletOpening(ctx: SourceContext, text: string): Outlet | undefined {
  const bare = text.replace(/^the\s+/i, '');
  return ctx.registry.namesIn(text).find((m) => m.index === 0)?.outlet ?? ctx.registry.namesIn(bare).find((m) => m.index === 0)?.outlet;
}

/** A segment of a "Jane Roe | Reuters" line that is exactly an outlet's name. */
function pipeOutlet(ctx: SourceContext, text: string): Outlet | undefined {
  const parts = text.split(/\s+\|\s+/);
  return parts.length > 1 ? parts.map((p) => ctx.registry.byExactName(p.replace(/^by\s+/i, ''))).find(Boolean) : undefined;
}

/** A copyright line of the footer, not a photo credit ending a caption ("... © Agency / Jane Roe"). */
function isFooterCopyright(line: PageLine): boolean {
  if (line.kind !== 'copyright' || NOT_PUBLISHER.test(line.text)) return false;
  const mark = line.text.search(/©|\(c\)|copyright/i);
  return mark < 0 || line.text.slice(0, mark).split(/\s+/).length <= 6;
}

/** The outlet a byline-shaped line ends with, after the authors' names. */
function bylineOutlet(ctx: SourceContext, text: string): Outlet | undefined {
  const trimmed = text.replace(/[\s.]+$/, '');
  const last = ctx.registry.namesIn(trimmed).at(-1);
  if (!last || last.index + last.matched.length !== trimmed.length) return undefined;
  return NAMES_BEFORE_OUTLET.test(trimmed.slice(0, last.index).replace(/\bthe\s*$/i, '')) ? last.outlet : undefined;
}

export const SOURCE_RULES: SourceRule[] = [
  {
    // "© 2023 The Kestran Herald. All rights reserved." names the site's owner.
    name: 'source/copyright-line',
    find(ctx) {
      const lines = furniture(ctx).filter(isFooterCopyright).reverse();
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
      const lines = furniture(ctx).filter((l) => l.words <= 14 && l.kind !== 'caption' && !NOT_PUBLISHER.test(l.text));
      for (const line of lines) {
        const rest = SITE_NAME_LINE.exec(line.text)?.[1]?.trim();
        // After a navigation prefix the name need only open the rest ("Follow The Kestran Herald Opinion on ...").
        const known = rest
          ? outletOpening(ctx, rest) ?? ctx.registry.byHost(rest)
          : line.words <= 6 && !PLAIN_WORD.test(line.text) ? ctx.registry.byExactName(line.text) ?? (/^[\w.-]+\.[a-z]{2,}$/i.test(line.text) ? ctx.registry.byHost(line.text) : undefined) : undefined;
        if (known) return candidate('source/site-name-line', line, known, 0.75);
      }
      return null;
    },
  },
  {
    // "By Jane Doe, Reuters", "Jane Doe | CNN", "By Reuters Staff", "Jane Doe and John Roe, Reuters".
    // An outlet's own staff outranks a wire agency credited under a photo elsewhere on the page.
    name: 'source/byline',
    find(ctx) {
      let wire: Candidate<SourceValue> | null = null;
      for (const line of furniture(ctx).filter((l) => l.words <= 14)) {
        const known = line.kind === 'byline' ? ctx.registry.namesIn(line.text)[0]?.outlet : pipeOutlet(ctx, line.text) ?? bylineOutlet(ctx, line.text);
        if (!known) continue;
        const found = candidate('source/byline', line, known, 0.7, known.kind === 'wire' ? known.name : null);
        if (known.kind !== 'wire') return found;
        wire ??= found;
      }
      return wire;
    },
  },
  {
    // The author's bio under the article names their employer: "Jane Roe is a reporter for Reuters."
    name: 'source/staff-bio',
    find(ctx) {
      for (const line of ctx.page.lines) {
        if (line.words > 40) continue;
        const role = STAFF_BIO.exec(line.text);
        const known = role ? outletOpening(ctx, line.text.slice(role[0].length)) : undefined;
        if (known) return candidate('source/staff-bio', line, known, 0.6);
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
      for (const line of furniture(ctx).filter(isFooterCopyright).reverse()) {
        // A bare "© Jane Roe", with no year and no rights wording, credits a photographer.
        if (!/\d{4}|copyright|rights/i.test(line.text)) continue;
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
