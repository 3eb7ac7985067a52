/**
 * Language of the article, from its body text (franc-min), so the date
 * finder reads month names in the right language.
 */
import { franc } from 'franc-min';
import type { Candidate } from '../types.ts';

// franc answers in ISO 639-3; the record uses ISO 639-1 like HTML's lang.
const ISO1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', deu: 'de', por: 'pt', ita: 'it', spa: 'es', fra: 'fr', nld: 'nl', pol: 'pl',
  jpn: 'ja', kor: 'ko', cmn: 'zh', ind: 'id', zlm: 'ms', arb: 'ar', tur: 'tr', swe: 'sv', ces: 'cs', ron: 'ro',
  hun: 'hu', ell: 'el', heb: 'he', hin: 'hi', ben: 'bn', vie: 'vi', tha: 'th', fin: 'fi', dan: 'da', nob: 'no',
  bul: 'bg', srp: 'sr', hrv: 'hr', slk: 'sk', pes: 'fa', urd: 'ur', tgl: 'tl', swh: 'sw', bel: 'be', kaz: 'kk',
};

const LANGUAGES = Object.keys(ISO1);

/** A line of mostly letters: running text, not a table's names and figures, which franc reads as any language. */
function isWordy(paragraph: string): boolean {
  const chars = paragraph.replace(/\s+/g, '');
  return chars.length > 0 && (chars.match(/\p{L}/gu)?.length ?? 0) >= chars.length * 0.75;
}

export function findLang(body: string): Candidate<string> | null {
  // franc's cost grows with the text; a thousand characters settle the language.
  const sample = body
    .split(/\n+/)
    .filter(isWordy)
    .join('\n\n')
    .slice(0, 1000);
  if (sample.length < 20) return null;
  // Only the languages the record can name: fewer models to compare, half the time.
  const code = franc(sample, { minLength: 20, only: LANGUAGES });
  const lang = ISO1[code];
  if (!lang) return null;
  return { value: lang, evidence: { rule: 'lang/franc', line: null, text: `detected ${code} from the body text`, confidence: 0.8 } };
}
