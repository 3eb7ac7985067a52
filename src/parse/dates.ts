/**
 * Finding dates in a line of text, apart from deciding which one is the
 * publication date (fields/date.ts). chrono-node reads the many written
 * forms in each language; this module only says what was written: a full
 * day, a day without its year, or a relative time.
 */
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';

/**
 * `ambiguous`: an all-number day such as 03/04/2023 whose day and month could
 * be swapped (in English, where the US and the UK write them in different
 * orders); it is reported but never taken as a publication day.
 */
export type DateKind = 'full' | 'yearless' | 'relative' | 'ambiguous';

export interface FoundDate {
  kind: DateKind;
  /** YYYY-MM-DD; for `yearless` the year is a placeholder to be completed. */
  day: string;
  month: number;
  dayOfMonth: number;
  /** Offset in the line and the text chrono read. */
  index: number;
  text: string;
}

type Parser = { parse: (text: string, ref?: Date) => chrono.ParsedResult[] };

const STRICT: Record<string, Parser> = {
  en: chrono.en.strict,
  de: chrono.de.strict,
  es: chrono.es.strict,
  fr: chrono.fr.strict,
  it: chrono.it.strict,
  ja: chrono.ja.strict,
  nl: chrono.nl.strict,
  pt: chrono.pt.strict,
  ru: chrono.ru.strict,
  uk: chrono.uk.strict,
  zh: chrono.zh.strict,
  sv: chrono.sv.strict,
};

// "ago" before a figure is the month in Portuguese, Spanish and Italian: "12.ago.2025".
const RELATIVE = /\bago\b(?![\s.]*\d)|\b(?:yesterday|today|just now)\b|назад|вчера|сегодня|тому|вчора|сьогодні|vor \d|gestern|heute|há \d|ontem|hoje|fa\b|ieri|oggi|hace|ayer|hoy|il y a|hier|aujourd/i;

/** Casual parsers, for relative times only ("vor 4 Tagen", "4 дні тому"), which the strict ones do not read. */
const CASUAL: Record<string, Parser> = { de: chrono.de.casual, uk: chrono.uk.casual, ru: chrono.ru.casual, fr: chrono.fr.casual, it: chrono.it.casual, pt: chrono.pt.casual, es: chrono.es.casual };

// chrono reads neither "há 4 dias" nor "hace 4 días"; in English they are "4 days ago".
const AGO_UNITS: Record<string, string> = { dia: 'day', día: 'day', hora: 'hour', minuto: 'minute', semana: 'week', mes: 'month', ano: 'year', año: 'year' };
const PT_ES_AGO = /(?<!\p{L})(?:há|hace)\s+(\d+)\s+(dia|día|hora|minuto|semana|mes|ano|año)(?:e?s)?(?!\p{L})/giu;
const YEAR = /(?:^|\D)(?:1[89]\d\d|20\d\d)(?:\D|$)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?:\D|$)|'\d\d\b/;

// Copies from the browser run a date's year into the time or the next word:
// "NOV 20 20194:29 AM", "18.11.2019Get short URL".
const GLUED_YEAR_TIME = /\b((?:19|20)\d\d)(\d{1,2}:\d\d)/g;
const GLUED_YEAR_WORD = /\b((?:19|20)\d\d)(?=[\p{Script=Latin}\p{Script=Cyrillic}])/gu;
// Korean and Hungarian pages write "2019. 11. 20."; chrono reads it as ISO.
const DOTTED_YMD = /\b((?:19|20)\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?!\d)/g;
// Dots between day, month and a four-digit year are the European order
// (DD.MM.YYYY, or with spaces: "8. 5. 2019"), unless the page says otherwise (see dottedDay): 11.04.2025 is 11 April,
// not ambiguous.
const DOTTED_DMY = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?![\d.]\d)/g;
// A time on the twelve-hour clock after a date: "10.8.2020 11:00 AM". Pages that write the day first keep the 24-hour clock.
const TWELVE_HOUR_AFTER = /^,?\s+\d{1,2}:\d\d\s*[ap]\.?m\b/i;

/**
 * A dotted all-number day as ISO. Day first, as Europe writes it; month first where the page or its country writes
 * all-number days so ("10.8.2020" on a US site is 8 October); left to read as an ambiguous day where the page's order is
 * unknown but its twelve-hour clock is American ("10.8.2020 11:00 AM").
 */
function dottedDay(all: string, d: string, m: string, y: string, order: NumericOrder, twelveHour: boolean): string {
  if (order === 'month-first' && Number(d) <= 12 && Number(m) <= 31) return `${y}-${d.padStart(2, '0')}-${m.padStart(2, '0')}`;
  if (order === null && twelveHour) return `${d}/${m}/${y}`;
  return Number(m) <= 12 && Number(d) <= 31 ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : all;
}

// A day, a month's name and a year run together with dots: "3.mar.2024" (Brazilian papers).
const DOTTED_DAY_MONTH_NAME = /(?<![\p{L}\d.])(\d{1,2})\.(\p{L}{3,9})\.((?:19|20)\d\d)(?!\d)/gu;
// Or a day with its stop before a month's name, as Central European sites write in English too: "21. Sep 2020".
const DOTTED_DAY_THEN_MONTH = /(?<![\p{L}\d.])(\d{1,2})\.\s+(?=\p{L}{3,9}\.?\s+(?:19|20)\d\d(?!\d))/gu;
// A time in a US time zone after an all-number date: "12/10/2019 06:32 PM EST", "9/12/2019 12:40 AM PT", "12/03/2019 05:45 pm ET".
const US_TIME_AFTER = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?\s*)?(?:E|C|M|P|AK|H)[SD]?T\b/i;
// Day and month both written as numbers up to 12: 03/04/2023, 4.3.23.
const NUMERIC_DAY = /^(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}/;

// chrono has no Indonesian, Malay or Polish parser; their dates read as English ones once the month is
// translated ("30 Maret 2015", "Posted on Oktober 27, 2015", "7 października 2025").
const MALAY_MONTHS: Record<string, string> = {
  januari: 'January', februari: 'February', maret: 'March', mac: 'March', april: 'April', mei: 'May', juni: 'June', jun: 'June',
  juli: 'July', julai: 'July', agustus: 'August', ogos: 'August', september: 'September', oktober: 'October', november: 'November',
  desember: 'December', disember: 'December',
};
// Polish writes a date's month in the genitive ("7 października"), a heading's in the nominative ("październik 2025").
const POLISH_MONTHS: Record<string, string> = {
  stycznia: 'January', styczeń: 'January', lutego: 'February', luty: 'February', marca: 'March', marzec: 'March',
  kwietnia: 'April', kwiecień: 'April', maja: 'May', maj: 'May', czerwca: 'June', czerwiec: 'June', lipca: 'July', lipiec: 'July',
  sierpnia: 'August', sierpień: 'August', września: 'September', wrzesień: 'September', października: 'October',
  październik: 'October', listopada: 'November', listopad: 'November', grudnia: 'December', grudzień: 'December',
};
/** A language's month names with the pattern that finds them. */
const monthNames = (names: Record<string, string>) => ({ names, pattern: new RegExp(String.raw`(?<!\p{L})(?:${Object.keys(names).join('|')})(?!\p{L})`, 'giu') });
const MALAY = monthNames(MALAY_MONTHS);
const ENGLISH_MONTHS: Record<string, ReturnType<typeof monthNames>> = { id: MALAY, ms: MALAY, pl: monthNames(POLISH_MONTHS) };

// Languages that write a day in figures day first (03/06/2025 is 3 June), as their chrono parsers read it.
const DAY_FIRST = new Set(['de', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'sv', 'uk']);
// Day-first languages chrono has no parser for, whose dates are read as English ones (months translated above):
// "Senin, 06/01/2020" is 6 January on an Indonesian page. English read day first, as in the UK.
const DAY_FIRST_WITHOUT_PARSER = new Set(['id', 'ms', 'pl', 'tr', 'cs', 'sk', 'ro', 'el', 'da', 'no', 'nb', 'fi', 'hr', 'sr', 'sl', 'bg', 'vi']);
const EN_DAY_FIRST: Parser = new chrono.Chrono(dayFirstEnglish());

/**
 * chrono's English read day first. It skips "April 11" with no year, as if 11 were a year ("April '11"); pages
 * that write all-number days first still date stories "April 11 (Reuters) -".
 */
function dayFirstEnglish(): ReturnType<typeof chrono.en.configuration.createConfiguration> {
  const configuration = chrono.en.configuration.createConfiguration(true, true);
  for (const parser of configuration.parsers) if ('shouldSkipYearLikeDate' in parser) parser.shouldSkipYearLikeDate = false;
  return configuration;
}

export type NumericOrder = 'day-first' | 'month-first' | null;
// Countries that write the month first (the US and the Pacific states in free association with it), and those that
// write the year first or mix the orders; the rest of the world writes the day first.
const MONTH_FIRST_COUNTRIES = new Set(['US', 'PH', 'FM', 'MH', 'PW']);
const NO_COMMON_ORDER = new Set(['CA', 'CN', 'JP', 'KR', 'KP', 'TW', 'HU', 'LT', 'MN', 'IR']);

/** How a country's own publications write an all-number day (ISO 3166 code), when it has one common way. */
export function numericOrderOfCountry(country: string | null): NumericOrder {
  if (!country || NO_COMMON_ORDER.has(country)) return null;
  return MONTH_FIRST_COUNTRIES.has(country) ? 'month-first' : 'day-first';
}

// A day in figures with its year, parted by slashes or dashes: "10/28/2019", "28-10-19".
const DAY_IN_FIGURES = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:19|20)?\d\d(?![\d/.-])/g;

/**
 * The order a page writes all-number days in, where one of them settles it: a site prints every date with the
 * same code, so "10/28/2019" in its list of stories says that its "11/10/2019" is 10 November.
 */
export function numericOrderOf(texts: Iterable<string>): NumericOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    if (!text.includes('/') && !text.includes('-')) continue;
    for (const m of text.matchAll(DAY_IN_FIGURES)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
      if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

/** Parsers to try for a language: its own, then English (sites often show English dates), then for a relative time its casual one. */
function parsersFor(lang: string | null, relative: boolean, order: NumericOrder): Parser[] {
  const own = lang ? STRICT[lang] : undefined;
  const casual = relative && lang ? CASUAL[lang] : undefined;
  const english = order === 'day-first' || (lang && DAY_FIRST_WITHOUT_PARSER.has(lang)) ? EN_DAY_FIRST : STRICT.en!;
  return [...(own && lang !== 'en' ? [own, english] : [english]), ...(casual ? [casual] : [])];
}

/** All dates written in `text`, anchored on `reference` for relative ones; `order` is the page's order of all-number days. */
export function datesIn(text: string, lang: string | null, reference?: Date, order: NumericOrder = null): FoundDate[] {
  const months = lang ? ENGLISH_MONTHS[lang] : undefined;
  const translated = months
    ? text.replace(months.pattern, (m) => months.names[m.toLowerCase()]!)
    : lang === 'pt' || lang === 'es'
        ? text.replace(PT_ES_AGO, (_, n: string, unit: string) => `${n} ${AGO_UNITS[unit.toLowerCase()]}s ago`)
        : text;
  // German's parser reads "21. September" itself; the English one needs the stop gone.
  const unstopped = lang === 'en' || lang === null ? translated.replace(DOTTED_DAY_THEN_MONTH, '$1 ') : translated;
  const clean = unstopped.replace(GLUED_YEAR_TIME, '$1 $2').replace(GLUED_YEAR_WORD, '$1 ').replace(DOTTED_YMD, '$1-$2-$3').replace(DOTTED_DAY_MONTH_NAME, '$1 $2 $3').replace(DOTTED_DMY, (all, d: string, m: string, y: string, at: number, whole: string) => dottedDay(all, d, m, y, order, TWELVE_HOUR_AFTER.test(whole.slice(at + all.length, at + all.length + 16))));
  const ref = reference ?? new Date(Date.UTC(2000, 0, 1));
  for (const parser of parsersFor(lang, RELATIVE.test(clean), order)) {
    let results: chrono.ParsedResult[];
    try {
      results = parser.parse(clean, ref);
    } catch {
      continue;
    }
    const dayFirst = (lang !== null && DAY_FIRST.has(lang) && parser === STRICT[lang]) || parser === EN_DAY_FIRST;
    const found = results.map((r) => toFound(r, dayFirst, order === 'month-first' || US_TIME_AFTER.test(clean.slice(r.index, r.index + r.text.length + 24)))).filter((f): f is FoundDate => f !== null);
    if (found.length) return found;
  }
  return [];
}

/**
 * chrono's result as a found date of its kind. `monthFirst`: its time is given in a US zone
 * ("12/10/2019 06:32 PM EST", "9/12/2019 12:40 AM PT"), so an all-number date is not ambiguous.
 */
function toFound(r: chrono.ParsedResult, dayFirst: boolean, monthFirst: boolean): FoundDate | null {
  const c = r.start;
  if (!c.isCertain('month') || !c.isCertain('day')) {
    if (!RELATIVE.test(r.text)) return null;
  }
  const year = c.get('year');
  const month = c.get('month');
  const dayOfMonth = c.get('day');
  if (year === null || month === null || dayOfMonth === null) return null;
  // Apart from relative times, a day is written with a number; "within a week" names none.
  if (!RELATIVE.test(r.text) && !/\d/.test(r.text)) return null;
  const kind: DateKind = RELATIVE.test(r.text) ? 'relative' : !c.isCertain('year') || !YEAR.test(r.text) ? 'yearless' : !dayFirst && !monthFirst && swappable(r.text) ? 'ambiguous' : 'full';
  // Without its year, a day and month in figures alone ("5 1", "5/1") are as likely a table's numbers.
  if (kind === 'yearless' && !/\p{L}/u.test(r.text)) return null;
  const dt = DateTime.fromObject({ year: kind === 'yearless' ? 2000 : year, month, day: dayOfMonth });
  if (!dt.isValid) return null;
  return { kind, day: dt.toISODate()!, month, dayOfMonth, index: r.index, text: r.text.trim() };
}

function swappable(text: string): boolean {
  const m = NUMERIC_DAY.exec(text.trim());
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a !== b && a <= 12 && b <= 12;
}

/** Complete a day written without its year, given a year to anchor on. */
export function withYear(found: FoundDate, year: number): string | null {
  const dt = DateTime.fromObject({ year, month: found.month, day: found.dayOfMonth });
  return dt.isValid ? dt.toISODate() : null;
}
