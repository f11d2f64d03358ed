/**
 * Towns by where they are. A town's name is often a first name or a word too ("Eugene",
 * "Jackson", "Reading"), and the tagger's gazetteer has countries and capitals only; but news
 * says where a town is ("Eugene, Ore.", "Lindby, Ontario", "Split, Croatia") and whose people
 * are meant ("Eugene police", "Lindby residents"). Either makes the town's name a place.
 */
import { isBrand } from './brands';
import { firstNameSex } from './firstNames';
import { lookupPlace } from './gazetteer';
import type { DocumentWork } from './model';
import { ORG_WORDS } from './nameLexicon';
import { coverage, PLACE_PREPOSITIONS, startsUpper, type Span } from './nameSpans';
import { isRegion, isTown, REGION_WORDS_MAX } from './regions';

/** Words after a town's name that make it the town: its police, its people, its officials. */
const TOWN_CUES = new Set(['police', 'resident', 'residents', 'mayor', 'city', 'county', 'suburb', 'suburbs', 'native', 'neighbourhood', 'neighborhood']);

/**
 * Retypes the tagger's spans that name a town so placed, and adds those it missed, with the
 * state or province after them where the tagger missed that ("Eugene, Oregon"); a cue, so it
 * outweighs the tagger.
 */
export function typeTownsByRegion(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens, text } = work;
  // A dateline writes the town in capitals at the line's start ("EUGENE, Ore."): the list has it as "Eugene".
  const isTownAt = (first: number, last: number) => {
    const surface = text.slice(tokens.start[first], tokens.end[last]);
    if (isTown(surface)) return true;
    const datelineStart = work.sentences[tokens.sentence[first]].firstToken === first;
    return datelineStart && surface.length > 2 && surface === surface.toUpperCase() &&
      isTown(surface.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()));
  };
  // The cue in lower case: "Manchester City" is a club.
  const cued = (last: number) => TOWN_CUES.has(tokens.value[last + 1] ?? '');
  const covered = coverage(tokens.count, spans);
  const out: Span[] = [];
  /** The states and provinces after placed towns, as "first:last". */
  const regions = new Set<string>();
  const hasRegion = (town: Span) => {
    const last = regionAfter(work, town.last);
    if (last >= 0) regions.add(`${town.last + 2}:${last}`);
    return last >= 0;
  };
  // The comma or the cue first: they are rarer than capitalised words, and cheaper to test than the towns.
  const placed = (s: Span) => (tokens.value[s.last + 1] === ',' || cued(s.last)) && isTownAt(s.first, s.last) && (hasRegion(s) || cued(s.last));
  for (const s of spans) out.push(placed(s) && s.type !== 'LOC' ? { ...s, type: 'LOC', cued: true } : s);
  for (let t = 0; t < tokens.count; t++) {
    if (covered[t] || work.boilerplateToken[t] || !startsUpper(tokens.value[t])) continue;
    const town: Span = { first: t, last: t, type: 'LOC', cued: true };
    if (placed(town)) out.push(town);
  }
  // The state is a place whatever the tagger made of it ("N.Y." read as MISC), or missed.
  for (let i = 0; i < out.length; i++) if (regions.delete(`${out[i].first}:${out[i].last}`)) out[i] = { ...out[i], type: 'LOC', cued: true };
  for (const range of regions) {
    const [first, last] = range.split(':').map(Number);
    if (!covered[first] && !covered[last]) out.push({ first, last, type: 'LOC', cued: true });
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * The last token of a state, a province or a country after token k and a comma ("Eugene, Ore.",
 * "Split, Croatia"); -1 where none follows.
 */
function regionAfter(work: DocumentWork, k: number): number {
  const { tokens } = work;
  if (tokens.value[k + 1] !== ',') return -1;
  for (let n = REGION_WORDS_MAX; n >= 1; n--) {
    const last = k + 1 + n;
    if (last >= tokens.count || tokens.sentence[last] !== tokens.sentence[k]) continue;
    // "Kelby, Texas's governor": the state's own, not where Kelby is.
    const next = tokens.normal[last + 1];
    if (next === "'s" || next === '’s') continue;
    const words = tokens.value.slice(k + 2, last + 1).join(' ');
    // wink may cut "Ont." into "Ont" and a full stop.
    const dotted = tokens.value[last + 1] === '.' && tokens.end[last] === tokens.start[last + 1];
    if (isRegion(words) || (dotted && isRegion(`${words}.`))) return last;
    const place = lookupPlace(words);
    if (place && place.type === 'GPE' && place.country === null) return last;
  }
  return -1;
}

/**
 * "Rome and Florence", "Lindby, Eugene and Ostra": a one-word town beside a place in a list is
 * the town, where the tagger took it for a person by its first name's look. So is a one-word
 * name no gazetteer knows, beside a place in a list after a preposition of place: "raids in
 * Lindby and Marsden", "its plants in Kelby and Ostra" (a surname's or a firm's look).
 */
export function typeTownsInPlaceLists(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens, text } = work;
  const joined = (a: Span, b: Span) => {
    const between = tokens.normal.slice(a.last + 1, b.first);
    return between.length >= 1 && between.length <= 2 && between.every((w) => w === ',' || w === 'and' || w === 'or');
  };
  const townAsPerson = (s: Span) => s.type === 'PER' && s.first === s.last && isTown(text.slice(tokens.start[s.first], tokens.end[s.last]));
  const unknownWord = (s: Span) => (s.type === 'PER' || s.type === 'ORG') && !s.cued && s.first === s.last &&
    /^[A-Z][a-z]+$/.test(tokens.value[s.first]) && !firstNameSex(tokens.value[s.first]) && !lookupPlace(tokens.value[s.first]) && !isBrand(tokens.value[s.first]);
  // The list's first item follows a preposition of place.
  const afterPlacePreposition = (items: Span[]) => PLACE_PREPOSITIONS.has(tokens.normal[items[0].first - 1] ?? '');
  let out: Span[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const town = townAsPerson(spans[i]);
    if (!town && !unknownWord(spans[i])) continue;
    const neighbours = [spans[i - 1], spans[i + 1]].filter((n): n is Span => !!n && n.type === 'LOC');
    const listed = neighbours.find((n) => (n === spans[i - 1] ? joined(n, spans[i]) : joined(spans[i], n)));
    if (!listed || (!town && !afterPlacePreposition(listed === spans[i - 1] ? [listed, spans[i]] : [spans[i], listed]))) continue;
    out ??= [...spans];
    out[i] = { ...spans[i], type: 'LOC' };
  }
  return out ?? spans;
}

/** Nouns for places that name them with "of": "the town of Kelby", "the province of Ostra". */
const PLACE_NOUNS_BEFORE_OF = new Set(['town', 'village', 'city', 'district', 'province', 'region', 'port', 'island', 'county', 'state', 'enclave', 'suburb', 'hamlet', 'municipality']);
/** Nouns for places written after the name: "the Kelby region", "Ostra province". */
const PLACE_NOUNS_AFTER = new Set(['region', 'province', 'district', 'village', 'enclave']);

/**
 * "the town of Tavildara", "the disputed Ostra region": the noun says the name is a place,
 * which the tagger, not knowing it, may have read as a person. A cue: the article's other
 * mentions follow it. Not a body's name ("the Kelby district court").
 */
export function typePlacesByTheirNoun(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  return spans.map((s) => {
    if (s.type === 'LOC' || s.cued) return s;
    const before = tokens.normal[s.first - 1] === 'of' && PLACE_NOUNS_BEFORE_OF.has(tokens.normal[s.first - 2] ?? '') && tokens.normal[s.first - 3] === 'the';
    const after = PLACE_NOUNS_AFTER.has(tokens.value[s.last + 1] ?? '') && !ORG_WORDS.has(tokens.normal[s.last + 2] ?? '');
    return before || after ? { ...s, type: 'LOC', cued: true } : s;
  });
}
