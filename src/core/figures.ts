/**
 * Stage 3: figures. Each candidate (figureCandidates) is read as a time (timeFigures), an
 * ordinal, or a quantity (quantities), widened to the qualifier in front of it ("nearly",
 * "more than", "up to"), and kept unless it sits in boilerplate, a phone number or a code.
 * Where two candidates overlap, the one that starts first (then the longer) wins.
 */
import { parseIsoDay } from './dates';
import { findCandidates, isCodeOrAddress, phoneTokens, type Candidate } from './figureCandidates';
import type { DocumentWork, FigureMention } from './model';
import { parseOrdinal } from './numbers';
import { readQuantity } from './quantities';
import type { FigureKind, Qualifier } from './report';
import { readTimeFigure } from './timeFigures';

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

/** Qualifiers by the word they start with (inside a span) and the word they end with (before one). */
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

interface QualifierMatch {
  first: number;
  last: number;
  qualifier: Qualifier;
}

export function findFigures(work: DocumentWork): FigureMention[] {
  const { tokens, text } = work;
  const anchor = parseIsoDay(work.anchorDate);
  const phone = phoneTokens(work);
  const figures: FigureMention[] = [];
  let coveredTo = -1;
  for (const c of findCandidates(work)) {
    if (c.first <= coveredTo) continue;
    if (work.boilerplateToken[c.first] || work.boilerplateToken[c.last] || phone[c.first] || phone[c.last]) continue;
    if (isCodeOrAddress(work, c)) continue;
    const figure = read(c);
    if (!figure) continue;
    figures.push(figure);
    coveredTo = tokenAtOffset(figure.end - 1, c.last);
  }
  return figures;

  function read(c: Candidate): FigureMention | null {
    const q = matchQualifier(c.first, c.last);
    const lo = q && q.first === c.first ? q.last + 1 : c.first;
    let first = lo;
    let last = c.last;
    let kind: FigureKind;
    let value: number | string | null;
    let unit: string | null = null;
    let range: [number, number] | null = null;
    let qualifier: Qualifier = q?.qualifier ?? 'exact';

    if (c.type === 'DATE' || c.type === 'RELDATE' || c.type === 'DURATION' || c.type === 'TIME') {
      const t = readTimeFigure(work, c.type, lo, last, anchor);
      if (!t) return null;
      ({ first, kind, value } = t);
      // "by June" is a deadline, not a bound on the date.
      if (kind === 'date' && qualifier !== 'exact' && /^(by|before|until)$/.test(tokens.normal[q!.first])) qualifier = 'exact';
    } else if (c.type === 'ORDINAL') {
      // "the second visit" is a figure; "first introduced" is an adverb.
      const next = last + 1 < tokens.count && tokens.sentence[last + 1] === tokens.sentence[lo] ? last + 1 : -1;
      const nextPos = next >= 0 ? tokens.pos[next] : '';
      if (!/^\d/.test(tokens.normal[last]) && nextPos !== 'NOUN' && nextPos !== 'PROPN') return null;
      kind = 'ordinal';
      value = parseOrdinal(tokens.normal[last]);
      if (nextPos === 'NOUN') last = next;
    } else {
      const reading = readQuantity(work, lo, last, c.type === 'FRACTION');
      if (!reading) return null;
      ({ first, last, kind, value, unit, range } = reading);
      if (reading.atLeast && qualifier === 'exact') qualifier = 'at-least';
      if (range) qualifier = 'range';
    }
    if (q && q.last < first) first = q.first;
    if (typeof value === 'number') value = Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : null;
    const start = tokens.start[first];
    const end = tokens.end[last];
    return { start, end, text: text.slice(start, end), kind, value, unit, qualifier, range, about: null, sentence: tokens.sentence[c.first] };
  }

  function matchQualifier(first: number, last: number): QualifierMatch | null {
    return matchQualifierIn(QUALIFIERS_BY_FIRST.get(tokens.normal[first]), first, last) ??
      matchQualifierIn(QUALIFIERS_BY_LAST.get(tokens.normal[first - 1]), first, last);
  }

  function matchQualifierIn(candidates: [string[], Qualifier][] | undefined, first: number, last: number): QualifierMatch | null {
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

  /** The token holding an offset, searching forward from a known token. */
  function tokenAtOffset(offset: number, from: number): number {
    let t = from;
    while (t + 1 < tokens.count && tokens.start[t + 1] <= offset) t++;
    return t;
  }
}
