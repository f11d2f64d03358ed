/**
 * Dates and durations in news prose, normalised to ISO 8601 prefixes ("2025", "2025-04",
 * "2025-04-17", "XXXX-04-17" when the year is not stated, "2025-Q1") and durations ("P3M").
 * Relative expressions resolve against an anchor (the article's publication date); with no
 * anchor they are null, never a guess.
 */

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const UNIT_CODES: Record<string, string> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE',
  century: 'CE', quarter: 'Q',
};

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
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? null;
}

export function isMonthName(word: string): boolean {
  return monthNumber(word) !== null;
}

export function isWeekday(word: string): boolean {
  return word.toLowerCase() in WEEKDAYS;
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
 * "2019", "late 2018", "the 1990s". `anchorYear` fills a missing year only when the caller
 * knows the article's year; otherwise the year is XXXX.
 */
export function parseAbsoluteDate(text: string, anchorYear: number | null = null): string | null {
  const t = text.trim().replace(/^(?:the|on|in|since|by|from|until|of)\s+/i, '').replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return isValidDay({ y: +m[1], m: +m[2], d: +m[3] }) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) return dayOrNull(+m[1], +m[2], +m[3]);
  m = /^(?:(?:early|late|mid|middle of|end of|start of|beginning of|the end of|the start of)[- ])?(\d{4})$/i.exec(t);
  if (m) return plausibleYear(+m[1]) ? m[1] : null;
  m = /^(\d{3})0s$/.exec(t);
  if (m) return m[1];
  const words = t.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  // Month D[, YYYY] | D Month [YYYY] | Month YYYY | Month
  let month: number | null = null;
  let day: number | null = null;
  let year: number | null = null;
  for (const w of words) {
    const mn = monthNumber(w);
    if (mn && month === null) { month = mn; continue; }
    const num = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(w);
    if (num) {
      const n = +num[1];
      if (num[1].length === 4 && plausibleYear(n) && year === null) { year = n; continue; }
      if (n >= 1 && n <= 31 && day === null && num[1].length <= 2) { day = n; continue; }
      return null;
    }
    if (/^(early|late|mid|of|the|in|on)$/i.test(w)) continue;
    return null;
  }
  if (month === null) return null;
  const y = year ?? anchorYear;
  if (day !== null) return y === null ? `XXXX-${pad(month)}-${pad(day)}` : dayOrNull(y, month, day);
  return y === null ? `XXXX-${pad(month)}` : `${pad(y, 4)}-${pad(month)}`;
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
export function resolveRelativeDate(text: string, anchor: YMD | null): string | null | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(?:on|the|in|since|by|of|for|from) /, '').replace(/^the /, '');
  let m: RegExpExecArray | null;
  const resolve = (fn: (a: YMD) => string): string | null => (anchor ? fn(anchor) : null);

  if (/^(today|tonight|this morning|this afternoon|this evening|now)$/.test(t)) return resolve(formatDay);
  if (t === 'yesterday' || t === 'last night') return resolve((a) => formatDay(shiftDays(a, -1)));
  if (t === 'tomorrow') return resolve((a) => formatDay(shiftDays(a, 1)));
  m = /^(?:(last|this|next|past|coming) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (?:morning|afternoon|evening|night))?$/.exec(t);
  if (m) {
    const wd = WEEKDAYS[m[2]];
    const dir = m[1] === 'next' || m[1] === 'coming' ? 1 : -1;
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
  if (/^(recently|lately|currently|at present|these days)$/.test(t)) return resolve(formatDay);
  return undefined;
}

function wordCount(s: string): number | null {
  if (/^\d+$/.test(s)) return +s;
  const small: Record<string, number> = {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, 'a few': 3, few: 3, several: 3, 'a couple': 2, couple: 2,
  };
  return small[s] ?? null;
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
  else if (/^(several|few|a few|many|some|a couple of|couple of|recent|past)$/.test(head)) n = null;
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
