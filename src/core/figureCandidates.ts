/**
 * Where figures may be: wink-nlp's quantity entities (DATE, TIME, DURATION, MONEY, PERCENT,
 * CARDINAL, ORDINAL) plus the forms its model misses, minus what only looks like a number:
 * product and model codes, versions, phone numbers, street addresses.
 */
import { currencyOfToken } from './currencies';
import { findDateSpans } from './dateSpans';
import type { DocumentWork, TokenTable } from './model';
import { FRACTION, parseDigits } from './numbers';

export type CandidateType =
  | 'DATE' | 'RELDATE' | 'TIME' | 'DURATION' | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'ORDINAL' | 'FRACTION';

export interface Candidate {
  first: number;
  last: number;
  type: CandidateType;
}

const PLURAL_SCALES = new Set(['hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens']);
const RELATIVE_WORDS = new Set(['last', 'previous', 'past', 'prior', 'next', 'coming', 'upcoming', 'following', 'this', 'current']);
const PERIOD_WORDS = new Set(['quarter', 'week', 'month', 'year', 'decade']);
const NUMERATORS = new Set(['a', 'one', 'two', 'three', 'four']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STREET_WORDS = /^(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|square|sq|court|ct|terrace|highway|hwy)\.?$/i;

/** Candidates sorted by position, longest first where two start together. */
export function findCandidates(work: DocumentWork): Candidate[] {
  const out: Candidate[] = work.winkEntities.map((e) => ({ first: e.firstToken, last: e.lastToken, type: e.type as CandidateType }));
  const taken = new Uint8Array(work.tokens.count + 1);
  for (const c of out) taken.fill(1, c.first, c.last + 1);
  addMissedForms(work.tokens, taken, out);
  out.push(...findDateSpans(work.tokens, taken));
  out.sort((a, b) => a.first - b.first || b.last - a.last);
  return out;
}

/** Forms wink-nlp does not mark: "a third of", "two-thirds of", "billions of", "the previous quarter", "10-15%". */
function addMissedForms(tokens: TokenTable, taken: Uint8Array, out: Candidate[]): void {
  for (let t = 0; t < tokens.count; t++) {
    const w = tokens.normal[t];
    const nextW = tokens.normal[t + 1] ?? '';
    if (nextW === 'of') {
      // Fractions of a whole read as shares: "half of", "a third of" (wink calls "third" an ordinal).
      const dash = w.lastIndexOf('-');
      const frac = dash < 0 ? w : w.slice(dash + 1);
      const prev = tokens.normal[t - 1] ?? '';
      if (frac in FRACTION && prev !== 'first' && prev !== 'second' && prev !== 'the') {
        // wink splits "two-thirds" into three tokens: take the numerator across the hyphen.
        const first = NUMERATORS.has(prev) ? t - 1 : prev === '-' && NUMERATORS.has(tokens.normal[t - 2] ?? '') ? t - 2 : t;
        out.push({ first, last: t, type: 'FRACTION' });
        continue;
      }
    }
    if (taken[t]) continue;
    if (nextW === 'of' && PLURAL_SCALES.has(w)) {
      out.push({ first: t, last: t, type: 'CARDINAL' }); // "billions of dollars", "thousands of people"
      continue;
    }
    if (RELATIVE_WORDS.has(w) && PERIOD_WORDS.has(nextW) && !taken[t + 1]) {
      out.push({ first: t, last: t + 1, type: 'RELDATE' });
      t++;
      continue;
    }
    // Numerals wink left alone ("10-15", a number after a currency symbol it did not see).
    if (tokens.pos[t] === 'NUM' && /\d/.test(w)) {
      out.push({ first: t, last: t, type: 'CARDINAL' });
      continue;
    }
    // Currency codes before a number: "USD 40 million".
    if (/^[A-Z]{3}$/.test(tokens.value[t]) && currencyOfToken(w) && !taken[t + 1] && parseDigits(nextW) !== null) {
      out.push({ first: t, last: t + 1, type: 'MONEY' });
    }
  }
}

/**
 * Tokens that are part of a phone number: a run of digit groups on one line, with a leading
 * "+" or at least eight digits in three or more groups ("+44 20 7946 0958", "(555) 010-4477").
 */
export function phoneTokens(work: DocumentWork): Uint8Array {
  const { tokens, text } = work;
  const marks = new Uint8Array(tokens.count);
  for (let t = 0; t < tokens.count; t++) {
    if (!/^[+(]?\d/.test(tokens.value[t]) && tokens.value[t] !== '+' && tokens.value[t] !== '(') continue;
    if (ISO_DATE.test(tokens.value[t])) continue;
    let end = t;
    let digits = 0;
    let groups = 0;
    for (let k = t; k < tokens.count; k++) {
      const v = tokens.value[k];
      if (k > t && /\n/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) break;
      if (ISO_DATE.test(v)) break;
      if (/^\+?\(?\d+\)?$/.test(v) || /^\d+([-.]\d+)+$/.test(v)) {
        digits += v.replace(/\D/g, '').length;
        groups += v.split(/[-.]/).length;
        end = k;
      } else if (!/^[-.()+]$/.test(v)) break;
    }
    const plus = tokens.value[t].startsWith('+');
    if ((plus && digits >= 7 && groups >= 2) || (digits >= 8 && groups >= 3)) {
      marks.fill(1, t, end + 1);
      t = end;
    }
  }
  return marks;
}

/** Product and model codes ("A320", "iPhone 15", "Boeing 787"), versions and street numbers are not figures. */
export function isCodeOrAddress(work: DocumentWork, c: Candidate): boolean {
  const { tokens, text } = work;
  const surface = text.slice(tokens.start[c.first], tokens.end[c.last]);
  if (/^[A-Za-z]+-?\d+[A-Za-z\d]*$/.test(surface)) return true;
  if (/^v?\d+\.\d+\.\d+/.test(surface)) return true; // a version string
  if (c.type !== 'CARDINAL' || c.first !== c.last) return false;
  const value = tokens.value[c.first];
  // "221 Baker Street": a house number before a street name.
  for (let k = c.first + 1; k <= c.first + 4 && k < tokens.count; k++) {
    if (STREET_WORDS.test(tokens.value[k]) && /^[A-Z]/.test(tokens.value[k])) return /^\d{1,5}[A-Za-z]?$/.test(value);
    if (!/^[A-Z]/.test(tokens.value[k])) break;
  }
  if (c.first === 0) return false;
  const prev = c.first - 1;
  const prevValue = tokens.value[prev];
  // A number right after a capitalised name names a model: "Boeing 787", "RTX 4090", "COVID-19".
  const adjacent = tokens.end[prev] === tokens.start[c.first] || text.slice(tokens.end[prev], tokens.start[c.first]) === ' ';
  const prevIsName = (tokens.pos[prev] === 'PROPN' || /^[A-Z]{2,}$/.test(prevValue)) && /^[A-Z]/.test(prevValue) &&
    !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(prevValue);
  if (adjacent && prevIsName && /^\d{1,5}$/.test(value) && !(value.length === 4 && Number(value) >= 1900 && Number(value) <= 2199)) return true;
  // "COVID-19": a number glued to a name by a hyphen.
  if (prevValue === '-' && c.first >= 2 && /^[A-Z]{2,}/.test(tokens.value[c.first - 2]) && tokens.end[c.first - 2] === tokens.start[prev]) return true;
  return false;
}
