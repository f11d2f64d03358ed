/**
 * Names the tagger does not see, found by their pattern: a storm's ("Hurricane Kelby"), a
 * saint's institution ("St. Ann's Hospital"), a newspaper's in common words ("the Financial
 * Times"), names in camel case ("eBay", "iOS 18"), firms named by their web address
 * ("Kelby.com Inc."), models ("Model S"); and the brackets of a lawmaker's party and state ("(D-N.Y.)"), which
 * name nobody. Each runs over the document's tokens once.
 */
import { isBrand } from './brands';
import { hasCompanyContext } from './companyNames';
import { entityKey } from './gazetteer';
import type { DocumentWork, EntityMention } from './model';
import { MEDIA_WORDS } from './nameLexicon';
import { isPossessive, LEGAL_FORMS, replaceOverlapping, startsUpper, type Span } from './nameSpans';
import { sentenceCase } from './sentenceCase';

/**
 * "the Model S", "a Model 3": "Model" and a letter or a number is a product's name (the tagger
 * reads a person's initial in it).
 */
export function addModelNames(work: DocumentWork, spans: Span[]): void {
  addWordAndNumberNames(work, spans, (v) => v === 'Model', /^(?:[A-Z]|\d{1,3})$/, (first, last) => ({ first, last, type: 'MISC', product: true }));
}

/** A word and the number after it, in one sentence, as one name (`make` says of what kind). */
function addWordAndNumberNames(
  work: DocumentWork, spans: Span[], isWord: (value: string) => boolean, number: RegExp, make: (first: number, last: number) => Span,
): void {
  const { tokens } = work;
  for (let t = 0; t + 1 < tokens.count; t++) {
    // A capital first: most tokens are decided by one character code.
    const c = tokens.value[t].charCodeAt(0);
    if (c < 65 || c > 90 || !isWord(tokens.value[t]) || !number.test(tokens.value[t + 1]) || tokens.sentence[t + 1] !== tokens.sentence[t] || work.boilerplateToken[t]) continue;
    replaceOverlapping(spans, make(t, t + 1));
    t++;
  }
}

/** Words that name a road by its number: "Interstate 95", "Highway 1", "Route 66". */
const ROAD_WORDS = new Set(['Interstate', 'Interstates', 'Highway', 'Route', 'Motorway']);

/** Whether a name is a road's word and its number ("Interstate 95"): a facility. */
export function isRoadName(surface: string): boolean {
  const space = surface.indexOf(' ');
  return space > 0 && ROAD_WORDS.has(surface.slice(0, space)) && /^\d{1,4}$/.test(surface.slice(space + 1));
}

/**
 * "Interstate 95", "Highway 1", "Route 66": a road's word and its number are one name, a
 * facility (the tagger reads the word alone as an organisation). "Interstates 80 and 90" names
 * two roads; the first takes the word.
 */
export function addRoadNames(work: DocumentWork, spans: Span[]): void {
  addWordAndNumberNames(work, spans, (v) => ROAD_WORDS.has(v), /^\d{1,4}$/, (first, last) => ({ first, last, type: 'LOC' }));
}

/** The ends of web addresses firms are named by. */
const DOMAIN_ENDINGS = new Set(['com', 'net', 'org', 'io', 'ai', 'co']);

/**
 * "Kelby.com Inc.", "Ostra.io": a capitalised word, a full stop and a web address's ending,
 * written without spaces, are a firm's one name (the tokenizer splits them three ways), with
 * the legal form after it. Spans inside give way to it.
 */
export function addDomainNames(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  for (let t = 0; t + 2 < tokens.count; t++) {
    if (tokens.value[t + 1] !== '.' || !DOMAIN_ENDINGS.has(tokens.value[t + 2]) || !/^[A-Z]/.test(tokens.value[t])) continue;
    if (tokens.end[t] !== tokens.start[t + 1] || tokens.end[t + 1] !== tokens.start[t + 2] || work.boilerplateToken[t]) continue;
    let last = t + 2;
    if (last + 1 < tokens.count && LEGAL_FORMS.has(tokens.normal[last + 1].replace(/\.$/, ''))) last++;
    replaceOverlapping(spans, { first: t, last, type: 'ORG' });
    t = last;
  }
}

/**
 * "told the Financial Times": "the", capitalised words and a newspaper's last word in
 * running text are the paper, where the tagger saw no name in common words.
 */
export function addNewspaperNames(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  for (let t = 2; t < tokens.count; t++) {
    if (!MEDIA_WORDS.has(tokens.normal[t]) || !/^[A-Z][a-z]+$/.test(tokens.value[t]) || work.boilerplateToken[t]) continue;
    if (sentenceCase(work, tokens.sentence[t]) !== 'normal' || spans.some((s) => s.first <= t && t <= s.last && s.first < t)) continue;
    let first = t;
    while (first - 1 >= 0 && tokens.sentence[first - 1] === tokens.sentence[t] && /^[A-Z][a-z]+$/.test(tokens.value[first - 1])) first--;
    if (first === t || tokens.normal[first - 1] !== 'the') continue;
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i].first >= first && spans[i].last <= t) spans.splice(i, 1);
    if (spans.some((s) => s.first <= t && first <= s.last)) continue;
    spans.push({ first, last: t, type: 'ORG' });
  }
}

/**
 * A press review ("PRESS DIGEST - Lindbia - Aug 31", "the leading stories in the Lindbian
 * press") heads each paper's stories with the paper's name on a line of its own, in capitals:
 * "LE TEMPS", "KELBY POST". Such a line of one to three words is the paper, an organisation,
 * and any place the tagger read in it ("MEDIA INDONESIA") gives way.
 */
export function addPressReviewPapers(work: DocumentWork, spans: Span[]): void {
  const { tokens, text, lines } = work;
  const opening = text.slice(0, 400).toLowerCase();
  if (!opening.includes('press digest') && !opening.includes('press review') && !/stories in the [a-z]+ press|in leading newspapers/.test(opening)) return;
  let t = 0;
  for (const line of lines) {
    const content = text.slice(line.start, line.contentEnd).trim();
    if (!/^[A-Z][A-Z'&.-]*(?: [A-Z][A-Z'&.-]*){0,2}$/.test(content) || content.length < 3) continue;
    while (t < tokens.count && tokens.start[t] < line.start) t++;
    let last = t;
    while (last + 1 < tokens.count && tokens.end[last + 1] <= line.contentEnd) last++;
    if (t >= tokens.count || tokens.start[t] >= line.contentEnd || work.boilerplateToken[t]) continue;
    replaceOverlapping(spans, { first: t, last, type: 'ORG', cued: true });
  }
}

/** The last words of institutions and buildings named after saints, and what the name then is. */
const SAINT_HEADS = new Map<string, Span['type']>([
  ...['hospital', 'school', 'college', 'university', 'academy', 'infirmary'].map((w) => [w, 'ORG'] as const),
  ...['church', 'cathedral', 'abbey', 'chapel', 'basilica'].map((w) => [w, 'LOC'] as const),
]);

/**
 * "St. Mary's Hospital", "Saint Anne Church": a saint's name and the institution after it are
 * one name; the tagger read "St." as a place and "Mary" as a person.
 */
export function addSaintNames(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  for (let t = 0; t + 2 < tokens.count; t++) {
    const v = tokens.value[t];
    if ((v !== 'St.' && v !== 'St' && v !== 'Saint') || !/^[A-Z][a-z]+$/.test(tokens.value[t + 1])) continue;
    let k = t + 2;
    if (isPossessive(tokens.normal[k])) k++;
    // Up to two more capitalised words before the institution's word ("St. Mary's Medical Center").
    let head = -1;
    for (let j = k; j < Math.min(tokens.count, k + 3) && tokens.sentence[j] === tokens.sentence[t] && startsUpper(tokens.value[j]); j++) {
      if (SAINT_HEADS.has(tokens.normal[j])) {
        head = j;
        break;
      }
    }
    if (head < 0) continue;
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i].first <= head && spans[i].last >= t) spans.splice(i, 1);
    spans.push({ first: t, last: head, type: SAINT_HEADS.get(tokens.normal[head])! });
    t = head;
  }
}

/** Words that name a storm before its name: "Hurricane Milton", "Typhoon Haiyan", "Storm Ciaran". */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);

/** "Hurricane Ida": a storm's word and the name after it are one event, not a person. */
export function addStormNames(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  for (let t = 0; t + 1 < tokens.count; t++) {
    if (!STORM_WORDS.has(tokens.normal[t]) || !startsUpper(tokens.value[t]) || !/^[A-Z][a-z]+$/.test(tokens.value[t + 1])) continue;
    if (tokens.sentence[t + 1] !== tokens.sentence[t] || sentenceCase(work, tokens.sentence[t]) !== 'normal') continue;
    if (spans.some((s) => s.first < t && s.last >= t)) continue;
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i].first >= t && spans[i].first <= t + 1) spans.splice(i, 1);
    spans.push({ first: t, last: t + 1, type: 'MISC', event: true } as Span);
  }
}

/** A lawmaker's party and state, in brackets or between commas: "(D-N.Y.)", "(R-Texas)", ", D-N.Y.,". */
const PARTY_AFFILIATION = /(?:\(|, )(?:D|R|I)-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?:\)|,)/g;

/** Where the text gives a lawmaker's party and state: the letters there name nobody ("N", "Y."), save a state written out. */
export function partyAffiliations(work: DocumentWork): [number, number][] {
  return [...work.text.matchAll(PARTY_AFFILIATION)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** "iPhone", "eBay", "iOS": a word that opens in lower case and goes on in capitals is a brand's or a product's name. */
const CAMEL_CASE_NAME = /^[a-z]{1,2}[A-Z][A-Za-z]+$/;

/** Verbs after a brand's name that make it the company acting: "eBay said". */
const REPORTING_VERBS = new Set(['said', 'says', 'reported', 'reports', 'announced', 'announces', 'told']);

/** A lower-case letter first and a capital second or third: "eBay", "iOS". */
function hasCapitalAfterFirst(v: string): boolean {
  const a = v.charCodeAt(0);
  if (a < 97 || a > 122 || v.length < 3) return false;
  const b = v.charCodeAt(1);
  const c = v.charCodeAt(2);
  return (b >= 65 && b <= 90) || (c >= 65 && c <= 90);
}

/**
 * Names spelt in camel case, which the tagger never reads (a word in lower case starts no name
 * there): a product, with its model number ("iPhone 16"), or a known brand that acts.
 */
export function addCamelCaseNames(work: DocumentWork, covered: Uint8Array, mentions: EntityMention[]): void {
  const { tokens, text } = work;
  for (let t = 0; t < tokens.count; t++) {
    const v = tokens.value[t];
    // A character test before the pattern: this looks at every token.
    if (!hasCapitalAfterFirst(v) || covered[t] || work.boilerplateToken[t] || !CAMEL_CASE_NAME.test(v)) continue;
    const last = /^\d{1,3}$/.test(tokens.value[t + 1] ?? '') && tokens.end[t] + 1 === tokens.start[t + 1] ? t + 1 : t;
    const surface = text.slice(tokens.start[t], tokens.end[last]);
    // Most such names are products ("iOS", "iCloud"); a brand that acts or trades is the company ("eBay said", "eBay shares").
    const acts = REPORTING_VERBS.has(tokens.normal[last + 1] ?? '') || hasCompanyContext(work, { first: t, last, type: 'MISC' });
    const type = last === t && isBrand(v) && acts ? 'ORG' : 'PRODUCT';
    mentions.push({ start: tokens.start[t], end: tokens.end[last], text: surface, type, sentence: tokens.sentence[t], key: entityKey(surface) });
    covered.fill(1, t, last + 1);
  }
}
