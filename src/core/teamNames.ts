/**
 * Teams in sports results: result lines, standings tables and lists of fixtures name clubs,
 * even where the names are towns and the tagger saw no name at all.
 */
import type { DocumentTopic } from './documentTopic';
import { lookupPlace } from './gazetteer';
import type { DocumentWork } from './model';
import { coverage, startsUpper, withSpansReplaced, type Span } from './nameSpans';
import { isTown } from './regions';

/** "Leeds 2 Wigan 1": a result line. "Leeds 4 2 1 1 6 5 7": a line of a standings table. */
const RESULT_LINE = /^[A-Z][A-Za-z.'& -]*? \d+ [A-Z][A-Za-z.'& -]*? \d+(?: \(.*\))?$/;
const STANDINGS_LINE = /^[A-Z][A-Za-z.'& -]*?( \d+){4,}$/;

/** "Postponed: Harlow v Marlow, West Kelby v Ostrava": a line of fixtures, after an optional label. */
const TEAM = "[A-Z][A-Za-z.'&-]*(?: [A-Z][A-Za-z.'&-]*)*";
// (A line may break after a "v", the second team on the next line.)
const FIXTURES_LINE = new RegExp(`^(?:[A-Z][A-Za-z ]* ?: )?${TEAM} vs?\\.? ${TEAM}(?: ?[,;] ${TEAM} vs?\\.? ${TEAM})*(?: ?[,;] ${TEAM} vs?\\.?)? ?\\.?$`);

/** A line of results, standings or fixtures: its names are teams. */
function isTeamsLine(line: string): boolean {
  return RESULT_LINE.test(line) || STANDINGS_LINE.test(line) || FIXTURES_LINE.test(line);
}

/**
 * "Harlow 3 West Kelby 2 ( halftime 1-0 )", "Harlow 3 1 0 6 1 10", "Harlow v Marlow": the names
 * in a result line, a standings table or a list of fixtures are teams, found even where the
 * tagger saw no name (an unknown town's club). Countries keep their type (a national team
 * reads as the country).
 */
export function addTeamsInResults(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens, text, lines } = work;
  const covered = coverage(tokens.count, spans);
  const added: Span[] = [];
  let t = 0;
  for (const l of lines) {
    const line = text.slice(l.start, l.contentEnd).trim();
    if (!isTeamsLine(line)) continue;
    while (t < tokens.count && tokens.start[t] < l.start) t++;
    const fixtures = FIXTURES_LINE.test(line);
    // Each run of capitalised words before a number (or either side of "v") is a team.
    for (let k = t; k < tokens.count && tokens.start[k] < l.contentEnd; k++) {
      if (!startsUpper(tokens.value[k]) || (k > t && startsUpper(tokens.value[k - 1]))) continue;
      let last = k;
      while (last + 1 < tokens.count && tokens.start[last + 1] < l.contentEnd && startsUpper(tokens.value[last + 1])) last++;
      const versus = (v: string | undefined) => v === 'v' || v === 'vs' || v === 'v.' || v === 'vs.';
      const team = /^\d+$/.test(tokens.value[last + 1] ?? '') || (fixtures && (versus(tokens.value[last + 1]) || versus(tokens.value[k - 1])));
      if (!team) continue;
      let free = true;
      for (let i = k; i <= last; i++) if (covered[i] || work.boilerplateToken[i]) free = false;
      if (!free) continue;
      const place = lookupPlace(text.slice(tokens.start[k], tokens.end[last]));
      // A country's team keeps the country's name and type; a town's is a club.
      added.push({ first: k, last, type: place && place.country === null ? 'LOC' : 'ORG' });
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first) : spans;
}

export function typeTeamsInResults(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens, text } = work;
  // Whether the line starting at an offset is one of teams, asked once per line.
  const teamsLine = new Map<number, boolean>();
  const inTeamsLine = (offset: number) => {
    const from = text.lastIndexOf('\n', offset - 1) + 1;
    let known = teamsLine.get(from);
    if (known === undefined) {
      const to = text.indexOf('\n', offset);
      teamsLine.set(from, (known = isTeamsLine(text.slice(from, to < 0 ? text.length : to).trim())));
    }
    return known;
  };
  return spans.map((s) => {
    if (s.type === 'ORG') return s;
    if (!inTeamsLine(tokens.start[s.first])) return s;
    const place = lookupPlace(text.slice(tokens.start[s.first], tokens.end[s.last]));
    if (place && place.country === null) return s;
    return { ...s, type: 'ORG' };
  });
}

/**
 * "the Springboks", "the Blue Jays": in a sports report a capitalised plural after "the" is a
 * team, though no list knows it. Not a place ("the Netherlands"), a people ("the Americans"),
 * nor an event ("the Olympics"), and not where another name already stands.
 */
export function addTeamsByTheirPlural(work: DocumentWork, spans: Span[], topic: DocumentTopic): Span[] {
  if (topic !== 'sport') return spans;
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  const added: Span[] = [];
  for (let t = 1; t < tokens.count; t++) {
    if (tokens.value[t - 1] !== 'the' || !isCapitalisedWord(tokens.value[t]) || covered[t] || work.boilerplateToken[t]) continue;
    let last = t;
    if (last + 1 < tokens.count && isCapitalisedWord(tokens.value[last + 1]) && !covered[last + 1]) last++;
    const plural = tokens.value[last];
    if (plural.length < 4 || !plural.endsWith('s') || plural.endsWith('ss') || tokens.sentence[last] !== tokens.sentence[t]) continue;
    if (last + 1 < tokens.count && startsUpper(tokens.value[last + 1])) continue; // a longer name goes on
    const surface = work.text.slice(tokens.start[t], tokens.end[last]);
    if (lookupPlace(surface) || lookupPlace(plural) || lookupPlace(plural.slice(0, -1)) || NOT_TEAMS.has(tokens.normal[last])) continue;
    added.push({ first: t, last, type: 'ORG' });
    covered.fill(1, t, last + 1);
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first) : spans;
}

/** Capitalised plurals after "the" that name no team: events, competitions and their parts. */
const NOT_TEAMS = new Set([
  'olympics', 'paralympics', 'games', 'championships', 'finals', 'playoffs', 'internationals', 'masters', 'opens', 'nationals',
  'series', 'ashes', 'states', 'islands', 'mountains', 'alps', 'highlands', 'lowlands', 'midlands',
]);

function isCapitalisedWord(v: string): boolean {
  return /^[A-Z][a-z]+$/.test(v);
}

/**
 * "Mladost ( L ) 2 Rad ( B ) 0": in results and tables a club shares its name with others and
 * is told apart by its town's initials in brackets, which are part of its name. A one- or
 * two-word name followed by one or two capitals in brackets, in a sentence with two numbers or
 * more, is the club's whole name (an acronym's definition has three letters or more).
 */
export function joinClubQualifiers(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const qualifierAfter = (last: number) => tokens.value[last + 1] === '(' && /^[A-Z]{1,2}$/.test(tokens.value[last + 2] ?? '') && tokens.value[last + 3] === ')' &&
    tokens.sentence[last + 3] === tokens.sentence[last];
  if (!spans.some((s) => s.last - s.first <= 1 && qualifierAfter(s.last))) return spans;
  const numbersIn = new Map<number, number>();
  const numbers = (sentence: number) => {
    let n = numbersIn.get(sentence);
    if (n === undefined) {
      const { firstToken, lastToken } = work.sentences[sentence];
      n = 0;
      for (let k = firstToken; k <= lastToken; k++) if (/^\d/.test(tokens.value[k])) n++;
      numbersIn.set(sentence, n);
    }
    return n;
  };
  const out: Span[] = [];
  let skipUntil = -1;
  for (const s of [...spans].sort((a, b) => a.first - b.first)) {
    if (s.first <= skipUntil) continue; // inside a club's brackets ("( BJ )" read as a place)
    if (s.last - s.first <= 1 && qualifierAfter(s.last) && numbers(tokens.sentence[s.first]) >= 2) {
      out.push({ ...s, last: s.last + 3, type: 'ORG' });
      skipUntil = s.last + 3;
    } else out.push(s);
  }
  return out;
}

/**
 * "4. Ann Berg ( Lindbia ) Kelby-Ostra 1:16", "1. Karl Brandt ( Ostria ) , Lindby Motors ,
 * 53.980": in a ranked list of results, the capitalised words after a competitor and their
 * country in brackets name the competitor's team (a cycling team, a racing car's entrant),
 * whatever the tagger read there.
 */
export function addTeamsAfterEntrants(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const teams: Span[] = [];
  for (const s of spans) {
    // The rank: "4." (wink splits the number from its full stop).
    const ranked = tokens.value[s.first - 1] === '.' && /^\d+$/.test(tokens.value[s.first - 2] ?? '');
    if (s.type !== 'PER' || !ranked || tokens.value[s.last + 1] !== '(') continue;
    let close = s.last + 2;
    while (close < tokens.count && close <= s.last + 5 && tokens.value[close] !== ')') close++;
    if (tokens.value[close] !== ')' || !lookupPlace(work.text.slice(tokens.start[s.last + 2], tokens.end[close - 1]))) continue;
    const first = tokens.value[close + 1] === ',' ? close + 2 : close + 1;
    let last = first - 1;
    const sameSentence = (k: number) => k < tokens.count && tokens.sentence[k] === tokens.sentence[s.first];
    const capitalised = (k: number) => sameSentence(k) && /^[A-Z][A-Za-z]*$/.test(tokens.value[k]);
    // Words, and words joined by a hyphen with no space ("Kelby-Ostra", which wink splits in three).
    while (capitalised(last + 1) || (last >= first && tokens.value[last + 1] === '-' && capitalised(last + 2) &&
      tokens.end[last] === tokens.start[last + 1] && tokens.end[last + 1] === tokens.start[last + 2])) last += tokens.value[last + 1] === '-' ? 2 : 1;
    // Another competitor with a country in brackets is no team: "1. Ann Berg ( Lindbia ) , Eva Moss ( Ostria )".
    if (last >= first && tokens.value[last + 1] !== '(') teams.push({ first, last, type: 'ORG', cued: true });
  }
  return withSpansReplaced(tokens.count, spans, teams);
}

/**
 * "Hove : Sussex 363 ( ... )", "Leicester : Leicestershire beat Somerset": a line of results
 * that opens with a town and a colon names the venue, a place, though its club may play too.
 */
export function placeVenuesOfResults(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const venues: Span[] = [];
  for (const sentence of work.sentences) {
    const first = sentence.firstToken;
    const colon = tokens.value[first + 1] === ':' ? first + 1 : tokens.value[first + 2] === ':' ? first + 2 : -1;
    if (colon < 0 || work.boilerplateToken[first] || !startsUpper(tokens.value[first])) continue;
    if (!isTown(work.text.slice(tokens.start[first], tokens.end[colon - 1]))) continue;
    let numbers = 0;
    for (let k = colon + 1; k <= sentence.lastToken && numbers < 2; k++) if (/^\d/.test(tokens.value[k])) numbers++;
    if (numbers >= 2 && startsUpper(tokens.value[colon + 1] ?? '')) venues.push({ first, last: colon - 1, type: 'LOC', cued: true });
  }
  return withSpansReplaced(tokens.count, spans, venues);
}
