/**
 * Raw file -> record. Runs the field finders in the order their inputs
 * need (body region first: the headline sits above it, the date next to the
 * headline), then lays user corrections from front-matter and the outlet
 * folder over what was found. Never throws for any input text.
 */
import { decode } from './decode.ts';
import { readFrontMatter, type Overrides } from './frontmatter.ts';
import { buildPage, foldKey, toLines } from './page.ts';
import { readInput } from './input.ts';
import { bodyEvidence, findRegion, selectBody, toMarkdown, withoutPublisherAbout, type BodyBlock } from './fields/body.ts';
import { findDek, findHeadline, withoutSiteName } from './fields/headline.ts';
import { findCredit, findSource } from './fields/source.ts';
import { findDate, findDayWithoutYear } from './fields/date.ts';
import { numericOrderOf, numericOrderOfCountry } from './dates.ts';
import { findLang } from './fields/lang.ts';
import { defaultOutletRegistry, type OutletRegistry } from '../outlets/registry.ts';
import { WEAK_CONFIDENCE, type ArticleRecord, type Evidence, type Problem } from './types.ts';

export interface ParseOptions {
  /** Path relative to the articles folder, `/`-separated: `reuters/kyiv.txt`. */
  file: string;
  registry?: OutletRegistry;
}

export type ParsedFile =
  | { ok: true; record: ArticleRecord; encoding: string }
  | { ok: false; problems: Problem[] };

const FRONT_MATTER: Omit<Evidence, 'text' | 'line'> = { rule: 'front-matter', confidence: 1 };

/** How sure the source must be for its country to settle all-number days. */
const TRUSTED_SOURCE = 0.5;

/** Bytes of a raw file -> record, or the problem that stops it being an article. */
export function parseFile(bytes: Uint8Array, options: ParseOptions): ParsedFile {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const record = parseArticle(decoded.text, options);
  record.warnings.unshift(...decoded.problems);
  if (!record.body.trim() && !record.evidence.headline.text) {
    return { ok: false, problems: [...record.warnings, { severity: 'error', rule: 'parse/no-article', message: 'No article text was found in the file. Paste the article text into it, or remove it from the articles folder.' }] };
  }
  return { ok: true, record, encoding: decoded.encoding };
}

export function parseArticle(text: string, options: ParseOptions): ArticleRecord {
  const registry = options.registry ?? defaultOutletRegistry();
  const fm = readFrontMatter(text);
  const input = readInput(fm.content, fm.lineOffset);
  const { metadata } = input;
  const warnings: Problem[] = [...fm.problems, ...input.notes];
  const page = buildPage(toLines(input.text, fm.lineOffset));

  const region = findRegion(page);
  const headlineFound = findHeadline({ page, region, metadata });
  const dekLine = headlineFound ? findDek({ page, region, metadata }, headlineFound.index) : null;
  const exclude = new Set<number>([headlineFound?.index ?? -1, dekLine?.i ?? -1]);
  const body = selectBody(page, region, exclude, headlineFound ? foldKey(headlineFound.value) : null);
  let markdown = toMarkdown(body.blocks);
  if (!markdown && page.lines.length > 0 && region === null) {
    // No prose found: keep every line rather than lose the text.
    markdown = toMarkdown(page.lines.filter((l) => !exclude.has(l.i)).map((line) => ({ line, type: 'paragraph' as const })));
    warnings.push({ severity: 'warning', rule: 'body/no-prose', message: 'No paragraph of prose was found, so every line was kept as the body. Check the page and trim it by hand if needed.' });
  }

  const langFound = findLang(body.blocks.map((b) => b.line.text).join('\n'));
  const lang = fm.overrides.lang ?? langFound?.value ?? null;
  const captured = fm.overrides.captured ?? metadata.captured?.value ?? null;
  const sourceCtx = { page, region, registry, headlineIndex: headlineFound?.index ?? null, metadata };
  const sourceFound = findSource(sourceCtx);
  const folder = folderSource(options.file, registry);
  // The publisher as the user names it or the page does: its way of writing all-number days, or its country's, settles
  // them where the page's other dates do not. An outlet the article only quotes ("told Ynet") is too weak a guess.
  const publisher = fm.overrides.source ?? folder?.name ?? (sourceFound && sourceFound.evidence.confidence >= TRUSTED_SOURCE ? sourceFound.value.name : undefined);
  const outlet = publisher ? registry.byExactName(publisher) : undefined;
  const order = numericOrderOf(page.lines.map((l) => l.text)) ?? outlet?.numericDates ?? numericOrderOfCountry(outlet?.country ?? null);
  const dateCtx = { page, region, headlineIndex: headlineFound?.index ?? null, lang, captured, metadata, order };
  const dateFound = findDate(dateCtx);
  const yearless = dateFound ? null : findDayWithoutYear(dateCtx);

  const record: ArticleRecord = {
    file: options.file,
    headline: headlineFound?.value ?? headlineFromFileName(options.file),
    dek: dekLine?.text ?? null,
    source: sourceFound?.value.name ?? null,
    credit: sourceFound?.value.credit ?? findCredit(sourceCtx),
    date: dateFound?.value.day ?? null,
    dateCertainty: dateFound?.value.certainty ?? 'none',
    dayWithoutYear: yearless?.monthDay ?? null,
    lang,
    author: null,
    url: metadata.url?.value ?? null,
    tags: [],
    captured,
    body: markdown,
    warnings,
    evidence: {
      headline: headlineFound?.evidence ?? { rule: 'headline/file-name', line: null, text: options.file, confidence: 0.1 },
      source: sourceFound?.evidence ?? { rule: 'source/none', line: null, text: null, confidence: 0 },
      date: dateFound?.evidence ?? { rule: 'date/none', line: null, text: null, confidence: 0 },
      body: body.evidence,
      lang: fm.overrides.lang ? { ...FRONT_MATTER, line: null, text: fm.overrides.lang } : (langFound?.evidence ?? { rule: 'lang/none', line: null, text: null, confidence: 0 }),
    },
  };

  if (folder) applyFolder(record, folder);
  applyOverrides(record, fm.overrides);
  // A line only an outlet's own pages print ("… has not been edited by NDTV staff …") is its furniture, not the article.
  let kept: readonly BodyBlock[] = registry.hasTelltales ? body.blocks.filter((b) => !registry.telltaleIn(b.line.text)) : body.blocks;
  if (record.source) {
    const outlet = registry.byExactName(record.source);
    const names = [record.source, ...(outlet?.aliases ?? [])];
    if (headlineFound && !fm.overrides.headline) record.headline = withoutSiteName(record.headline, names);
    kept = withoutPublisherAbout(kept, names);
  }
  if (region && kept.length < body.blocks.length) {
    record.body = toMarkdown(kept);
    record.evidence.body = bodyEvidence(page, region, kept);
  }
  if (record.date) record.dayWithoutYear = null;
  if (record.credit === record.source) record.credit = null;
  warnings.push(...reviewNotes(record, yearless));
  return record;
}

/** `articles/<outlet-slug>/file.txt`: the folder names the publisher. */
function applyFolder(record: ArticleRecord, { folder, name }: FolderSource): void {
  record.source = name;
  record.evidence.source = { rule: 'source/folder', line: null, text: `${folder}/`, confidence: 0.95 };
}

interface FolderSource {
  folder: string;
  name: string;
}

/** The outlet a file's folder names, if any. */
function folderSource(file: string, registry: OutletRegistry): FolderSource | null {
  const parts = file.split('/');
  const folder = parts.length > 1 ? parts[0]! : null;
  if (!folder || /^\d+$/.test(folder)) return null;
  return { folder, name: registry.bySlugName(folder)?.name ?? titleCase(folder) };
}

function applyOverrides(record: ArticleRecord, o: Overrides): void {
  const at = (text: string) => ({ ...FRONT_MATTER, line: null, text });
  if (o.headline) {
    record.headline = o.headline;
    record.evidence.headline = at(o.headline);
  }
  if (o.source) {
    record.source = o.source;
    record.evidence.source = at(o.source);
  }
  if (o.date) {
    record.date = o.date;
    record.dateCertainty = 'explicit';
    record.evidence.date = at(o.date);
  }
  if (o.url) record.url = o.url;
  if (o.author) record.author = o.author;
  if (o.tags) record.tags = o.tags;
}

/** What a reader should check: fields that are missing or only inferred. */
function reviewNotes(record: ArticleRecord, yearless: { text: string; line: number } | null): Problem[] {
  const notes: Problem[] = [];
  if (record.evidence.headline.rule === 'headline/file-name') {
    notes.push({ severity: 'warning', rule: 'headline/missing', message: 'No headline line was found; the file name is used. Add `headline: ...` front-matter to set it.' });
  }
  if (!record.source) {
    notes.push({ severity: 'info', rule: 'source/unknown', message: 'The text does not name its publisher. Add `source: Outlet Name` front-matter, or put the file in a folder named after the outlet (articles/<outlet-slug>/).' });
  } else if (record.evidence.source.confidence < WEAK_CONFIDENCE) {
    const { line, text, rule } = record.evidence.source;
    // The evidence may be a whole paragraph; its opening is enough to find it.
    const quoted = text && text.length > 80 ? `${text.slice(0, 79)}…` : text;
    notes.push({ severity: 'info', rule: 'source/weak', message: `The publisher "${record.source}" is only a guess (${rule}: "${quoted}"). Add \`source: Outlet Name\` front-matter if it is wrong.`, ...(line ? { line } : {}) });
  }
  if (record.dateCertainty === 'none' && record.dayWithoutYear && yearless) {
    notes.push({ severity: 'info', rule: 'date/no-year', line: yearless.line, message: `The text gives the day ("${yearless.text}") but no year, and nothing in the file says which year. Add \`date: YYYY-MM-DD\` front-matter.` });
  } else if (record.dateCertainty === 'bound') {
    const { line, rule } = record.evidence.date;
    const later = rule === 'date/print-edition' ? 'it was printed' : 'it was updated';
    notes.push({ severity: 'info', rule, message: `The page gives only the day ${later} (${record.date}), so it was first published on or before that day; it is listed on that day until you add \`date: YYYY-MM-DD\` front-matter with the publication day.`, ...(line ? { line } : {}) });
  } else if (record.dateCertainty === 'none') {
    notes.push({ severity: 'info', rule: 'date/unknown', message: 'No publication date was found in the text. Add `date: YYYY-MM-DD` front-matter, or `captured: YYYY-MM-DD` if the page only gives a relative date.' });
  } else if (record.dateCertainty === 'inferred') {
    const line = record.evidence.date.line;
    notes.push({ severity: 'info', rule: 'date/inferred', message: `The date was completed from context (${record.evidence.date.text}). Add \`date: YYYY-MM-DD\` front-matter if it is wrong.`, ...(line ? { line } : {}) });
  }
  return notes;
}

function titleCase(slug: string): string {
  return slug.split(/[-_\s]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

function headlineFromFileName(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim() || 'Untitled article';
}
