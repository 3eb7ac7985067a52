/**
 * Language of the article, from its body text, so the date finder reads
 * month names in the right language.
 *
 * ELD (Nito-ELD, medium database) reads it: on its published benchmarks it
 * is more accurate than franc, and measured here it is about five times
 * faster per article (language detection was a third of parsing time with
 * franc). ELD has no Indonesian and answers Malay for it; franc, asked to
 * choose between those two only, decides, though for these two close
 * languages its margin is thin (a Malay text may still come out Indonesian).
 */
import { eld } from 'eld/medium';
import { franc } from 'franc-min';
import type { Candidate } from '../types.ts';

/** A line of mostly letters: running text, not a table's names and figures, which reads as any language. */
function isWordy(paragraph: string): boolean {
  const chars = paragraph.replace(/\s+/g, '');
  // Letters counted by what is left once the rest is removed: one string, not an array of every letter.
  return chars.length > 0 && chars.replace(/\P{L}/gu, '').length >= chars.length * 0.75;
}

/** About a thousand characters of running text settle the language; more only costs time. */
const SAMPLE = 1000;

function sampleOf(body: string): string {
  let sample = '';
  for (const line of body.split('\n')) {
    if (!isWordy(line)) continue;
    sample += `${line}\n`;
    if (sample.length >= SAMPLE) break;
  }
  return sample.slice(0, SAMPLE);
}

export function findLang(body: string): Candidate<string> | null {
  const sample = sampleOf(body);
  if (sample.length < 20) return null;
  const found = eld.detect(sample);
  if (!found.language) return null;
  const lang = found.language === 'ms' && franc(sample, { minLength: 20, only: ['ind', 'zlm'] }) === 'ind' ? 'id' : found.language;
  return {
    value: lang,
    evidence: { rule: 'lang/eld', line: null, text: `detected ${lang} from the body text`, confidence: found.isReliable() ? 0.8 : 0.5 },
  };
}
