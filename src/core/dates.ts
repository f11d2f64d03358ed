/**
 * Dates and durations in news prose, normalised to ISO 8601 prefixes ("2025", "2025-04",
 * "2025-04-17", "XXXX-04-17" when the year is not stated, "2025-Q1") and durations ("P3M").
 * Relative expressions resolve against an anchor (the article's publication date); with no
 * anchor they are null, never a guess.
 */

import { wordTable } from './wordTable';

/**
 * Maps, not object literals: every word of every article is looked up here, and an object
 * would also answer for "constructor" or "toString".
 */
const MONTHS = new Map<string, number>(Object.entries({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
}));

const WEEKDAYS = new Map<string, number>(Object.entries({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
}));

const UNIT_CODES = wordTable<string>({
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE',
  century: 'CE', quarter: 'Q',
});


export interface YMD {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseIsoDay(s: string | null | undefined): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(ymd) ? ymd : null;
}

export function isValidDay({ y, m, d }: YMD): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function formatDay(d: YMD): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export function monthNumber(word: string): number | null {
  // Most words are no month: the cheap test first ("sept." and "Sept" lower-cased only when needed).
  const n = MONTHS.get(word);
  if (n !== undefined) return n;
  const w = word.toLowerCase();
  return MONTHS.get(w.endsWith('.') ? w.slice(0, -1) : w) ?? null;
}

export function isMonthName(word: string): boolean {
  return monthNumber(word) !== null;
}

export function isWeekday(word: string): boolean {
  return WEEKDAYS.has(word.toLowerCase());
}

function shiftDays(d: YMD, days: number): YMD {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function shiftMonths(y: number, m: number, months: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + months;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

function isoWeek(d: YMD): string {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/**
 * An absolute date: ISO, "March 3, 2019", "3 March 2019", "March 2019", "March 3",
 * "2019", "late 2018", "the 1990s", "March last year", "the middle of October", "nineteen
 * ninety-six". A month without a year takes the year that puts it nearest the anchor (the
 * article's date) when there is one; otherwise the year is XXXX.
 */
export function parseAbsoluteDate(text: string, anchor: YMD | null = null, deadline = false): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ')
    .replace(/^(?:(?:on|in|since|by|from|until|of|during|before|after|through|for|the|early|late|mid|middle|end|start|beginning|half)(?: of)?[ -])+/, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+z?)?$/.exec(t);
  if (m) return isValidDay({ y: +m[1], m: +m[2], d: +m[3] }) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) return dayOrNull(+m[1], +m[2], +m[3]);
  m = /^(\d{4})$/.exec(t);
  if (m) return plausibleYear(+m[1]) ? m[1] : null;
  m = /^(\d{3})0['’]?s$/.exec(t);
  if (m) return m[1];
  const written = writtenYear(t);
  if (written !== null) return String(written);
  const words = t.replace(/,/g, ' ').split(' ').filter(Boolean);
  // Month D[, YYYY] | D Month [YYYY] | Month YYYY | Month [last|this|next year] | Month
  let month: number | null = null;
  let day: number | null = null;
  let year: number | null = null;
  let yearShift: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const mn = monthNumber(w);
    if (mn && month === null) { month = mn; continue; }
    const num = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(w);
    if (num) {
      const n = +num[1];
      if (num[1].length === 4 && plausibleYear(n) && year === null) { year = n; continue; }
      if (n >= 1 && n <= 31 && day === null && num[1].length <= 2) { day = n; continue; }
      return null;
    }
    if ((w === 'last' || w === 'this' || w === 'next') && words[i + 1] === 'year') {
      yearShift = w === 'last' ? -1 : w === 'next' ? 1 : 0;
      i++;
      continue;
    }
    if (w === 'of' || w === 'the' || w === 'in' || w === 'on' || isWeekday(w)) continue;
    const rest = writtenYear(words.slice(i).join(' '));
    if (rest !== null && year === null) { year = rest; break; }
    return null;
  }
  if (month === null) return null;
  let y = year;
  if (y === null && yearShift !== null && anchor) y = anchor.y + yearShift;
  if (y === null && anchor) y = yearOfMonth(anchor, month, deadline || /^(by|until|till|before) /.test(text.trim().toLowerCase()));
  if (day !== null) return y === null ? `XXXX-${pad(month)}-${pad(day)}` : dayOrNull(y, month, day);
  return y === null ? `XXXX-${pad(month)}` : `${pad(y, 4)}-${pad(month)}`;
}

/** How far ahead a month named without a year may lie; beyond it, news means the last one. */
const MONTHS_AHEAD = 4;

/**
 * The year of a month or day named without one ("in March", "on Dec. 7"): the coming
 * occurrence when it is at most MONTHS_AHEAD away or a deadline ("by August"), else the latest
 * past one. News looks back
 * more often than ahead; on TimeBank this beat both "the nearest" and "always the past".
 */
function yearOfMonth(anchor: YMD, month: number, deadline: boolean): number {
  const ahead = (month - anchor.m + 12) % 12;
  if (ahead === 0) return anchor.y;
  // "by August", "until March": a deadline lies ahead.
  if (deadline || ahead <= MONTHS_AHEAD) return month > anchor.m ? anchor.y : anchor.y + 1;
  return month < anchor.m ? anchor.y : anchor.y - 1;
}

const UNITS_WORDS = wordTable<number>({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});
const TEENS_WORDS = wordTable<number>({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS_WORDS = wordTable<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** 0-99 written out: "ninety-six", "seven", "oh five" is not handled. */
function writtenTwoDigits(s: string): number | null {
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?$/.exec(s);
  if (m) return TENS_WORDS[m[1]] + (m[2] ? UNITS_WORDS[m[2]] : 0);
  return TEENS_WORDS[s] ?? null;
}

/** Years read aloud, as broadcast transcripts write them: "nineteen ninety-six", "two thousand (and) three". */
export function writtenYear(s: string): number | null {
  let m = /^(?:the year )?(eighteen|nineteen|twenty) (.+)$/.exec(s);
  if (m) {
    const tail = writtenTwoDigits(m[2]);
    if (tail !== null) return TEENS_WORDS[m[1]] * 100 + tail;
  }
  m = /^(?:the year )?two thousand(?: (?:and )?(.+))?$/.exec(s);
  if (m) {
    if (!m[1]) return 2000;
    const tail = UNITS_WORDS[m[1]] ?? writtenTwoDigits(m[1]);
    return tail === null || tail === undefined ? null : 2000 + tail;
  }
  return null;
}

const QUARTER_ORDINAL = wordTable<number>({
  first: 1, '1st': 1, q1: 1, second: 2, '2nd': 2, q2: 2, third: 3, '3rd': 3, q3: 3, fourth: 4, '4th': 4, q4: 4,
  final: 4, last: 4,
});
const SEASON_CODE = wordTable<string>({ spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' });
/** Last month of each season in the year it is named for (winter YYYY runs into YYYY+1: 14 = February after). */
const SEASON_END_MONTH = wordTable<number>({ SP: 5, SU: 8, FA: 11, WI: 14 });

/**
 * Calendar periods news ties figures to: quarters ("the third quarter", "third-quarter",
 * "Q2 2023", "the latest quarter"), seasons ("last fall", "the winter of 1994"), decades and
 * centuries ("the nineties", "the 20th century"), and "the year" / "a year earlier". Values
 * follow TIMEX3: "2025-Q3", "1997-FA", "199", "19". Undefined when the text is none of these.
 */
export function parsePeriod(text: string, anchor: YMD | null, quarterly = false): string | null | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/-/g, ' ')
    .replace(/^(?:(?:on|in|since|by|from|until|of|during|for|the|early|late|mid|middle|end|start|beginning|half)(?: of)? )+/, '');
  // "this year's third quarter" -> "<year> third quarter".
  const t2 = anchor ? t.replace(/^(this|last|next) year['’]?s? /, (_, w: string) => `${anchor.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0)} `) : t;
  const quarter = /^(?:(\d{4}) )?(?:fiscal )?(first|1st|second|2nd|third|3rd|fourth|4th|final|q1|q2|q3|q4)(?: fiscal)? quarter(?: (?:of )?(?:fiscal )?(\d{4}))?$/.exec(t2);
  const code = /^(q[1-4]) (\d{4})$/.exec(t2);
  if (quarter || code) {
    const q = QUARTER_ORDINAL[quarter ? quarter[2] : code![1]];
    const year = quarter ? quarter[1] ?? quarter[3] : code![2];
    if (year) return `${year}-Q${q}`;
    if (!anchor) return null;
    const current = Math.floor((anchor.m - 1) / 3) + 1;
    // An ordinal quarter not yet reached this year is last year's: reports look back.
    return `${q > current ? anchor.y - 1 : anchor.y}-Q${q}`;
  }
  let m: RegExpExecArray | null;
  if (/^(?:(?:latest|most recent|recent|past|just ended|year ago|same) )*quarter$/.test(t)) {
    if (!anchor) return null;
    return shiftPeriod(anchor, 'quarter', t.includes('year ago') ? -4 : -1);
  }
  m = /^(?:(last|this|next|past|coming) )?(spring|summer|fall|autumn|winter)(?: (?:of )?(\d{4}|.+))?$/.exec(t);
  if (m) {
    const code = SEASON_CODE[m[2]];
    if (m[3]) {
      const y = /^\d{4}$/.test(m[3]) ? +m[3] : writtenYear(m[3]);
      return y === null ? undefined : `${y}-${code}`;
    }
    if (!m[1]) return undefined; // a bare "fall" is too often the verb
    if (!anchor) return null;
    // "Last fall" is the latest fall already over; "next spring" the first one to come.
    const end = SEASON_END_MONTH[code];
    let y = anchor.y;
    if (m[1] === 'last' || m[1] === 'past') y = end < anchor.m ? anchor.y : anchor.y - 1;
    else if (m[1] === 'next' || m[1] === 'coming') y = SEASON_END_MONTH[code] - 2 > anchor.m ? anchor.y : anchor.y + 1;
    return `${y}-${code}`;
  }
  m = /^(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/.exec(t);
  if (m) {
    const decade = TENS_WORDS[m[1].replace(/ies$/, 'y')] / 10;
    return anchor ? `${Math.floor(anchor.y / 100) - (decade * 10 > anchor.y % 100 ? 1 : 0)}${decade}` : `XX${decade}`;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th) century$/.exec(t);
  if (m) return pad(+m[1] - 1);
  if (/^(?:(?:current|calendar|fiscal|full|this) )*year$/.test(t)) return anchor ? String(anchor.y) : null;
  if (/^(?:a|one) year (?:earlier|before|ago)$|^year (?:earlier|ago)(?: period| quarter)?$/.test(t)) {
    if (!anchor) return null;
    // In a quarterly report the comparison is with the same quarter a year before.
    return quarterly || /quarter$/.test(t) ? shiftPeriod(anchor, 'quarter', -5) : String(anchor.y - 1);
  }
  return undefined;
}

function dayOrNull(y: number, m: number, d: number): string | null {
  return isValidDay({ y, m, d }) ? formatDay({ y, m, d }) : null;
}

export function plausibleYear(n: number): boolean {
  return n >= 1000 && n <= 2199;
}

const RELATIVE_UNIT = '(day|week|month|year|quarter|decade)';
const THIS_OR_NEXT_UNIT = new RegExp(`^(last|previous|past|prior|this|current|next|coming|upcoming|following|same) ${RELATIVE_UNIT}$`);
const PART_OF_UNIT = new RegExp(`^(earlier|later|late|early) (?:this|last|next) ${RELATIVE_UNIT}$`);
const UNITS_AGO = new RegExp(`^(\\S+(?: \\S+)?) ${RELATIVE_UNIT}s? ago$`);
const ONE_UNIT_AGO = new RegExp(`^(?:a|one) ${RELATIVE_UNIT} ago$`);

/**
 * A date relative to the anchor: "last month", "yesterday", "on Friday", "two weeks ago",
 * "earlier this year", "next year", "the previous quarter". Returns undefined when the text
 * is not a relative date at all, null when it is but cannot be resolved (no anchor).
 */
export function resolveRelativeDate(text: string, anchor: YMD | null, ahead = false): string | null | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(?:on|the|in|since|by|of|for|from) /, '').replace(/^the /, '');
  let m: RegExpExecArray | null;
  const resolve = (fn: (a: YMD) => string): string | null => (anchor ? fn(anchor) : null);

  if (/^(today|tonight|this morning|this afternoon|this evening)$/.test(t)) return resolve(formatDay);
  if (t === 'yesterday' || t === 'last night') return resolve((a) => formatDay(shiftDays(a, -1)));
  if (t === 'tomorrow') return resolve((a) => formatDay(shiftDays(a, 1)));
  m = /^(?:(last|this|next|past|coming) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (?:morning|afternoon|evening|night))?$/.exec(t);
  if (m) {
    const wd = WEEKDAYS.get(m[2])!;
    const dir = m[1] === 'next' || m[1] === 'coming' || (!m[1] && ahead) ? 1 : -1;
    return resolve((a) => {
      // News reports mostly look back: a bare weekday is the latest one on or before the anchor.
      const today = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
      let delta = dir < 0 ? -((today - wd + 7) % 7) : (wd - today + 7) % 7 || 7;
      if (m![1] === 'last' && delta === 0) delta = -7;
      return formatDay(shiftDays(a, delta));
    });
  }
  m = THIS_OR_NEXT_UNIT.exec(t);
  if (m) {
    const step = /last|previous|past|prior/.test(m[1]) ? -1 : /next|coming|upcoming|following/.test(m[1]) ? 1 : 0;
    return resolve((a) => shiftPeriod(a, m![2], step));
  }
  m = PART_OF_UNIT.exec(t);
  if (m) {
    const step = t.includes(' last ') ? -1 : t.includes(' next ') ? 1 : 0;
    return resolve((a) => shiftPeriod(a, m![2], step));
  }
  m = UNITS_AGO.exec(t);
  if (m) {
    const n = wordCount(m[1]);
    if (n === null) return null;
    return resolve((a) => shiftPeriod(a, m![2], -n));
  }
  m = ONE_UNIT_AGO.exec(t);
  if (m) return resolve((a) => shiftPeriod(a, m![1], -1));
  m = /^(?:the )?(?:end|beginning|start|middle) of (?:the|this) (week|month|year)$/.exec(t);
  if (m) return resolve((a) => shiftPeriod(a, m![1], 0));
  m = /^(last|this|next|past|coming) (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/.exec(t);
  if (m) {
    const month = monthNumber(m[2])!;
    return resolve((a) => {
      let y = a.y;
      if ((m![1] === 'last' || m![1] === 'past') && month >= a.m) y--;
      if ((m![1] === 'next' || m![1] === 'coming') && month <= a.m) y++;
      return `${pad(y, 4)}-${pad(month)}`;
    });
  }
  return undefined;
}

const SMALL_COUNTS = wordTable<number>({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, 'a couple': 2, couple: 2,
});

function wordCount(s: string): number | null {
  if (/^\d+$/.test(s)) return +s;
  return SMALL_COUNTS[s] ?? null;
}

function shiftPeriod(a: YMD, unit: string, step: number): string {
  switch (unit) {
    case 'day': return formatDay(shiftDays(a, step));
    case 'week': return isoWeek(shiftDays(a, step * 7));
    case 'month': { const r = shiftMonths(a.y, a.m, step); return `${pad(r.y, 4)}-${pad(r.m)}`; }
    case 'quarter': {
      const q = Math.floor((a.m - 1) / 3) + step;
      const y = a.y + Math.floor(q / 4);
      return `${pad(y, 4)}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    case 'decade': return String(Math.floor((a.y + step * 10) / 10));
    default: return String(a.y + step);
  }
}

/**
 * "three months" -> P3M, "30 years" -> P30Y, "24 hours" -> PT24H, "a decade" -> P10Y,
 * "several years" -> PXY. Null when the text is not a duration.
 */
export function parseDuration(text: string, quantity: (words: string[]) => number | null): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(.*?)[ -]?(second|minute|hour|day|week|month|year|decade|century|centuries|quarter)s?(?: old| long)?$/.exec(t);
  if (!m) return null;
  const unit = m[2] === 'centuries' ? 'century' : m[2];
  const head = m[1].replace(/^(?:the |a period of |for |over |about |nearly |almost |more than |less than |at least |up to |some |around |roughly |approximately )+/, '').trim();
  let n: number | null;
  if (head === '' && /s$/.test(t)) return null; // "for years": no quantity
  if (head === '' || head === 'a' || head === 'an' || head === 'one') n = 1;
  else if (/^(a couple of|couple of)$/.test(head)) n = 2;
  else if (/^(several|few|a few|many|some|recent|past)$/.test(head)) n = null;
  else n = quantity(head.split(/[\s]+/));
  if (head !== '' && n === null && !/^(several|few|a few|many|some|a couple of|couple of)$/.test(head)) return null;
  let code = UNIT_CODES[unit];
  let count: number | null = n;
  if (code === 'DE') { code = 'Y'; count = n === null ? null : n * 10; }
  if (code === 'CE') { code = 'Y'; count = n === null ? null : n * 100; }
  if (code === 'Q') { code = 'M'; count = n === null ? null : n * 3; }
  const amount = count === null ? 'X' : String(+count.toFixed(3));
  const timeUnit = unit === 'hour' || unit === 'minute' || unit === 'second';
  return timeUnit ? `PT${amount}${code}` : `P${amount}${code}`;
}
