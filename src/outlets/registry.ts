/**
 * The outlet registry: real outlets and wire agencies as data
 * (registry.json), which users extend with their own JSON file of the same
 * shape. Matching is case-sensitive on names, since many outlets are named
 * with plain words ("Wired", "The Sun"), and case-insensitive on domains.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import slugify from '@sindresorhus/slugify';
import { UNSPACED_SCRIPT } from '../util/scripts.ts';

export interface Outlet {
  name: string;
  aliases?: string[];
  domains?: string[];
  kind: 'wire' | 'outlet';
  country?: string;
  lang?: string;
  /** Token the outlet puts in wire datelines: "(Reuters) -" -> "Reuters". */
  dateline?: string[];
  /** Phrases only the outlet's own pages print ("Thomson Reuters Trust Principles"): wherever they stand, they name the publisher. */
  telltales?: string[];
  /**
   * The name is also an everyday phrase of its language, a menu label on other sites ("Última Hora": "latest news"):
   * a line that is only the name names no site, as with a one-word name ("Nature").
   */
  commonPhrase?: boolean;
  /**
   * How the outlet writes an all-number day where its country's habit does not hold: Ynetnews, an Israeli site,
   * writes "05.11.21" for 11 May.
   */
  numericDates?: 'day-first' | 'month-first';
}

export interface OutletMatch {
  outlet: Outlet;
  /** The text that matched (a name, alias or domain). */
  matched: string;
  index: number;
}

export class OutletRegistry {
  readonly outlets: Outlet[];
  private readonly byName = new Map<string, Outlet>();
  private readonly byDomain = new Map<string, Outlet>();
  private readonly bySlug = new Map<string, Outlet>();
  private readonly byDatelineToken = new Map<string, Outlet>();
  /** The same tokens in lower case, for a dateline in capitals: "(EUROPA PRESS)". */
  private readonly byFoldedDatelineToken = new Map<string, Outlet>();
  /** Tell-tale phrases in lower case, with their outlet. */
  private readonly telltales: Array<{ phrase: string; outlet: Outlet }> = [];
  /** Names and aliases keyed by their first word, longest first: a line is scanned word by word. */
  private readonly byFirstWord = new Map<string, Array<{ name: string; offset: number }>>();
  /** The same lists keyed by the first word in lower case, for names written in capitals ("WIRED"). */
  private readonly byFoldedFirstWord = new Map<string, Array<{ name: string; offset: number }>>();
  /** Names that open in a script written without spaces, longest first: they are found inside a run of its characters. */
  private readonly unspacedNames: string[] = [];

  constructor(outlets: Outlet[]) {
    // Later entries (a user's file) win over earlier ones of the same name.
    const merged = new Map<string, Outlet>();
    for (const o of outlets) merged.set(o.name, o);
    this.outlets = [...merged.values()];
    for (const o of this.outlets) {
      for (const n of [o.name, ...(o.aliases ?? [])].flatMap(apostropheSpellings)) this.byName.set(n, o);
      for (const d of o.domains ?? []) this.byDomain.set(d.toLowerCase(), o);
      for (const t of o.dateline ?? []) {
        this.byDatelineToken.set(t, o);
        this.byFoldedDatelineToken.set(t.toLowerCase(), o);
      }
      for (const phrase of o.telltales ?? []) this.telltales.push({ phrase: phrase.toLowerCase(), outlet: o });
      this.bySlug.set(slugify(o.name), o);
    }
    for (const name of [...this.byName.keys()].sort((a, b) => b.length - a.length)) {
      if (UNSPACED_SCRIPT.test(name[0]!)) this.unspacedNames.push(name);
      const first = FIRST_WORD.exec(name);
      if (!first) continue;
      const list = this.byFirstWord.get(first[0]) ?? [];
      list.push({ name, offset: first.index });
      this.byFirstWord.set(first[0], list);
      const folded = this.byFoldedFirstWord.get(first[0].toLowerCase()) ?? [];
      folded.push({ name, offset: first.index });
      this.byFoldedFirstWord.set(first[0].toLowerCase(), folded);
    }
  }

  get hasTelltales(): boolean {
    return this.telltales.length > 0;
  }

  /** The outlet whose tell-tale phrase the text holds. */
  telltaleIn(text: string): Outlet | undefined {
    const lower = text.toLowerCase();
    return this.telltales.find((t) => lower.includes(t.phrase))?.outlet;
  }

  byExactName(name: string): Outlet | undefined {
    return this.byName.get(name.trim());
  }

  bySlugName(slug: string): Outlet | undefined {
    return this.bySlug.get(slug);
  }

  byDateline(token: string): Outlet | undefined {
    return this.byDatelineToken.get(token) ?? this.byName.get(token) ?? (token === token.toUpperCase() ? this.byFoldedDatelineToken.get(token.toLowerCase()) : undefined);
  }

  /** Outlet whose domain (or a parent domain of it) is `host`. */
  byHost(host: string): Outlet | undefined {
    const parts = host.toLowerCase().replace(/^www\./, '').split('.');
    for (let k = 0; k < parts.length - 1; k++) {
      const o = this.byDomain.get(parts.slice(k).join('.'));
      if (o) return o;
    }
    return undefined;
  }

  /** Every outlet name or alias written in the text, in order. */
  namesIn(text: string): OutletMatch[] {
    // One map lookup per word of the text instead of a regex of every name:
    // matching stays linear in the text whatever the size of the registry.
    const out: OutletMatch[] = [];
    let from = 0;
    for (const word of text.matchAll(WORD)) {
      if (this.unspacedNames.length > 0 && UNSPACED_SCRIPT.test(word[0])) {
        for (const m of this.namesInRun(word[0], word.index)) {
          if (m.index < from) continue;
          out.push(m);
          from = m.index + m.matched.length;
        }
      }
      for (const { name, offset } of this.byFirstWord.get(word[0]) ?? []) {
        const index = word.index - offset;
        if (index < from || !text.startsWith(name, index) || isWordChar(text, index - 1) || isWordChar(text, index + name.length)) continue;
        out.push({ outlet: this.byName.get(name)!, matched: name, index });
        from = index + name.length;
        break;
      }
    }
    return out;
  }


  /**
   * Names inside a run of Chinese or Japanese characters, which has no spaces
   * between words: "朝日新聞社" (the Asahi Shimbun company) holds "朝日新聞".
   * Such names are three characters or more, so a chance match is rare.
   */
  private namesInRun(run: string, at: number): OutletMatch[] {
    const found: OutletMatch[] = [];
    for (const name of this.unspacedNames) {
      for (let i = run.indexOf(name); i >= 0; i = run.indexOf(name, i + name.length)) found.push({ outlet: this.byName.get(name)!, matched: name, index: at + i });
    }
    // In order; of names starting at one place, the longest (the list is longest first and the sort stable).
    return found.sort((a, b) => a.index - b.index);
  }

  /**
   * The longest name or alias that opens the text. Logos and menus often set
   * the name in capitals ("WIRED", "USA TODAY"), so a name written all in
   * capitals matches too; in any other case the match is case-sensitive.
   */
  nameOpening(text: string): OutletMatch | undefined {
    const first = FIRST_WORD.exec(text);
    if (!first) return undefined;
    const caps = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(first[0]);
    const names = caps ? this.byFoldedFirstWord.get(first[0].toLowerCase()) : this.byFirstWord.get(first[0]);
    for (const { name, offset } of names ?? []) {
      if (first.index !== offset || isWordChar(text, name.length)) continue;
      const head = text.slice(0, name.length);
      if (head === name || (caps && !/\p{Ll}/u.test(head) && head.toLowerCase() === name.toLowerCase())) return { outlet: this.byName.get(name)!, matched: head, index: 0 };
    }
    return undefined;
  }

  /** Every registry domain written in the text (as a host or URL). */
  domainsIn(text: string): OutletMatch[] {
    const out: OutletMatch[] = [];
    for (const m of hostsIn(text)) {
      const outlet = this.byHost(m[0]);
      if (outlet) out.push({ outlet, matched: m[0], index: m.index ?? 0 });
    }
    return out;
  }
}

/** Host names written in the text, bare or in a URL or e-mail address: "www.kestranherald.example". */
export function hostsIn(text: string): RegExpMatchArray[] {
  // Not the name before an e-mail's @ ("jane.roe@kestranherald.example"), which only looks like one.
  return [...text.matchAll(/\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b(?!@)/gi)];
}

/** A name with an apostrophe in both its typed and its typeset form: pages print "Runner’s World" as often as "Runner's World". */
function apostropheSpellings(name: string): string[] {
  return /['’]/.test(name) ? [...new Set([name, name.replace(/’/g, "'"), name.replace(/'/g, '’')])] : [name];
}

const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /[\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const ch = text.codePointAt(i);
  return ch !== undefined && i >= 0 && WORD_CHAR.test(String.fromCodePoint(ch));
}

export interface RegistryFile {
  version: number;
  outlets: Outlet[];
}

/** Check a registry file's shape; returns the reason it is unusable, or null. */
export function registryFileProblem(data: unknown): string | null {
  const file = data as Partial<RegistryFile> | null;
  if (!file || typeof file !== 'object' || !Array.isArray(file.outlets)) return 'it must be a JSON object with an "outlets" array';
  for (const [k, o] of file.outlets.entries()) {
    if (!o || typeof o.name !== 'string' || !o.name.trim()) return `outlet #${k + 1} has no "name"`;
    if (o.kind !== 'wire' && o.kind !== 'outlet') return `outlet "${o.name}" must have "kind": "wire" or "outlet"`;
    for (const key of ['aliases', 'domains', 'dateline', 'telltales'] as const) {
      const v = o[key];
      if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) return `outlet "${o.name}": "${key}" must be a list of texts`;
    }
    if (o.commonPhrase !== undefined && typeof o.commonPhrase !== 'boolean') return `outlet "${o.name}": "commonPhrase" must be true or false`;
    if (o.numericDates !== undefined && o.numericDates !== 'day-first' && o.numericDates !== 'month-first') return `outlet "${o.name}": "numericDates" must be "day-first" or "month-first"`;
  }
  return null;
}

let builtIn: Outlet[] | null = null;

export function builtInOutlets(): Outlet[] {
  builtIn ??= (JSON.parse(readFileSync(fileURLToPath(new URL('./registry.json', import.meta.url)), 'utf8')) as RegistryFile).outlets;
  return builtIn;
}

let defaultRegistry: OutletRegistry | null = null;

export function defaultOutletRegistry(): OutletRegistry {
  defaultRegistry ??= new OutletRegistry(builtInOutlets());
  return defaultRegistry;
}
