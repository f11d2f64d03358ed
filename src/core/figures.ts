/**
 * Stage 3: figures. Candidates come from wink-nlp's own quantity entities (DATE, TIME,
 * DURATION, MONEY, PERCENT, CARDINAL, ORDINAL) plus the forms it misses ("billions of
 * dollars", "nearly half", "the previous quarter"); this stage types them, widens them to
 * their qualifier, drops codes and phone numbers, and normalises the value.
 */
import { parseAbsoluteDate, parseDuration, parseIsoDay, parsePeriod, plausibleYear, resolveRelativeDate } from './dates';
import { findDateSpans } from './dateSpans';
import type { DocumentWork, FigureMention } from './model';
import { FRACTION, parseDigits, parseOrdinal, parseQuantity, SCALE } from './numbers';
import type { FigureKind, Qualifier } from './report';

const QUALIFIERS: [string[], Qualifier][] = [
  [['as', 'much', 'as'], 'at-most'], [['as', 'many', 'as'], 'at-most'], [['up', 'to'], 'at-most'],
  [['no', 'more', 'than'], 'at-most'], [['less', 'than'], 'at-most'], [['fewer', 'than'], 'at-most'],
  [['at', 'most'], 'at-most'], [['under'], 'at-most'], [['below'], 'at-most'],
  [['more', 'than'], 'at-least'], [['at', 'least'], 'at-least'], [['over'], 'at-least'],
  [['upwards', 'of'], 'at-least'], [['in', 'excess', 'of'], 'at-least'], [['above'], 'at-least'],
  [['exceeding'], 'at-least'], [['close', 'to'], 'about'], [['an', 'estimated'], 'about'],
  [['nearly'], 'about'], [['almost'], 'about'], [['about'], 'about'], [['around'], 'about'],
  [['approximately'], 'about'], [['roughly'], 'about'], [['some'], 'about'], [['approx.'], 'about'],
  [['circa'], 'about'], [['estimated'], 'about'], [['just', 'over'], 'about'], [['just', 'under'], 'about'],
];

function indexQualifiers(at: (words: string[]) => string): Map<string, [string[], Qualifier][]> {
  const map = new Map<string, [string[], Qualifier][]>();
  for (const q of QUALIFIERS) {
    const list = map.get(at(q[0]));
    if (list) list.push(q);
    else map.set(at(q[0]), [q]);
  }
  return map;
}
const QUALIFIERS_BY_FIRST = indexQualifiers((w) => w[0]);
const QUALIFIERS_BY_LAST = indexQualifiers((w) => w[w.length - 1]);

const CURRENCY_SYMBOL: Record<string, string> = {
  $: 'USD', 'us$': 'USD', 'usd': 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY',
  jpy: 'JPY', cny: 'CNY', rmb: 'CNY', 'hk$': 'HKD', hkd: 'HKD', 'a$': 'AUD', aud: 'AUD', 'c$': 'CAD',
  cad: 'CAD', chf: 'CHF', inr: 'INR', '₹': 'INR', '₩': 'KRW', krw: 'KRW', rub: 'RUB', '₽': 'RUB',
};
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR',
  won: 'KRW', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', francs: 'CHF',
};

const PERCENT_WORDS = new Set(['%', 'percent', 'per', 'pct', 'percentage']);
const SMALL_WRITTEN = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/**
 * "Now", "recently", "in the future": references to time with no value a reader could compare.
 * TimeBank tags them (PRESENT_REF, PAST_REF, FUTURE_REF); a careful reader of a story does not
 * count them as figures, and neither does Crosscheck.
 */
function isVagueTime(phrase: string): boolean {
  return /^(?:the )?(now|right now|currently|current|recent|recently|lately|soon|previously|already|past|future|present|nowadays|these days|at present|at the moment|once|then|later|earlier|formerly)$/i.test(phrase.trim());
}

/** Words before a four-digit number that make it a year. */
const YEAR_CONTEXT = new Set(['in', 'since', 'by', 'of', 'fiscal', 'until', 'till', 'before', 'after', 'during', 'from', 'through', 'for', 'early', 'late', 'mid']);

const FUTURE_MARKERS = new Set(['will', "'ll", '’ll', 'shall', 'set', 'scheduled', 'due', 'plans', 'planned', 'expected']);

interface Candidate {
  first: number;
  last: number;
  type: string;
}

export function findFigures(work: DocumentWork): FigureMention[] {
  const { tokens, text } = work;
  const anchor = parseIsoDay(work.anchorDate);
  const candidates: Candidate[] = work.winkEntities.map((e) => ({ first: e.firstToken, last: e.lastToken, type: e.type }));
  addMissedForms(work, candidates);
  candidates.sort((a, b) => a.first - b.first || b.last - a.last);

  const figures: FigureMention[] = [];
  let coveredTo = -1;
  for (const c of candidates) {
    if (c.first <= coveredTo) continue;
    if (work.boilerplateToken[c.first] || work.boilerplateToken[c.last]) continue;
    if (isCodeOrPhone(work, c)) continue;
    const figure = normalise(work, c, anchor);
    if (!figure) continue;
    figures.push(figure);
    coveredTo = c.last;
  }
  return figures;

  function normalise(w: DocumentWork, c: Candidate, a: ReturnType<typeof parseIsoDay>): FigureMention | null {
    let first = c.first;
    let last = c.last;
    // Qualifier words sit just before the figure or, in wink's spans, at its start.
    let qualifier: Qualifier = 'exact';
    const q = matchQualifier(first, last);
    if (q) {
      qualifier = q.qualifier;
      first = Math.min(first, q.first);
    }
    const lo = q ? Math.max(q.last + 1, c.first) : c.first;
    const words = tokens.normal.slice(lo, last + 1);
    const next = last + 1 < tokens.count && tokens.sentence[last + 1] === tokens.sentence[c.first] ? last + 1 : -1;
    let kind: FigureKind;
    let value: number | string | null = null;
    let unit: string | null = null;
    let range: [number, number] | null = null;
    const rangeMatch = words.length > 1 ? parseRange(words) : null;

    switch (c.type) {
      case 'MONEY': {
        kind = 'money';
        unit = currencyOf(words) ?? (next >= 0 ? CURRENCY_WORD[tokens.normal[next]] ?? null : null);
        if (next >= 0 && CURRENCY_WORD[tokens.normal[next]]) last = next;
        value = parseQuantity(words.filter((x) => !(x in CURRENCY_SYMBOL) && !(x in CURRENCY_WORD)).map(stripCurrency));
        break;
      }
      case 'PERCENT': {
        kind = 'percent';
        value = parseQuantity(words.filter((x) => !PERCENT_WORDS.has(x) && x !== 'cent'));
        break;
      }
      case 'FRACTION': {
        kind = 'percent';
        const share = parseQuantity(words.filter((x) => x !== 'of' && x !== '-'));
        value = share === null ? null : round(share * 100);
        break;
      }
      case 'ORDINAL': {
        // "the second visit" is a figure; "first introduced" is an adverb.
        const nextPos = next >= 0 ? tokens.pos[next] : '';
        if (!/^\d/.test(words[0] ?? '') && nextPos !== 'NOUN' && nextPos !== 'PROPN') return null;
        kind = 'ordinal';
        value = parseOrdinal(words[words.length - 1] ?? '');
        if (next >= 0 && nextPos === 'NOUN') last = next;
        break;
      }
      case 'DURATION': {
        const phrase = text.slice(tokens.start[lo], tokens.end[last]);
        // A lone unit is a rate ("$5 a year") unless a preposition makes it a span of time ("for a year").
        if (lo === last && /^(a|an|per|each|every)$/.test(tokens.normal[lo - 1] ?? '') &&
            !/^(for|over|in|within|after|than|about|nearly|almost|least)$/.test(tokens.normal[lo - 2] ?? '')) return null;
        if (lo === last && /^(the|this|that)$/.test(tokens.normal[lo - 1] ?? '')) return null;
        value = parseDuration(phrase, parseQuantity);
        if (value === null && /^(since|until|till|through|from|by)\b/i.test(phrase)) {
          // wink calls "since 1985" and "until Dec. 31, 1994" durations; they name a date.
          const asDate = parseAbsoluteDate(phrase.replace(/^\S+\s+/, ''), a);
          if (asDate === null) return null;
          kind = 'date';
          value = asDate;
          first = lo + 1;
          break;
        }
        // "for years" has no quantity at all; "several years" (PXY) at least says more than one.
        if (value === null || value.includes('X') && !/\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few|couple|many)\b/i.test(phrase)) {
          return null;
        }
        kind = 'duration';
        break;
      }
      case 'DATE':
      case 'RELDATE': {
        const phrase = text.slice(tokens.start[lo], tokens.end[last]);
        if (/^\d+[.,]\d+$/.test(phrase)) return null; // an index value, not a year
        // "Profit rose from a year earlier" in a quarterly report compares with the same quarter.
        const period = parsePeriod(phrase, a, sentenceHas(c.first, 'quarter'));
        const rel = period === undefined ? resolveRelativeDate(phrase, a, futureJustBefore(lo)) : undefined;
        if (rel !== undefined) {
          kind = 'date';
          value = rel;
          break;
        }
        // "Profit for the year": a span of time, not a date.
        if (/^the (fiscal )?year$/i.test(phrase) && /^(for|over|throughout)$/.test(tokens.normal[lo - 1] ?? '')) {
          kind = 'duration';
          value = 'P1Y';
          break;
        }
        const abs = period !== undefined ? period : parseAbsoluteDate(phrase, a, /^(by|until|till|before)$/.test(tokens.normal[lo - 1] ?? ''));
        if (abs === null && period === undefined && (c.type === 'RELDATE' || isVagueTime(phrase) || /^[a-z]+$/.test(phrase))) return null;
        kind = 'date';
        value = abs;
        if (qualifier !== 'exact' && /^(by|before|until)$/.test(tokens.normal[first])) qualifier = 'exact';
        break;
      }
      case 'TIME': {
        kind = 'time';
        value = parseTime(text.slice(tokens.start[lo], tokens.end[last]), work.anchorDate);
        break;
      }
      default: {
        // CARDINAL: a year, a count of something, a money amount written in words, or a number.
        // A bare plural scale word ("billions of") means at least two of that scale.
        const pluralScale = words.length === 1 && /s$/.test(words[0]) && words[0] in SCALE;
        const n = pluralScale ? 2 * SCALE[words[0]] : parseQuantity(words);
        if (pluralScale && qualifier === 'exact') qualifier = 'at-least';
        const nextNormal = next >= 0 ? tokens.normal[next] : '';
        if (n === null && !rangeMatch) return null;
        // A four-digit year: "in 1985", "fiscal 1989 sales", "the 2022 acquisition" (not "2000 people").
        if (words.length === 1 && /^\d{4}$/.test(words[0]) && plausibleYear(n ?? 0) &&
            (YEAR_CONTEXT.has(tokens.normal[c.first - 1] ?? '') || !isCountNoun(next, true))) {
          if (tokens.normal[c.first - 1] === 'fiscal') first = c.first - 1;
          kind = 'date';
          value = words[0];
          break;
        }
        if (next >= 0 && nextNormal === 'of' && next + 1 < tokens.count && CURRENCY_WORD[tokens.normal[next + 1]]) {
          // "billions of dollars": at least two billion.
          kind = 'money';
          unit = CURRENCY_WORD[tokens.normal[next + 1]];
          last = next + 1;
          value = n;
          break;
        }
        if (CURRENCY_WORD[nextNormal]) {
          kind = 'money';
          unit = CURRENCY_WORD[nextNormal];
          last = next;
          value = n;
          break;
        }
        if (nextNormal === 'of' && words.some((x) => x.split('-').some((p) => p in FRACTION))) {
          kind = 'percent'; // "nearly half of", "two-thirds of": a share
          value = n === null ? null : n * 100;
          break;
        }
        if (PERCENT_WORDS.has(nextNormal)) {
          kind = 'percent';
          last = nextNormal === 'per' && tokens.normal[next + 1] === 'cent' ? next + 1 : next;
          value = n;
          break;
        }
        if (isCountNoun(next, false) && !(words.length === 1 && (words[0] === 'one' || words[0] === 'a'))) {
          kind = 'count';
          unit = tokens.normal[next];
          last = next;
          value = n;
          break;
        }
        // "one of the largest", "two-thirds" handled elsewhere: small written numbers alone say little.
        if (words.length === 1 && SMALL_WRITTEN.has(words[0])) return null;
        if (pluralScale) return null; // a bare "billions" with nothing counted
        kind = 'number';
        value = n;
      }
    }
    if (rangeMatch && (kind === 'money' || kind === 'percent' || kind === 'count' || kind === 'number')) {
      const scale = value !== null && rangeMatch[1] !== 0 && typeof value === 'number' ? value / rangeMatch[1] : 1;
      range = [rangeMatch[0] * scale, rangeMatch[1] * scale];
      value = range[1];
      qualifier = 'range';
    }
    if (typeof value === 'number' && !Number.isFinite(value)) value = null;
    const start = tokens.start[first];
    const end = tokens.end[last];
    return {
      start, end, text: text.slice(start, end), kind, value: typeof value === 'number' ? round(value) : value,
      unit, qualifier, range, about: null, sentence: tokens.sentence[c.first],
    };
  }

  /** "will meet on Thursday", "set to resume Monday": a future marker in the few words before. */
  function futureJustBefore(t: number): boolean {
    for (let k = t - 1; k >= Math.max(0, t - 5) && tokens.sentence[k] === tokens.sentence[t]; k--) {
      if (FUTURE_MARKERS.has(tokens.normal[k])) return true;
    }
    return false;
  }

  function sentenceHas(t: number, word: string): boolean {
    const sent = work.sentences[tokens.sentence[t]];
    for (let k = sent.firstToken; k <= sent.lastToken; k++) if (tokens.normal[k] === word) return true;
    return false;
  }

  function matchQualifier(first: number, last: number): { first: number; last: number; qualifier: Qualifier } | null {
    // Only qualifiers whose words could sit here: starting at the span's first token or ending just before it.
    return matchQualifierIn(QUALIFIERS_BY_FIRST.get(tokens.normal[first]), first, last) ??
      matchQualifierIn(QUALIFIERS_BY_LAST.get(tokens.normal[first - 1]), first, last);
  }

  function matchQualifierIn(candidates: [string[], Qualifier][] | undefined, first: number, last: number): { first: number; last: number; qualifier: Qualifier } | null {
    if (!candidates) return null;
    for (const [words, qualifier] of candidates) {
      // Inside the span (wink keeps "nearly 40%" together) ...
      if (first + words.length <= last && words.every((w, i) => tokens.normal[first + i] === w)) {
        return { first, last: first + words.length - 1, qualifier };
      }
      // ... or just before it.
      const from = first - words.length;
      if (from >= 0 && tokens.sentence[from] === tokens.sentence[first] && words.every((w, i) => tokens.normal[from + i] === w)) {
        return { first: from, last: first - 1, qualifier };
      }
    }
    return null;
  }

  function isCountNoun(t: number, strict: boolean): boolean {
    if (t < 0) return false;
    const pos = tokens.pos[t];
    if (pos === 'NOUN') return !strict || /s$/.test(tokens.normal[t]);
    // "24 dead", "12 injured": casualty adjectives count people.
    return !strict && pos === 'ADJ' && /^(dead|injured|wounded|missing|killed|homeless|displaced)$/.test(tokens.normal[t]);
  }
}

const PLURAL_SCALES = new Set(['hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens']);
const RELATIVE_WORDS = new Set(['last', 'previous', 'past', 'prior', 'next', 'coming', 'upcoming', 'following', 'this', 'current']);
const PERIOD_WORDS = new Set(['quarter', 'week', 'month', 'year', 'decade']);
const NUMERATORS = new Set(['a', 'one', 'two', 'three', 'four']);

/** Forms wink-nlp does not mark: "nearly half (of)", "two-thirds", "billions of", "the previous quarter", "USD 40". */
function addMissedForms(work: DocumentWork, out: Candidate[]): void {
  const { tokens } = work;
  const taken = new Uint8Array(tokens.count + 1);
  for (const c of out) taken.fill(1, c.first, c.last + 1);
  for (let t = 0; t < tokens.count; t++) {
    if (taken[t]) continue;
    const w = tokens.normal[t];
    const nextW = tokens.normal[t + 1] ?? '';
    if (nextW === 'of') {
      // Fractions of a whole read as shares: "half of", "a third of", "two-thirds of".
      const dash = w.lastIndexOf('-');
      const frac = dash < 0 ? w : w.slice(dash + 1);
      const prev = tokens.normal[t - 1] ?? '';
      if (frac in FRACTION && prev !== 'first' && prev !== 'second' && prev !== 'the') {
        // wink splits "two-thirds" into three tokens: take the numerator across the hyphen.
        const first = NUMERATORS.has(prev) ? t - 1 : prev === '-' && NUMERATORS.has(tokens.normal[t - 2] ?? '') ? t - 2 : t;
        out.push({ first, last: t, type: 'FRACTION' });
        continue;
      }
      // "billions of dollars", "thousands of people": plural scale words are figures too.
      if (PLURAL_SCALES.has(w)) out.push({ first: t, last: t, type: 'CARDINAL' });
      continue;
    }
    if (RELATIVE_WORDS.has(w) && PERIOD_WORDS.has(nextW) && !taken[t + 1]) {
      out.push({ first: t, last: t + 1, type: 'RELDATE' });
      t++;
      continue;
    }
    // Currency codes before a number: "USD 40 million".
    const code = tokens.value[t];
    if (code.length === 3 && /^[A-Z]{3}$/.test(code) && CURRENCY_SYMBOL[w] && !taken[t + 1] && parseDigits(nextW) !== null) {
      out.push({ first: t, last: tokens.normal[t + 2] in SCALE ? t + 2 : t + 1, type: 'MONEY' });
    }
  }
  out.push(...findDateSpans(tokens, taken));
}

/** Product and model codes ("A320", "iPhone 15", "Boeing 787") and phone numbers are not figures. */
function isCodeOrPhone(work: DocumentWork, c: Candidate): boolean {
  const { tokens, text } = work;
  const surface = text.slice(tokens.start[c.first], tokens.end[c.last]);
  if (/^[A-Za-z]+[-]?\d+[A-Za-z\d]*$/.test(surface)) return true;
  if (/^\+?\d{1,4}([\s.-]\d{2,5}){2,}$/.test(surface) || /^\+\d+$/.test(surface)) return true;
  if (/^v?\d+\.\d+\.\d+/.test(surface)) return true; // version string
  if (c.type === 'CARDINAL' && c.first === c.last && c.first > 0) {
    const prev = c.first - 1;
    const prevValue = tokens.value[prev];
    // A number glued to a capitalised name mid-sentence names a model: "Boeing 737", "RTX 4090".
    const glued = tokens.end[prev] === tokens.start[c.first] || text.slice(tokens.end[prev], tokens.start[c.first]) === ' ';
    const prevIsName = tokens.pos[prev] === 'PROPN' && /^[A-Z]/.test(prevValue) && !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(prevValue);
    if (glued && prevIsName && /^\d{2,5}$/.test(tokens.value[c.first]) && !plausibleYearAfterName(tokens.value[c.first])) return true;
    // Phone numbers split by wink into runs of numerals.
    if (/^\+?\d+$/.test(prevValue) && /^\d{3,}$/.test(tokens.value[c.first])) return true;
  }
  if (c.type === 'CARDINAL' && c.first + 1 < tokens.count && /^\d{3,}$/.test(tokens.value[c.first + 1]) && /^\+?\d{2,4}$/.test(tokens.value[c.last])) {
    return /^\+/.test(tokens.value[c.first]);
  }
  return false;
}

function plausibleYearAfterName(v: string): boolean {
  return v.length === 4 && plausibleYear(Number(v)) && Number(v) >= 1900;
}

function currencyOf(words: string[]): string | null {
  for (const w of words) {
    if (CURRENCY_SYMBOL[w]) return CURRENCY_SYMBOL[w];
    const sym = /^(us\$|hk\$|a\$|c\$|[$€£¥₹₩₽])/.exec(w);
    if (sym) return CURRENCY_SYMBOL[sym[1]];
    if (CURRENCY_WORD[w]) return CURRENCY_WORD[w];
  }
  return null;
}

function stripCurrency(w: string): string {
  return w.replace(/^(us\$|hk\$|a\$|c\$|[$€£¥₹₩₽])/, '');
}

/** "10-15", "between 5 and 7", "5 to 7": the two ends, or null. */
function parseRange(words: string[]): [number, number] | null {
  const joined = words.join(' ');
  const m = /^(?:between )?([\d.,]+)\s*(?:-|–|to|and)\s*([\d.,]+)/.exec(joined);
  if (!m) return null;
  const lo = parseDigits(m[1]);
  const hi = parseDigits(m[2]);
  return lo !== null && hi !== null && lo < hi ? [lo, hi] : null;
}

function parseTime(phrase: string, anchorDate: string | null): string | null {
  const m = /(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i.exec(phrase);
  if (!m) return null;
  let h = Number(m[1]);
  if (m[3] && /p/i.test(m[3]) && h < 12) h += 12;
  if (m[3] && /a/i.test(m[3]) && h === 12) h = 0;
  const hm = `T${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
  return (anchorDate ?? 'XXXX-XX-XX') + hm;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
