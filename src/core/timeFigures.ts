/**
 * Dates, durations and times among the figure candidates, normalised against the anchor (the
 * article's publication date, or the reference date): "last month", "March 3", "the third
 * quarter", "since 1985", "three months", "8 p.m.". Vague references ("now", "recently")
 * and bare units ("$5 a year") are not figures.
 */
import { parseAbsoluteDate, parseDuration, parsePeriod, resolveRelativeDate, type YMD } from './dates';
import type { DocumentWork } from './model';
import { parseQuantity } from './numbers';
import type { FigureKind } from './report';

export interface TimeReading {
  first: number;
  kind: FigureKind;
  value: string | null;
}

const FUTURE_MARKERS = new Set(['will', "'ll", '’ll', 'shall', 'set', 'scheduled', 'due', 'plans', 'planned', 'expected']);
const DEADLINE_WORDS = /^(by|until|till|before)$/;

/**
 * "Now", "recently", "in the future": references to time with no value a reader could compare.
 * TimeBank tags them (PRESENT_REF, PAST_REF, FUTURE_REF); a careful reader of a story does not
 * count them as figures, and neither does Crosscheck.
 */
function isVagueTime(phrase: string): boolean {
  return /^(?:the )?(now|right now|currently|current|recent|recently|lately|soon|previously|already|past|future|present|nowadays|these days|at present|at the moment|once|then|later|earlier|formerly)$/i.test(phrase.trim());
}

/** `lo..last` is the candidate without its qualifier words; `type` is the candidate's. */
export function readTimeFigure(work: DocumentWork, type: string, lo: number, last: number, anchor: YMD | null): TimeReading | null {
  const { tokens, text } = work;
  const phrase = text.slice(tokens.start[lo], tokens.end[last]);
  const before = tokens.normal[lo - 1] ?? '';
  if (type === 'TIME') return { first: lo, kind: 'time', value: parseTime(phrase, work.anchorDate) };
  if (type === 'DURATION') {
    // A lone unit is a rate ("$5 a year") unless a preposition makes it a span of time ("for a year").
    if (lo === last && /^(a|an|per|each|every)$/.test(before) &&
        !/^(for|over|in|within|after|than|about|nearly|almost|least)$/.test(tokens.normal[lo - 2] ?? '')) return null;
    if (lo === last && /^(the|this|that)$/.test(before)) return null;
    const value = parseDuration(phrase, parseQuantity);
    if (value === null && /^(since|until|till|through|from|by)\b/i.test(phrase)) {
      // wink calls "since 1985" and "until Dec. 31, 1994" durations; they name a date.
      const date = parseAbsoluteDate(phrase.replace(/^\S+\s+/, ''), anchor);
      return date === null ? null : { first: lo + 1, kind: 'date', value: date };
    }
    // "for years" has no quantity at all; "several years" (PXY) at least says more than one.
    if (value === null || (value.includes('X') && !/\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few|couple|many)\b/i.test(phrase))) return null;
    return { first: lo, kind: 'duration', value };
  }
  // DATE and RELDATE.
  if (/^\d+[.,]\d+$/.test(phrase)) return null; // an index value, not a year
  // "Profit rose from a year earlier" in a quarterly report compares with the same quarter.
  const period = parsePeriod(phrase, anchor, sentenceHas(work, lo, 'quarter'));
  if (period === undefined) {
    const relative = resolveRelativeDate(phrase, anchor, futureJustBefore(work, lo));
    if (relative !== undefined) return { first: lo, kind: 'date', value: relative };
  }
  // "Profit for the year": a span of time, not a date.
  if (/^the (fiscal )?year$/i.test(phrase) && /^(for|over|throughout)$/.test(before)) return { first: lo, kind: 'duration', value: 'P1Y' };
  const value = period !== undefined ? period : parseAbsoluteDate(phrase, anchor, DEADLINE_WORDS.test(before));
  if (value === null && period === undefined && (type === 'RELDATE' || isVagueTime(phrase) || /^[a-z]+$/.test(phrase))) return null;
  return { first: lo, kind: 'date', value };
}

/** "will meet on Thursday", "set to resume Monday": a future marker in the few words before. */
function futureJustBefore(work: DocumentWork, t: number): boolean {
  const { tokens } = work;
  for (let k = t - 1; k >= Math.max(0, t - 5) && tokens.sentence[k] === tokens.sentence[t]; k--) {
    if (FUTURE_MARKERS.has(tokens.normal[k])) return true;
  }
  return false;
}

function sentenceHas(work: DocumentWork, t: number, word: string): boolean {
  const sent = work.sentences[work.tokens.sentence[t]];
  for (let k = sent.firstToken; k <= sent.lastToken; k++) if (work.tokens.normal[k] === word) return true;
  return false;
}

function parseTime(phrase: string, anchorDate: string | null): string | null {
  const m = /(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i.exec(phrase);
  if (!m) return null;
  let h = Number(m[1]);
  if (m[3] && /p/i.test(m[3]) && h < 12) h += 12;
  if (m[3] && /a/i.test(m[3]) && h === 12) h = 0;
  return `${anchorDate ?? 'XXXX-XX-XX'}T${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
}
