/**
 * Towns by where they are. A town's name is often a first name or a word too ("Troy",
 * "Jackson", "Reading"), and the tagger's gazetteer has countries and capitals only; but news
 * says where a town is ("Troy, Mich.", "Markham, Ontario", "Split, Croatia") and whose people
 * are meant ("Troy police", "Markham residents"). Either makes the town's name a place.
 */
import { lookupPlace } from './gazetteer';
import type { DocumentWork } from './model';
import { coverage, startsUpper, type Span } from './nameSpans';
import { isRegion, isTown, REGION_WORDS_MAX } from './regions';

/** Words after a town's name that make it the town: its police, its people, its officials. */
const TOWN_CUES = new Set(['police', 'resident', 'residents', 'mayor', 'city', 'county', 'suburb', 'suburbs', 'native', 'neighbourhood', 'neighborhood']);

/** Retypes the tagger's spans that name a town so placed, and adds those it missed; a cue, so it outweighs the tagger. */
export function typeTownsByRegion(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens, text } = work;
  const placed = (first: number, last: number) =>
    // The cue in lower case: "Manchester City" is a club.
    isTown(text.slice(tokens.start[first], tokens.end[last])) && (regionAfter(work, last) || TOWN_CUES.has(tokens.value[last + 1] ?? ''));
  const out = spans.map((s) => (s.type !== 'LOC' && placed(s.first, s.last) ? { ...s, type: 'LOC' as const, cued: true } : s));
  const covered = coverage(tokens.count, spans);
  for (let t = 0; t < tokens.count; t++) {
    if (covered[t] || work.boilerplateToken[t] || !startsUpper(tokens.value[t]) || !placed(t, t)) continue;
    out.push({ first: t, last: t, type: 'LOC', cued: true });
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Whether a comma and a state, a province or a country follow token k ("Troy, Mich.", "Split, Croatia"). */
function regionAfter(work: DocumentWork, k: number): boolean {
  const { tokens } = work;
  if (tokens.value[k + 1] !== ',') return false;
  for (let n = REGION_WORDS_MAX; n >= 1; n--) {
    const last = k + 1 + n;
    if (last >= tokens.count || tokens.sentence[last] !== tokens.sentence[k]) continue;
    // "Kelby, Texas's governor": the state's own, not where Kelby is.
    const next = tokens.normal[last + 1];
    if (next === "'s" || next === '’s') continue;
    const words = tokens.value.slice(k + 2, last + 1).join(' ');
    if (isRegion(words)) return true;
    const place = lookupPlace(words);
    if (place && place.type === 'GPE' && place.country === null) return true;
  }
  return false;
}
