/**
 * Reads a quantity around a numeric core (a wink CARDINAL, MONEY or PERCENT span, or one the
 * candidate finder added): widens it to the currency, scale word, range end, percent sign or
 * counted noun next to it, and says what it is: money, percent, count, a year, or a number.
 *
 *   "$3.1 billion", "4.2bn dollars", "€3m", "USD 40 million", "millions of euros",
 *   "35 per cent", "10-15%", "1.5 million developers", "24 dead", "tens of thousands of people",
 *   "between 5 and 7 ships", "a hundred teachers", "in 1985".
 */
import { wordTable } from './wordTable';
import { CURRENCY_WORD, currencyOfToken, stripCurrency } from './currencies';
import { plausibleYear } from './dates';
import type { DocumentWork } from './model';
import { FRACTION, parseDigits, parseQuantity, SCALE } from './numbers';
import type { FigureKind } from './report';

export interface QuantityReading {
  first: number;
  last: number;
  kind: FigureKind;
  value: number | string | null;
  unit: string | null;
  range: [number, number] | null;
  /** Set when the words themselves bound the value ("billions of" is at least two billion). */
  atLeast: boolean;
}

/** Scale words that may follow a number as their own token ("2.5 bn", "3 m", "40 million"). */
const SCALE_AFTER = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'mn', 'mln', 'k', 'tn', 'trn', 'b']);
const PLURAL_MULTIPLIERS = wordTable<number>({ tens: 20, hundreds: 200, dozens: 24, thousands: 2000 });
const CASUALTY_WORDS = new Set(['dead', 'injured', 'wounded', 'missing', 'killed', 'homeless', 'displaced', 'hurt']);
const SMALL_WRITTEN = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'a', 'an']);
/** Words before a four-digit number that make it a year. */
const YEAR_CONTEXT = new Set(['in', 'since', 'by', 'of', 'fiscal', 'until', 'till', 'before', 'after', 'during', 'from', 'through', 'for', 'early', 'late', 'mid']);
const RANGE_IN_TOKEN = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/;

export function readQuantity(work: DocumentWork, lo: number, hi: number, fraction: boolean): QuantityReading | null {
  const { tokens } = work;
  const n = tokens.count;
  const s = tokens.sentence[lo];
  const at = (i: number) => (i >= 0 && i < n && tokens.sentence[i] === s ? tokens.normal[i] : '');
  let first = lo;
  let last = hi;
  let currency: string | null = null;
  let atLeast = false;

  // Currency symbols and codes inside the span or just before it.
  for (let k = lo; k <= hi && !currency; k++) currency = currencyOfToken(at(k));
  if (!currency && currencyOfToken(at(lo - 1)) && (at(lo - 1).length > 1 || /[^a-z]/.test(at(lo - 1)))) {
    currency = currencyOfToken(at(lo - 1));
    first = lo - 1;
  }
  // The number's own words, symbols and hyphens aside.
  const words: string[] = [];
  for (let k = lo; k <= hi; k++) {
    const raw = at(k);
    if (currencyOfToken(raw) && !/\d/.test(raw)) continue;
    const w = stripCurrency(raw);
    if (w && w !== '-') words.push(w);
  }
  // "a hundred teachers", "a dozen officers": the article is the number one.
  if ((at(first - 1) === 'a' || at(first - 1) === 'an') && (words[0] in SCALE || words[0] === 'dozen')) {
    first--;
    words.unshift('a');
  }
  // A scale word after the number: "2.5 bn", "€3 m", "40 million".
  while (SCALE_AFTER.has(at(last + 1)) && words.some((w) => /\d/.test(w) || w in SCALE || w === 'a')) {
    last++;
    words.push(at(last));
  }

  // Ranges: "10-15", "between 5 and 7", "5 to 7 million".
  let range: [number, number] | null = null;
  const inToken = RANGE_IN_TOKEN.exec(words[0] ?? '');
  if (inToken) {
    range = [parseDigits(inToken[1])!, parseDigits(inToken[2])!];
  } else if (/^(and|to|-|–)$/.test(at(last + 1)) && parseDigits(at(last + 2)) !== null &&
      (at(first - 1) === 'between' || at(last + 1) !== 'and')) {
    const low = parseQuantity(words);
    let end = last + 2;
    const highWords = [at(end)];
    while (SCALE_AFTER.has(at(end + 1))) highWords.push(at(++end));
    const high = parseQuantity(highWords);
    if (low !== null && high !== null && high > low) {
      // "5 to 7 million": the scale of the high end applies to the low one.
      const scale = highWords.length > 1 && words.length === 1 ? high / parseDigits(highWords[0])! : 1;
      range = [low * scale, high];
      last = end;
      if (at(first - 1) === 'between') first--;
    }
  }

  // "billions of", "tens of thousands of": plural scales say "at least two of".
  let value: number | null;
  const plural = words.length === 1 && /s$/.test(words[0]) && words[0] in SCALE;
  if (plural) {
    value = 2 * SCALE[words[0]];
    atLeast = true;
    if (at(first - 1) === 'of' && PLURAL_MULTIPLIERS[at(first - 2)]) {
      value = PLURAL_MULTIPLIERS[at(first - 2)] * SCALE[words[0]];
      first -= 2;
    }
  } else {
    value = range ? range[1] : parseQuantity(words);
  }
  if (value === null) return null;

  const next = at(last + 1);
  // Money: a currency before, after ("2.5bn dollars"), or after "of" ("billions of dollars").
  if (!currency && CURRENCY_WORD[next]) {
    currency = CURRENCY_WORD[next];
    last++;
  } else if (!currency && next === 'of' && CURRENCY_WORD[at(last + 2)]) {
    currency = CURRENCY_WORD[at(last + 2)];
    last += 2;
  }
  if (currency) return { first, last, kind: 'money', value, unit: currency, range, atLeast };

  // Percent: "35%", "35 percent", "35 per cent"; shares: "nearly half of", "two-thirds of".
  if (next === '%' || next === 'percent' || next === 'pct' || (next === 'per' && at(last + 2) === 'cent')) {
    last += next === 'per' ? 2 : 1;
    return { first, last, kind: 'percent', value, unit: null, range, atLeast };
  }
  if (words.some((w) => /%$/.test(w) || w === 'percent' || w === 'pct' || w === 'cent')) {
    return { first, last, kind: 'percent', value, unit: null, range, atLeast };
  }
  if (fraction || (next === 'of' && words.some((w) => w in FRACTION))) {
    return { first, last, kind: 'percent', value: value * 100, unit: null, range: null, atLeast };
  }

  // A four-digit year: "in 1985", "fiscal 1989 sales", "the 2019 acquisition" (not "2000 people").
  if (words.length === 1 && /^\d{4}$/.test(words[0]) && plausibleYear(value) &&
      (YEAR_CONTEXT.has(at(first - 1)) || !isPluralNoun(work, last + 1))) {
    return { first: at(first - 1) === 'fiscal' ? first - 1 : first, last, kind: 'date', value: words[0], unit: null, range: null, atLeast: false };
  }

  // Counts: the noun counted follows, directly or after "of" ("thousands of people").
  let noun = last + 1;
  if (plural && next === 'of') noun = last + 2;
  // "40 new rooms", "3,000 small businesses": up to two adjectives before the counted noun.
  for (let k = noun; k < noun + 2 && tokens.pos[k] === 'ADJ' && !CASUALTY_WORDS.has(at(k)); k++) {
    if (at(k + 1) && tokens.pos[k + 1] === 'NOUN') {
      noun = k + 1;
      break;
    }
  }
  if (at(noun) && (tokens.pos[noun] === 'NOUN' || CASUALTY_WORDS.has(at(noun))) && !(words.length === 1 && (words[0] === 'one' || words[0] === 'a'))) {
    return { first, last: noun, kind: 'count', value, unit: at(noun), range, atLeast };
  }
  // A bare "billions", or a small written number ("one of the largest"), says little alone.
  if (plural || (words.length === 1 && SMALL_WRITTEN.has(words[0]))) return null;
  return { first, last, kind: 'number', value, unit: null, range, atLeast };
}

function isPluralNoun(work: DocumentWork, t: number): boolean {
  return t < work.tokens.count && work.tokens.pos[t] === 'NOUN' && /s$/.test(work.tokens.normal[t]);
}
