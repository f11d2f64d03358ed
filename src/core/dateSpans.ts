/**
 * Date and duration phrases wink-nlp's model does not mark, found by a small grammar over
 * tokens: abbreviated months ("Sept. 30"), months tied to a year ("June last year", "last
 * April"), quarters ("the third quarter", "third-quarter"), seasons ("last fall"), decades and
 * centuries, years read aloud ("nineteen ninety-six"), "a year earlier", and hyphenated
 * durations ("a two-year contract", "an 8-month-old"). Values are computed later, from the
 * phrase, by the date parsers; this module only finds spans.
 */
import { monthNumber } from './dates';
import type { TokenTable } from './model';

export interface Span {
  first: number;
  last: number;
  type: 'DATE' | 'DURATION';
}

const QUARTER_WORDS = new Set(['first', '1st', 'second', '2nd', 'third', '3rd', 'fourth', '4th', 'final', 'q1', 'q2', 'q3', 'q4']);
const QUARTER_CONTEXT = new Set(['latest', 'recent', 'past', 'same', 'the', 'fiscal', 'current', 'previous', 'last', 'next']);
const SEASONS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const RELATIVE = new Set(['last', 'this', 'next', 'past', 'coming']);
const DECADES = new Set(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']);
const EDGE = new Set(['early', 'late', 'mid', 'middle', 'end', 'beginning', 'start']);
const DURATION_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade']);
const CENTURY_ORDINAL = /^\d{1,2}(st|nd|rd|th)$/;
const YEAR_TEENS = new Set(['nineteen', 'eighteen', 'twenty']);
const TENS = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-(one|two|three|four|five|six|seven|eight|nine))?$/;
const NUMBER_WORD = /^(\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)$/;

/** Spans of date and duration phrases not already covered (`taken` marks covered tokens). */
export function findDateSpans(tokens: TokenTable, taken: Uint8Array): Span[] {
  const out: Span[] = [];
  const n = tokens.count;
  const w = (i: number) => (i >= 0 && i < n ? tokens.normal[i] : '');
  const sameSentence = (i: number, j: number) => j < n && tokens.sentence[i] === tokens.sentence[j];
  for (let t = 0; t < n; t++) {
    const word = w(t);
    // Months, written with a capital: "Sept. 30", "Dec. 7, 1989", "June last year", "last April".
    if (monthNumber(word) !== null && /^[A-Z]/.test(tokens.value[t]) &&
        (taken[t] === 0 || w(t + 1) === 'last' || w(t + 1) === 'this' || (WEEKDAYS.has(w(t - 1)) || WEEKDAYS.has(w(t - 2))) && /^\d/.test(w(t + 1) === '.' ? w(t + 2) : w(t + 1)))) {
      if (word === 'may' && !/^\d/.test(w(t + 1)) && !RELATIVE.has(w(t - 1)) && w(t - 1) !== 'in' && w(t - 1) !== 'of') continue;
      if ((word === 'march' || word === 'august') && tokens.pos[t] === 'VERB') continue;
      let first = t;
      let last = t;
      if (w(t + 1) === '.') last = t + 1;
      if (/^\d{1,2}$/.test(w(last + 1)) && sameSentence(t, last + 1)) last += 1;
      if (w(last + 1) === ',' && /^\d{4}$/.test(w(last + 2))) last += 2;
      else if (/^\d{4}$/.test(w(last + 1))) last += 1;
      else if ((w(last + 1) === 'last' || w(last + 1) === 'this' || w(last + 1) === 'next') && w(last + 2) === 'year') last += 2;
      if (RELATIVE.has(w(t - 1))) first = t - 1;
      else if (WEEKDAYS.has(w(t - 1))) first = t - 1; // "Friday Oct. 13"
      else if (w(t - 1) === ',' && WEEKDAYS.has(w(t - 2))) first = t - 2; // "Saturday, April 25"
      else if (w(t - 1) === 'of' && EDGE.has(w(t - 2))) first = w(t - 3) === 'the' ? t - 3 : t - 2;
      out.push({ first, last, type: 'DATE' });
      t = last;
      continue;
    }
    // These override wink's shorter spans ("year" of "a year earlier", "year" of "two-year",
    // "nineteen" of "nineteen ninety-six").
    // Years read aloud: "nineteen ninety-six".
    if (YEAR_TEENS.has(word) && sameSentence(t, t + 1)) {
      const tens = tensRun(tokens, t + 1);
      if (tens > t) {
        out.push({ first: t, last: tens, type: 'DATE' });
        t = tens;
        continue;
      }
    }
    // "a year earlier", "a year ago", "year-earlier", "the year-ago quarter", "the year".
    if (word === 'year') {
      if ((w(t - 1) === 'a' || w(t - 1) === 'one') && (w(t + 1) === 'earlier' || w(t + 1) === 'ago' || w(t + 1) === 'before')) {
        out.push({ first: t - 1, last: t + 1, type: 'DATE' });
        t++;
        continue;
      }
      if (w(t + 1) === '-' && (w(t + 2) === 'earlier' || w(t + 2) === 'ago')) {
        out.push({ first: t, last: t + 2, type: 'DATE' });
        t += 2;
        continue;
      }
      if (w(t - 1) === 'the' && /^(in|during|for|of|over|through|throughout)$/.test(w(t - 2))) {
        out.push({ first: t - 1, last: t, type: 'DATE' });
        continue;
      }
      // "the current fiscal year", "this fiscal year", "the calendar year".
      let first = t;
      while (/^(current|fiscal|calendar|full)$/.test(w(first - 1))) first--;
      if (first < t && /^(the|this)$/.test(w(first - 1))) {
        out.push({ first: first - 1, last: t, type: 'DATE' });
        continue;
      }
    }
    // Hyphenated durations: "a two-year contract", "the 10-year note", "an 8-month-old".
    if (DURATION_UNITS.has(word) && w(t - 1) === '-' && NUMBER_WORD.test(w(t - 2))) {
      const first = t - 2;
      const last = w(t + 1) === '-' && w(t + 2) === 'old' ? t + 2 : t;
      out.push({ first, last, type: 'DURATION' });
      t = last;
      continue;
    }
    if (taken[t]) continue;
    // Quarters: "the third quarter", "third-quarter", "fiscal first quarter", "the latest quarter", "Q2 2023".
    if (word === 'quarter' || word === 'quarters') {
      let first = t;
      if (w(t - 1) === '-' && QUARTER_WORDS.has(w(t - 2))) first = t - 2;
      else if (QUARTER_WORDS.has(w(t - 1))) first = t - 1;
      else if (w(t - 1) === 'fiscal' && QUARTER_WORDS.has(w(t - 2))) first = t - 2;
      else if (!QUARTER_CONTEXT.has(w(t - 1)) || word === 'quarters') continue;
      if (first === t && w(t - 1) !== 'the' && !QUARTER_CONTEXT.has(w(t - 1))) continue;
      if (first === t) first = t - 1;
      if (w(first - 1) === 'fiscal') first--;
      // "the 1988 third quarter", "this year's first quarter".
      if (/^\d{4}$/.test(w(first - 1))) first--;
      else if (/^['’]s$/.test(w(first - 1)) && w(first - 2) === 'year' && RELATIVE.has(w(first - 3))) first -= 3;
      let last = t;
      if (w(t + 1) === 'of' && /^\d{4}$/.test(w(t + 2))) last = t + 2;
      else if (/^\d{4}$/.test(w(t + 1))) last = t + 1;
      out.push({ first, last, type: 'DATE' });
      t = last;
      continue;
    }
    if (/^q[1-4]$/.test(word) && /^\d{4}$/.test(w(t + 1))) {
      out.push({ first: t, last: t + 1, type: 'DATE' });
      t++;
      continue;
    }
    // Seasons: "last fall", "this summer", "the winter of 1994".
    if (SEASONS.has(word)) {
      if (RELATIVE.has(w(t - 1))) {
        out.push({ first: t - 1, last: t, type: 'DATE' });
        continue;
      }
      if (w(t + 1) === 'of' && /^\d{4}$/.test(w(t + 2))) {
        out.push({ first: t, last: t + 2, type: 'DATE' });
        t += 2;
        continue;
      }
    }
    // Decades and centuries: "the nineties", "the early eighties", "the 20th century".
    if (DECADES.has(word) && (w(t - 1) === 'the' || EDGE.has(w(t - 1)))) {
      out.push({ first: t, last: t, type: 'DATE' });
      continue;
    }
    if (word === 'century' && CENTURY_ORDINAL.test(w(t - 1))) {
      out.push({ first: t - 1, last: t, type: 'DATE' });
      continue;
    }
  }
  return out;
}

/** End of "ninety-six" (one token, or "ninety - six" as three) starting at i, or -1. */
function tensRun(tokens: TokenTable, i: number): number {
  const a = tokens.normal[i] ?? '';
  if (TENS.test(a)) {
    if (tokens.normal[i + 1] === '-' && /^(one|two|three|four|five|six|seven|eight|nine)$/.test(tokens.normal[i + 2] ?? '')) return i + 2;
    return i;
  }
  if (/^(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/.test(a)) return i;
  return -1;
}
