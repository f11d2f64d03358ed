/**
 * Datelines: the line a wire story opens with, its town in capitals, the town's state or country,
 * the agency in brackets and the dash before the story ("LINDBY, Ohio (AP) — ...", "PORTO
 * ALEGRE, Lindbia (Reuters) - ...", "LONDON 1996-08-30"). The tagger learnt datelines without
 * agencies or dashes and runs names over them; these rules set the line's names right.
 */
import { firstNameSex } from './firstNames';
import type { DocumentWork } from './model';
import { startsUpper, type Span } from './nameSpans';

/** A dateline: a place in capitals, then a comma, a bracket or a date ("LINDBY, Kelby 2019-03-14", "LINDBY (Wire) -"). */
export const DATELINE_START = /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?: ?,| \(| \d{4}-\d{2}-\d{2})/;


/** Dashes that end a dateline ("LINDBY, Ohio (AP) - ..."). */
const DASHES = new Set(['-', '–', '—', '--']);

/**
 * "LINDBY, Ohio (AP) - Karl Brandt said": on a dateline's line a name ends at the agency's
 * bracket or the dash, which the tagger, trained on datelines without them, runs over. The
 * bracket holds the agency; what follows the dash keeps the tagger's type, or is a person
 * where it opens with a first name.
 */
export function splitAtDatelineMarks(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of spans) {
    let mark = -1;
    for (let k = s.first + 1; k < s.last && mark < 0; k++) if (tokens.value[k] === '(' || DASHES.has(tokens.value[k])) mark = k;
    if (mark < 0 || !onDatelineLine(work, s.first)) {
      out.push(s);
      continue;
    }
    out.push({ ...s, last: mark - 1 });
    let rest = mark + 1;
    if (tokens.value[mark] === '(') {
      let close = rest;
      while (close <= s.last && tokens.value[close] !== ')') close++;
      if (close > rest) out.push({ first: rest, last: close - 1, type: 'ORG' });
      rest = close + 1;
      while (rest <= s.last && DASHES.has(tokens.value[rest])) rest++;
    }
    // After the dash the sentence begins: a first name there starts a person's name.
    if (rest <= s.last) out.push({ ...s, first: rest, type: firstNameSex(tokens.value[rest]) && rest < s.last ? 'PER' : s.type });
  }
  return out;
}

/** Where the line of token t starts. */
function lineStart(work: DocumentWork, t: number): number {
  return work.text.lastIndexOf('\n', work.tokens.start[t] - 1) + 1;
}

/** Whether token t stands on a line that opens with a dateline ("LINDBY, Ohio", "LINDBY (AP)"). */
export function onDatelineLine(work: DocumentWork, t: number): boolean {
  const from = lineStart(work, t);
  return work.tokens.start[t] - from < 60 && DATELINE_START.test(work.text.slice(from, from + 80));
}

/**
 * "LINDBY, Ohio (AP)": the name after a dateline's town and its comma is the town's state or
 * country, whatever the tagger read ("Ohio" a person).
 */
export function isDatelineRegion(work: DocumentWork, s: Span): boolean {
  const { tokens, text } = work;
  const comma = s.first - 1;
  if (comma < 1 || tokens.value[comma] !== ',') return false;
  const from = lineStart(work, s.first);
  return /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*$/.test(text.slice(from, tokens.start[comma]).trim());
}

/**
 * "MANCHESTER, England 1996-08-31", "LONDON (Reuters)": a place in capitals opening a line,
 * followed by a comma and a place, a date or a news agency, is the dateline's place.
 */
export function isDateline(work: DocumentWork, s: Span): boolean {
  const { tokens, text } = work;
  const start = tokens.start[s.first];
  if (start > 0 && text[start - 1] !== '\n') return false;
  for (let t = s.first; t <= s.last; t++) if (/[a-z]/.test(tokens.value[t])) return false;
  const next = tokens.value[s.last + 1] ?? '';
  const after = tokens.value[s.last + 2] ?? '';
  return (next === ',' && startsUpper(after)) || next === '(' || /^\d{4}-\d{2}-\d{2}$/.test(next) || (DASHES.has(next) && /[a-z]/.test(after));
}

/**
 * The town a dateline opens with, in capitals, before its state or country, its agency, its
 * date or the dash that starts the story: "PORTO ALEGRE, Brazil", "SEATTLE —", "KELBY (AP)".
 * (Before a comma only a word in mixed case follows: a headline in capitals goes on in capitals.)
 */
const DATELINE_TOWN = /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?= ?, [A-Z][a-z]| \([A-Z][A-Za-z]*\)| \d{4}-\d{2}-\d{2}| ?(?:—|–|--?) (?:[A-Z][a-z]|["“][A-Z]))/;

/** Labels wires put where a dateline stands ("NOTE - ...", "UPDATE 2 - ..."). */
const STORY_LABELS = new Set(['NOTE', 'UPDATE', 'CORRECTION', 'CORRECTED', 'REFILE', 'EXCLUSIVE', 'BREAKING', 'ANALYSIS', 'FACTBOX', 'INTERVIEW', 'PREVIEW', 'FEATURE', 'OPINION', 'EDITORIAL', 'WRAPUP', 'TIMELINE', 'ADVISORY']);

/** A dateline's town is one place, though the tagger split it or took it for a body ("PORTO" + "ALEGRE"). */
export function placeDatelineTowns(work: DocumentWork, spans: Span[]): void {
  const { tokens, text } = work;
  let t = 0;
  for (const line of work.lines) {
    if (line.contentEnd - line.start < 4 || text.charCodeAt(line.start) < 65 || text.charCodeAt(line.start) > 90) continue;
    const town = DATELINE_TOWN.exec(text.slice(line.start, Math.min(line.contentEnd, line.start + 80)));
    if (!town || STORY_LABELS.has(town[0])) continue;
    while (t < tokens.count && tokens.start[t] < line.start) t++;
    if (work.boilerplateToken[t]) continue;
    let last = t;
    while (last + 1 < tokens.count && tokens.end[last + 1] <= line.start + town[0].length) last++;
    // Spans inside the town give way to it; a span running past it is left alone.
    const inside = spans.filter((s) => s.first >= t && s.first <= last);
    if (inside.some((s) => s.last > last)) continue;
    for (const s of inside) spans.splice(spans.indexOf(s), 1);
    spans.push({ first: t, last, type: 'LOC' });
  }
  spans.sort((a, b) => a.first - b.first);
}
