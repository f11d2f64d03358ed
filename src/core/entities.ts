/**
 * Stage 4: entity mentions. The statistical tagger (nerTagger) finds the names and their
 * coarse types (person, organisation, location, other); this stage makes each document agree
 * with itself (a name tagged once is the same name where the tagger missed it, with the type
 * most of its mentions got), refines the types with the gazetteer and head words (GPE, NORP,
 * EVENT, FAC, PRODUCT), adds product codes the tagger leaves out, and links an acronym to the
 * name it abbreviates. The rules for firms, papers and bodies live in companyNames, those for
 * sports results in teamNames; the spans they pass around in nameSpans.
 */
import { isBrand } from './brands';
import { DATELINE_START, isDateline, isDatelineRegion, onDatelineLine, placeDatelineTowns, splitAtDatelineMarks } from './datelines';
import { documentTopic, type DocumentTopic } from './documentTopic';
import { firstNameSex } from './firstNames';
import { entityKey, lookupPlace } from './gazetteer';
import type { DocumentWork, EntityMention } from './model';
import { COMMON_ACRONYMS, EVENT_WORDS, FAC_WORDS, FORCE_WORDS, GROUP_NOUNS, MEDIA_WORDS, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, SHIP_PREFIXES } from './nameLexicon';
import type { LineCase } from './nerFeatures';
import { typePlacesByTheirNoun, typeTownsByRegion, typeTownsInPlaceLists } from './placeNames';
import { isApAbbreviation, isRegion, isTown } from './regions';
import { lowerCaseWords, sentenceCase } from './sentenceCase';
import { tokenAt } from './tokenAt';
import { isCommonPlural } from './tokenize';
import { tagSentence } from './nerTagger';
import type { EntityType } from './report';
import {
  addAcronymExpansions, addCompaniesAfterBase, addCompaniesByContext, addInstitutions, addKnownAcronyms, addMediaNames, extendBodiesLeft, extendFirmsLeft, hasCompanyContext, KNOWN_ORG_ACRONYMS,
  joinAcronymDefinitions, speaksOfItselfAsIt, speaksOfItsTrade, splitCompanyLists, TEAM_WORDS,
} from './companyNames';
import { coverage, endsBased, FIRM_HEADS, isMonthOrDay, isPossessive, LEGAL_FORMS, NOT_A_NAME, PLACE_PREPOSITIONS, PRODUCT_CODE, startsUpper, type Span } from './nameSpans';
import { addTeamsAfterEntrants, addTeamsByTheirPlural, addTeamsInResults, joinClubQualifiers, placeVenuesOfResults, typeTeamsInResults } from './teamNames';
import { addCamelCaseNames, addDomainNames, addModelNames, addNewspaperNames, addPressReviewPapers, addRoadNames, addSaintNames, addStormNames, isRoadName, partyAffiliations } from './patternNames';

/** Lower-case particles inside surnames: "van der Berg", "de Silva", "del Olmo". */
/** Parts of speech of no name's hyphenated half: "was", "and", "the", "in". */
const NOT_IN_HYPHENATED_NAME_POS = new Set(['AUX', 'VERB', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'PART']);
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la', 'ter', 'ten', 'bin', 'ibn', 'al', 'el']);
const OPENING_PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'dos', 'das', 'der', 'den']);
/** Titles of monarchs and popes, whose names take a regnal number: "King Baudouin I". */
const REGNAL_TITLES = new Set(['king', 'queen', 'emperor', 'empress', 'pope', 'tsar', 'czar', 'prince', 'princess', 'sultan', 'shah']);
const ROMAN_NUMERAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

/**
 * The parts of people's names the tagger leaves off: a hyphenated half ("Ann Djate-Berg",
 * "Li Song-ho", "Karl-Heinz Berg"), particles ("Joost van der Berg", "de Silva") and a
 * monarch's regnal number ("Elizabeth I", "King Baudouin I").
 */
function completePersonNames(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  const glued = (a: number, b: number) => tokens.end[a] === tokens.start[b];
  const spaced = (a: number, b: number) => tokens.end[a] + 1 === tokens.start[b];
  // One-word names a person's surname takes over ("Ursula von der" + "Leyen", which the tagger typed apart).
  const taken = new Set<Span>();
  const oneWordAt = new Map(spans.filter((s) => s.first === s.last).map((s) => [s.first, s]));
  const completed = spans.map((s) => {
    if (s.type !== 'PER') return s;
    // A token the name may take: in its sentence, in no other name, not boilerplate.
    const free = (k: number) => k >= 0 && k < tokens.count && !covered[k] && !work.boilerplateToken[k] && tokens.sentence[k] === tokens.sentence[s.first];
    let { first, last } = s;
    // Particles the tagger ended the name with are read again below, with the surname after them.
    while (last > first && NAME_PARTICLES.has(tokens.value[last])) last--;
    const own = (k: number) => k > last && k <= s.last;
    // A hyphen glued to a word on both sides continues the name ("Ann Berg-Lund", "Kim Song-ho"),
    // unless the word is a verb or a function word ("a Lindby man-Karl Brandt-was charged").
    while (free(last + 1) && free(last + 2) && tokens.value[last + 1] === '-' && glued(last, last + 1) && glued(last + 1, last + 2) &&
      /^[A-Za-z]/.test(tokens.value[last + 2]) && !NOT_IN_HYPHENATED_NAME_POS.has(tokens.pos[last + 2])) last += 2;
    while (free(first - 1) && free(first - 2) && tokens.value[first - 1] === '-' && glued(first - 2, first - 1) && glued(first - 1, first) && startsUpper(tokens.value[first - 2])) first -= 2;
    // Particles and the capitalised surname after them.
    let k = last + 1;
    while ((free(k) || own(k)) && NAME_PARTICLES.has(tokens.value[k]) && spaced(k - 1, k)) k++;
    const surname = oneWordAt.get(k);
    const takesOver = surname !== undefined && surname !== s && tokens.sentence[k] === tokens.sentence[s.first];
    if (k > last + 1 && (free(k) || takesOver) && startsUpper(tokens.value[k]) && spaced(k - 1, k)) {
      last = k;
      if (takesOver) taken.add(surname);
    } else last = Math.max(last, s.last);
    // A particle opening a surname: "de Silva", "van Gogh" (only those no English sentence has for a word).
    if (free(first - 1) && OPENING_PARTICLES.has(tokens.value[first - 1]) && spaced(first - 1, first)) first--;
    // A regnal number after a monarch's name.
    const number = tokens.value[last + 1] ?? '';
    if (free(last + 1) && ROMAN_NUMERAL.test(number) && spaced(last, last + 1) &&
        (REGNAL_TITLES.has(tokens.normal[first - 1] ?? '') || (first === last && firstNameSex(tokens.value[first]) !== null))) last++;
    if (first === s.first && last === s.last) return s;
    covered.fill(1, first, last + 1);
    return { ...s, first, last };
  });
  // By position: a taken span may have been completed itself, into a new object.
  return taken.size ? completed.filter((_, i) => !taken.has(spans[i])) : completed;
}

/**
 * End of the article's first line of content, its headline however it is cased; 0 when that
 * line is all there is, or when it is a paragraph of prose (an article that opens with its
 * dateline and first paragraph has no headline).
 */
function titleLineEnd(work: DocumentWork): number {
  const content = work.lines.filter((line) => /\S/.test(work.text.slice(line.start, line.contentEnd)) &&
    !work.boilerplate.some((b) => b.start <= line.start + 1 && line.contentEnd <= b.end + 1));
  if (content.length < 2) return 0;
  const first = work.text.slice(content[0].start, content[0].contentEnd);
  return first.split(/\s+/).length > HEADLINE_MAX_WORDS ? 0 : content[0].end;
}

/** Headlines rarely run past 20 words: a first line of more than 30 is the story's first paragraph. */
const HEADLINE_MAX_WORDS = 30;

/**
 * A heading whose capitals say nothing: a line in Title Case, or a line of one to three words
 * with no closing punctuation ("Key Points", "Financial impact"). Lines in capitals are left to
 * the tagger, which learned them from wire copy.
 */
function isHeading(work: DocumentWork, first: number, last: number, line: LineCase = sentenceCase(work, work.tokens.sentence[first])): boolean {
  const { tokens } = work;
  // Headlines do not end in a full stop; a sentence full of names does ("The International ... met in Oslo.").
  if (/^[.!?]$/.test(tokens.value[last])) return false;
  // An item of a numbered list ("4. Ann Berg ( Lindbia ) Kelby Team"), whose number wink cut off.
  if (first >= 2 && tokens.value[first - 1] === '.' && /^\d+$/.test(tokens.value[first - 2]) && tokens.sentence[first - 1] !== tokens.sentence[first]) return false;
  // A line of names and numbers is a table's row or a result ("Lindby : Kelby 363 ( A. Berg 111 )"),
  // and one of names and commas a list ("Ann Berg , Karl Brandt , Leo Varga , Ida Lund"), whatever their capitals.
  if (line === 'title') return !isScoreLine(tokens, first, last) && !isListLine(tokens, first, last);
  return last - first < 3 && !/["”’):]$/.test(tokens.value[last]) && !tokens.value.slice(first, last + 1).some((v) => /\d/.test(v));
}

/** Three commas or more: a headline lists two or three things at most ("Stocks, Bonds, Gold Rise"). */
function isListLine(tokens: DocumentWork['tokens'], first: number, last: number): boolean {
  return hasAtLeast(tokens, first, last, 3, (v) => v === ',');
}

/** Two numbers or more: a headline has one at most ("Kelby Shares Jump 5% After Deal"). */
function isScoreLine(tokens: DocumentWork['tokens'], first: number, last: number): boolean {
  return hasAtLeast(tokens, first, last, 2, (v) => v.charCodeAt(0) >= 48 && v.charCodeAt(0) <= 57);
}

/** Whether n tokens or more of [first, last] pass the test (it stops counting at n). */
function hasAtLeast(tokens: DocumentWork['tokens'], first: number, last: number, n: number, test: (value: string) => boolean): boolean {
  let count = 0;
  for (let t = first; t <= last && count < n; t++) if (test(tokens.value[t])) count++;
  return count >= n;
}

/** "Briton", "Australian", "Englishman": a nationality said of a person, before the person's name. */
function isNationalityNoun(word: string): boolean {
  const people = /^([A-Z][a-z]+)(?:man|woman)$/.exec(word);
  return lookupPlace(people ? people[1] : word)?.type === 'NORP';
}

/** Months' names that are no word of a name's end ("May" is a name too). */
const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Legal forms that end a firm's name wherever they stand ("Co" and "SA" may begin one: "Kelby Co Building Authority"). */
const NAME_ENDING_FORMS = new Set(['inc', 'corp', 'ltd', 'plc', 'llc', 'gmbh']);
/** Punctuation and possessives that may end a tagged span but are not part of the name. */
const TRAILING = /^(['’]s?|[.,;:!?"“”)(\]\[-])$/;

export function findEntities(work: DocumentWork): EntityMention[] {
  const { tokens, text } = work;
  const skip = (t: number) => work.boilerplateToken[t];
  const body: Span[] = [];
  const headings: Span[] = [];
  const titleEnd = titleLineEnd(work);
  const topic = documentTopic(tokens);
  work.sentences.forEach((sent, index) => {
    if (skip(sent.firstToken) && skip(sent.lastToken)) return;
    const line = sentenceCase(work, index);
    const found = tagSentence(tokens, sent.firstToken, sent.lastToken, skip, line, topic);
    (sent.start < titleEnd || isHeading(work, sent.firstToken, sent.lastToken, line) ? headings : body).push(...found);
  });
  // Names the article writes alone: before a model code ("Kelbyx K90"), one is the maker's, not the product's.
  const firmWords = new Set([...body, ...headings].filter((s) => s.first === s.last).map((s) => tokens.value[s.first]));
  const clean = (spans: Span[]) => joinPossessiveNames(work, splitAtPlace(work, splitFromCountry(work, joinNamesOverParticles(work, joinPlacesOverOf(work, joinOrganisations(work, joinAmpersands(work, joinHyphenated(work, splitAtTitles(work, splitDescriptionsFromNames(work, splitCompanyLists(work, joinFacilityHalves(work, splitAtDatelineMarks(work, spans))))))))))))).map(trim).filter((s): s is Span => s !== null);
  const tagged = placeVenuesOfResults(work, addTeamsAfterEntrants(work, joinClubQualifiers(work, extendBodiesLeft(work, extendFirmsLeft(work, clean(extendOverCapitals(work, extendOverPrefixes(work, dropCommonWordsAtSentenceStart(work, body)))))))));
  placeDatelineTowns(work, tagged);
  joinAcronymDefinitions(work, tagged);
  addKnownAcronyms(work, tagged);
  addInstitutions(work, tagged);
  addNamesAfterTitles(work, tagged);
  addEmployersBeforeTitles(work, tagged);
  const inHeadline = (t: number) => {
    const sent = work.sentences[tokens.sentence[t]];
    return sent.start < titleEnd || isHeading(work, sent.firstToken, sent.lastToken);
  };
  addNamesAfterFirstNames(work, tagged, titleEnd);
  addCompaniesAfterBase(work, tagged);
  addCompaniesByContext(work, tagged, lowerCaseWords(work));
  addStormNames(work, tagged);
  addEventNames(work, tagged);
  addSaintNames(work, tagged);
  addNewspaperNames(work, tagged);
  addPressReviewPapers(work, tagged);
  addPartyNames(work, tagged);
  addDomainNames(work, tagged);
  addModelNames(work, tagged);
  addRoadNames(work, tagged);
  addProductNames(work, tagged, inHeadline);
  const agreed = agreeWithinDocument(work, addMediaNames(work, typePlacesByTheirNoun(work, typeTownsInPlaceLists(work, typeTownsByRegion(work, typeByCue(work, completePersonNames(work, tagged.sort((a, b) => a.first - b.first)), topic))))), clean(headings), topic);
  const consistent = keepNamePossessives(work, addTeamsByTheirPlural(work, typeTeamsInResults(work, addTeamsInResults(work, addPossessedProducts(work, completeLists(work, agreed)))), topic));
  const mentions: EntityMention[] = [];
  const covered = new Uint8Array(tokens.count);
  const surnames = surnamesOf(work, consistent);
  const affiliations = partyAffiliations(work);
  for (const s of consistent) {
    if (affiliations.some(([from, to]) => tokens.start[s.first] >= from && tokens.end[s.last] <= to) && !isRegion(text.slice(tokens.start[s.first], tokens.end[s.last]))) continue;
    covered.fill(1, s.first, s.last + 1);
    const start = tokens.start[s.first];
    const end = tokens.end[s.last];
    const surface = text.slice(start, end);
    // "Jordan" where the article names "Ann Jordan": the person, not the country.
    const type = s.type === 'PER' && surnames.has(surface) ? 'PERSON' : refineType(work, s, surface);
    if (type) mentions.push({ start, end, text: surface, type, sentence: tokens.sentence[s.first], key: entityKey(surface) });
  }
  addProductCodes(work, covered, mentions);
  addCamelCaseNames(work, covered, mentions);
  markCapitalMetonymy(work, mentions);
  mentions.sort((a, b) => a.start - b.start);
  addAcronymExpansions(work, mentions);
  return mentions;

  /** Titles, possessives and punctuation off the edges: "CEO Jane Doe's" -> "Jane Doe". */
  function trim(s: Span): Span | null {
    let { first, last } = s;
    // A name starts and ends with a capital or a digit: "of Acme" -> "Acme", "• Open" -> "Open".
    // "Toronto-based Acme": the place describes the company; it is not part of the name.
    for (let k = first; k < last; k++) if (endsBased(tokens, k)) first = k + 1;
    // "Queen of South", "Queen's Park": a title of something may begin a body's name.
    const titleOfSomething = (k: number) => s.type === 'ORG' && k + 1 < last && endsName(k) && (tokens.normal[k + 1] === 'of' || isPossessive(tokens.normal[k + 1]));
    while (first < last && !startsName(first) && !titleOfSomething(first)) first++;
    // "Receptionist Ann Marie Berg": a capitalised role before a person's full name is not part of it.
    if (s.type === 'PER' && last - first >= 2 && (PERSON_NOUNS.has(tokens.normal[first]) || isNationalityNoun(tokens.value[first]))) first++;
    // A title word may end a name ("Red Star", "Acme Chief"), never begin one ("CEO Jane Doe").
    while (last > first && !endsName(last)) last--;
    // "the Acme Ltd Christmas party": a firm's name ends at its legal form.
    for (let k = first + 1; k < last; k++) {
      if (NAME_ENDING_FORMS.has(tokens.normal[k].replace(/\.$/, '')) && !FIRM_HEADS.has(tokens.normal[k + 1].replace(/\.$/, '')) && /^[A-Z]/.test(tokens.value[k + 1])) {
        last = k;
        break;
      }
    }
    // "Hizbollah ( Party of God": a bracket the name does not close is not part of it.
    for (let k = first + 1; k <= last; k++) {
      if (tokens.value[k] !== '(') continue;
      if (!tokens.value.slice(k + 1, last + 1).includes(')')) last = k - 1;
      break;
    }
    // "the Kelby Purchasing Managers August index": a month after a body's name is when.
    while (last > first && s.type !== 'PER' && FULL_MONTHS.has(tokens.normal[last])) last--;
    // "Kessler Friday": a weekday after a name is when, not part of who ("charged Kessler Friday").
    while (last > first && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens.normal[last])) last--;
    // "the Lindby Open in January": a month after a preposition says when.
    if (last - 1 > first && isMonthOrDay(tokens.normal[last]) && /^(in|on|since|until|by)$/.test(tokens.value[last - 1])) last -= 2;
    // What the date leaves at the end is no name's either ("the Kelby Times on [Monday]").
    while (last > first && !endsName(last)) last--;
    if ((!startsName(first) && !titleOfSomething(first)) || !/[A-Za-z\u00c0-\uffff]/.test(tokens.value[first])) return null;
    // "Open-source", "Anti-war": a capitalised first half of a compound word is no name.
    if (first === last && tokens.value[last + 1] === '-' && /^[a-z]/.test(tokens.value[last + 2] ?? '') && tokens.end[last] === tokens.start[last + 1]) return null;
    if (first === last && (COMMON_ACRONYMS.has(tokens.normal[first]) || NOT_A_NAME.has(tokens.normal[first]) || isMonthOrDay(tokens.normal[first]))) return null;
    // A model code inside a name is the product itself: "K90 GPUs" -> "K90". A line's name
    // before its code is the product's too ("Kelvora X2"), but not its maker's ("Kelbyx K90").
    for (let t = first; t <= last; t++) {
      if (!PRODUCT_CODE.test(tokens.value[t]) || !/\d/.test(tokens.value[t])) continue;
      const line = t === last && t - first === 1 && /^[A-Z][a-z]+$/.test(tokens.value[first]) && !isBrand(tokens.value[first]) &&
        !FIRM_HEADS.has(tokens.normal[first]) && !lookupPlace(tokens.value[first]) && !firmWords.has(tokens.value[first]);
      return { first: line ? first : t, last: t, type: 'MISC', product: line || undefined };
    }
    return { first, last, type: s.type };
  }

  function startsName(t: number): boolean {
    return (endsName(t) && (!PERSON_TITLES.has(tokens.normal[t]) || isFirstNameNotTitle(work, t))) || hasArticlePrefix(work, t + 2);
  }

  function endsName(t: number): boolean {
    const v = tokens.value[t];
    return /^[A-Z0-9\u00c0-\u00de]/.test(v) && !TRAILING.test(v);
  }
}

/**
 * "State" + "Farm Stadium": two names side by side, the second ending in a building's word, are
 * one facility's name the tagger cut in two.
 */
function joinFacilityHalves(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && s.first === prev.last + 1 && tokens.sentence[s.first] === tokens.sentence[prev.last] && (FAC_WORDS.has(tokens.normal[s.last]) || STRUCTURE_HEADS.has(tokens.normal[s.last])) &&
        sentenceCase(work, tokens.sentence[s.first]) === 'normal') {
      out[out.length - 1] = { ...prev, last: s.last, type: 'LOC' };
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * "Karlsruhe of Germany", "Ann Berg of Britain": a name, "of" and a country are two names,
 * the second saying where the first is from, unless the first is an institution's word
 * ("Bank of England", "University of Texas") or a place's ("Isle of Man").
 */
function splitFromCountry(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens, text } = work;
  const out: Span[] = [];
  for (const s of spans) {
    let of = -1;
    for (let k = s.first + 1; k < s.last; k++) if (tokens.normal[k] === 'of') of = k;
    const before = tokens.normal[of - 1];
    // A legal form ends a company's name: "Kia Motor Corp of South Korea" is the company and
    // its country, "Brisco Inc of St. Petersburg" the company and its city.
    const legalForm = of > 0 && LEGAL_FORMS.has(before.replace(/\.$/, ''));
    const place = of + (legalForm && tokens.value[of + 1] === 'the' ? 2 : 1);
    if (of < 0 || place > s.last || (ORG_WORDS.has(before) && !legalForm) || PLACE_HEADS.has(before) || PERSON_TITLES.has(before) || !startsUpper(tokens.value[place])) {
      out.push(s);
      continue;
    }
    const found = lookupPlace(text.slice(tokens.start[place], tokens.end[s.last]));
    if (!found || (found.country !== null && !legalForm)) {
      out.push(s);
      continue;
    }
    out.push({ ...s, last: of - 1 }, { first: place, last: s.last, type: 'LOC' });
  }
  return out;
}

/**
 * "the Lindby Trade Expo in Ostrava": an event's name, "in" and a known place are two names,
 * the second saying where the first is held. Only after an event's word: organisations'
 * names hold "in" and a place ("Human Rights in China").
 */
function splitAtPlace(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens, text } = work;
  const out: Span[] = [];
  for (const s of spans) {
    let at = -1;
    for (let k = s.first + 1; k < s.last; k++) if (tokens.value[k] === 'in' && EVENT_WORDS.has(tokens.normal[k - 1]) && startsUpper(tokens.value[k + 1])) at = k;
    if (at < 0 || !lookupPlace(text.slice(tokens.start[at + 1], tokens.end[s.last]))) {
      out.push(s);
      continue;
    }
    out.push({ ...s, last: at - 1 }, { first: at + 1, last: s.last, type: 'LOC' });
  }
  return out;
}

/** Head words of places named "X of Y": "Gulf of Aden", "Bay of Biscay", "Isle of Man". */
const PLACE_HEADS = new Set(['gulf', 'bay', 'strait', 'straits', 'sea', 'isle', 'isles', 'cape', 'lake', 'horn', 'mount', 'coast', 'island', 'islands', 'republic', 'kingdom']);

/** Particles inside Portuguese, Spanish, Italian and French names ("Rio Grande do Sul", "Gazzetta dello Sport"). */
const ROMANCE_PARTICLES = new Set(['do', 'da', 'dos', 'das', 'de', 'del', 'della', 'dello', 'delle', 'di', 'du', 'des', 'la', 'las', 'los', 'le']);

/**
 * "Rio Grande" + "do" + "Sul", "Santa Cruz de" + "la Sierra", "Gazzetta" + "dello Sport": a place
 * or a body, one or two particles and a capitalised name are one name the tagger cut. (Two places
 * side by side with nothing between were tried too: ECB+ entities lost 0.002.)
 */
function joinNamesOverParticles(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const gap = prev ? s.first - prev.last - 1 : -1;
    if (prev && gap >= 0 && gap <= 2 && (prev.type === 'LOC' || prev.type === 'ORG') && tokens.sentence[prev.last] === tokens.sentence[s.first] && startsUpper(tokens.value[s.first])) {
      // A particle the tagger ended the place with belongs between the two ("Cruz de" + "Sierra").
      let particles = gap;
      for (let k = prev.last; k > prev.first && ROMANCE_PARTICLES.has(tokens.value[k]); k--) particles++;
      let onlyParticles = true;
      for (let k = prev.last + 1; k < s.first; k++) if (!ROMANCE_PARTICLES.has(tokens.value[k])) onlyParticles = false;
      const spaced = tokens.end[prev.last] + 1 === tokens.start[prev.last + 1];
      if (onlyParticles && spaced && particles >= 1 && particles <= 2) {
        prev.last = s.last;
        continue;
      }
    }
    out.push({ ...s });
  }
  // "Gazzetta" + "dello Sport", where the tagger saw no name after the particle.
  const covered = coverage(tokens.count, out);
  for (const s of out) {
    if (s.type !== 'LOC' && s.type !== 'ORG') continue;
    let k = s.last + 1;
    while (k < tokens.count && k - s.last <= 2 && ROMANCE_PARTICLES.has(tokens.value[k]) && !covered[k]) k++;
    if (k === s.last + 1 || k - s.last > 2 || covered[k] || tokens.sentence[k] !== tokens.sentence[s.last] || !/^[A-Z][a-z]+$/.test(tokens.value[k])) continue;
    if (tokens.end[s.last] + 1 !== tokens.start[s.last + 1] || isMonthOrDay(tokens.normal[k]) || NOT_A_NAME.has(tokens.normal[k])) continue;
    covered.fill(1, s.last + 1, k + 1);
    s.last = k;
  }
  return out;
}

/**
 * "the Gulf of Aden": a place's head word, "of" and a name are one place, however the tagger
 * cut them ("Gulf" alone, "Aden" alone).
 */
function joinPlacesOverOf(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const of = s.last + 1;
    if (!PLACE_HEADS.has(tokens.normal[s.last]) || !startsUpper(tokens.value[s.last]) || tokens.normal[of] !== 'of') {
      // Found whole, it is a place all the same ("Isle of Lindby" tagged an organisation).
      const whole = PLACE_HEADS.has(tokens.normal[s.first]) && tokens.normal[s.first + 1] === 'of' && s.last > s.first + 1;
      out.push(whole ? { ...s, type: 'LOC' } : s);
      continue;
    }
    let k = of + 1;
    if (tokens.normal[k] === 'the') k++;
    let last = -1;
    while (k < tokens.count && last - of < 3 && startsUpper(tokens.value[k]) && tokens.sentence[k] === tokens.sentence[s.last] && !isMonthOrDay(tokens.normal[k])) last = k++;
    if (last < 0) {
      out.push(s);
      continue;
    }
    // The spans the tagger made of the words after "of" are part of this one.
    while (i + 1 < spans.length && spans[i + 1].first <= last) {
      last = Math.max(last, spans[i + 1].last);
      i++;
    }
    out.push({ ...s, last, type: 'LOC' });
  }
  return out;
}

/**
 * "Douglas & Lomason", "McDonald & Co", "A.G. Edwards & Sons": names joined by an ampersand are
 * one organisation, however the tagger cut them.
 */
function joinAmpersands(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const out: Span[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    const amp = s.last + 1;
    if (tokens.value[amp] !== '&' || !startsUpper(tokens.value[amp + 1] ?? '') || tokens.sentence[amp + 1] !== tokens.sentence[s.first]) {
      out.push(s);
      continue;
    }
    let last = amp + 1;
    while (startsUpper(tokens.value[last + 1] ?? '') && tokens.sentence[last + 1] === tokens.sentence[s.first]) last++;
    if (tokens.value[last + 1] === '.' && /^(co|inc|corp|ltd)$/.test(tokens.normal[last])) last++;
    while (i + 1 < sorted.length && sorted[i + 1].first <= last) {
      last = Math.max(last, sorted[i + 1].last);
      i++;
    }
    out.push({ first: s.first, last, type: 'ORG', cued: true });
  }
  return out;
}

/** The Arabic article before a name, joined by a hyphen: "al-Kelby", "el-Ostra". */
const ARTICLE_PREFIXES = new Set(['al', 'el', 'ad', 'an', 'as', 'ash', 'at', 'az', 'ar', 'ul']);

/**
 * "Lindby-Ostra", "al-Kelby": wink splits a hyphenated name at its hyphens, and the tagger may
 * name each half apart. Two names of one type joined by a hyphen with no space are one name
 * (unless they are known places: "France-Germany"), a person's name and the surname after a
 * middle initial are one, and a name keeps the Arabic article glued before it.
 */
function joinHyphenated(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.first - b.first)) {
    const prev = out[out.length - 1];
    // "France-Germany relations" names two countries, not one place.
    // Halves typed a place and a person are one place's name the tagger half misread ("Ostra-Lindby").
    const placeAndPerson = prev && prev.type !== s.type && (prev.type === 'LOC' || s.type === 'LOC') && (prev.type === 'PER' || s.type === 'PER');
    if (prev && (prev.type === s.type || placeAndPerson) && s.first === prev.last + 2 && gluedHyphen(tokens, prev.last + 1) && !isPlaceSpan(work, prev) && !isPlaceSpan(work, s)) {
      out[out.length - 1] = { ...prev, last: s.last, type: placeAndPerson ? 'LOC' : prev.type };
      continue;
    }
    // "Ann" + "M." + "Berg": a middle initial the tagger left out of a person's name. The one
    // word after it is the surname, whatever the tagger took it for (a town's name: "Lund").
    if (prev && prev.type === 'PER' && (s.type === 'PER' || s.first === s.last) && s.first === prev.last + 2 && /^[A-Z]\.$/.test(tokens.value[prev.last + 1]) &&
        tokens.sentence[s.first] === tokens.sentence[prev.last]) {
      out[out.length - 1] = { ...prev, last: s.last };
      continue;
    }
    // "Metro" + "-" + "Goldwyn-Mayer": a capitalised word glued by a hyphen before a name of
    // several tokens is the name's first part, where the tagger left it out (not an article,
    // nor a known place; "Anti-Brandt" stays apart).
    if (s.first >= 2 && gluedHyphen(tokens, s.first - 1) && /^[A-Z][a-z]+$/.test(tokens.value[s.first - 2]) && (!prev || prev.last < s.first - 2) &&
        !ARTICLE_PREFIXES.has(tokens.normal[s.first - 2]) && !lookupPlace(tokens.value[s.first - 2]) && s.last > s.first) {
      out.push({ ...s, first: s.first - 2 });
      continue;
    }
    if (hasArticlePrefix(work, s.first)) {
      // "Abdel Fattah" + "el-Sisi": a person's name goes on to the surname with its article.
      if (prev && prev.type === 'PER' && s.type === 'PER' && prev.last === s.first - 3 && tokens.end[prev.last] + 1 === tokens.start[s.first - 2]) {
        out[out.length - 1] = { ...prev, last: s.last };
        continue;
      }
      out.push({ ...s, first: s.first - 2 });
    } else out.push(s);
  }
  return out;
}

function isPlaceSpan(work: DocumentWork, s: Span): boolean {
  return lookupPlace(work.text.slice(work.tokens.start[s.first], work.tokens.end[s.last])) !== null;
}

/** Token k is a hyphen with no space on either side. */
function gluedHyphen(tokens: DocumentWork['tokens'], k: number): boolean {
  return tokens.value[k] === '-' && tokens.end[k - 1] === tokens.start[k] && tokens.end[k] === tokens.start[k + 1];
}

/** The name at token t has the Arabic article glued before it ("al", "-", t). */
function hasArticlePrefix(work: DocumentWork, t: number): boolean {
  return t >= 2 && t < work.tokens.count && gluedHyphen(work.tokens, t - 1) && ARTICLE_PREFIXES.has(work.tokens.normal[t - 2]) && startsUpper(work.tokens.value[t]);
}


/** "Boatmen's Bancshares Inc.": a possessive inside a company's name, before its legal form, is part of it. */
function joinPossessiveNames(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const head = tokens.normal[s.last].replace(/\.$/, '');
    // "Kessler's Bancorp Inc." is one company; "Lindby's City Hospital" is a place's hospital.
    if (prev && s.first === prev.last + 2 && isPossessive(tokens.normal[prev.last + 1]) && (LEGAL_FORMS.has(head) || ORG_WORDS.has(head)) &&
        !lookupPlace(work.text.slice(tokens.start[prev.first], tokens.end[prev.last]))) {
      prev.last = s.last;
      prev.type = 'ORG';
      continue;
    }
    // "Kelby Magistrates' Court", "the Lindby Farmers' Union": a plural's possessive and a
    // body's word after it are one body's name.
    const mark = s.last + 1;
    if ((tokens.value[mark] === "'" || tokens.value[mark] === '’') && /s$/.test(tokens.value[s.last]) && tokens.start[mark] === tokens.end[s.last] &&
        mark + 1 < tokens.count && ORG_WORDS.has(tokens.normal[mark + 1]) && startsUpper(tokens.value[mark + 1])) {
      const next = spans.find((x) => x.first === mark + 1);
      out.push({ ...s, last: next ? next.last : mark + 1, type: 'ORG' });
      continue;
    }
    out.push({ ...s });
  }
  return out.filter((s, i) => i === 0 || s.first > out[i - 1].last);
}

/**
 * Where the article writes a company's name with a possessive in it ("Boatmen's Bancshares"),
 * its short name keeps the possessive ("Boatmen's said"): the "'s" is the name's.
 */
function keepNamePossessives(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const owners = new Set<string>();
  for (const s of spans) {
    for (let t = s.first + 1; t < s.last; t++) if (isPossessive(tokens.normal[t])) owners.add(tokens.value.slice(s.first, t).join(' '));
  }
  if (!owners.size) return spans;
  return spans.map((s) => {
    const next = s.last + 1;
    if (!isPossessive(tokens.normal[next]) || startsUpper(tokens.value[next + 1] ?? '')) return s;
    return owners.has(tokens.value.slice(s.first, s.last + 1).join(' ')) ? { ...s, last: next, type: 'ORG' } : s;
  });
}

/** Capitalised words that begin place and organisation names: "New York", "North Sea", "San Diego". */
const NAME_PREFIXES = new Set(['new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'great', 'greater', 'san', 'santa', 'saint', 'st', 'los', 'las', 'fort', 'port', 'mount', 'mt', 'lake', 'cape', 'first', 'royal', 'united', 'national', 'air', 'democratic', 'federal', 'islamic']);
/** Prefixes that make any name a place's: "Mt Kelby" is a mountain even where the tagger saw a person's surname. */
const LANDFORM_PREFIXES = new Set(['mount', 'mt', 'lake', 'cape']);
/** Prefixes that make a place's name a company's: "First Chicago" is a bank, "Air Lindby" an airline. */
const COMPANY_PREFIXES = new Set(['first', 'air']);

/**
 * "the New York Stock Exchange" where the tagger began at "York": a capitalised name prefix
 * right before a name, mid-sentence, belongs to it.
 */
function extendOverPrefixes(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const ends = new Set(spans.map((s) => s.last));
  return spans.map((s) => {
    const t = s.first - 1;
    if (t < 1 || ends.has(t) || tokens.sentence[t] !== tokens.sentence[s.first] || work.sentences[tokens.sentence[t]].firstToken === t) return s;
    if (!NAME_PREFIXES.has(tokens.normal[t].replace(/\.$/, '')) || !startsUpper(tokens.value[t]) || tokens.end[t] + 1 !== tokens.start[s.first]) return s;
    if (LANDFORM_PREFIXES.has(tokens.normal[t].replace(/\.$/, ''))) return { ...s, first: t, type: 'LOC' };
    // "First Lady Ann Berg": before a person the word is a title, not part of the name.
    if (s.type === 'PER') return s;
    // No place is called "First X": "First Chicago" is a bank, "Air Lindby" an airline.
    return { ...s, first: t, type: COMPANY_PREFIXES.has(tokens.normal[t]) && s.type === 'LOC' ? 'ORG' : s.type };
  });
}

/** "Ltd", "Co.", "Inc.": a legal form, its dot or none. */
function isLegalForm(normal: string): boolean {
  return LEGAL_FORMS.has(normal.replace(/\.$/, ''));
}

function extendOverCapitals(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const taken = new Set(spans.map((s) => s.first));
  return spans.map((s) => {
    let last = s.last;
    let type = s.type;
    const sentLast = work.sentences[tokens.sentence[s.first]].lastToken;
    while (last < sentLast) {
      const t = last + 1;
      const v = tokens.value[t];
      // "Lindby Co., Ltd": a second legal form after a comma closes the name too.
      if (v === ',' && t + 1 <= sentLast && isLegalForm(tokens.normal[last]) && isLegalForm(tokens.normal[t + 1]) && !taken.has(t + 1)) {
        last = t + 1;
        type = 'ORG';
        break;
      }
      if (taken.has(t) || tokens.start[t] !== tokens.end[last] + 1) break;
      // "NationsBank Corp.": a legal form closes a company's name, its dot included.
      if (/^[A-Z][a-z]+\.$/.test(v) && LEGAL_FORMS.has(tokens.normal[t].slice(0, -1))) {
        last = t;
        type = 'ORG';
        break;
      }
      if (!/^[A-Z][a-z]+$/.test(v)) break;
      // A title stops the name only where it introduces the next one ("Acme Coach Ann Berg");
      // "Red Star 3" ends with its word.
      // So does a ministry's word before a title ("French" + "Foreign Minister Eva Moss").
      const titleOfNext = (PERSON_TITLES.has(tokens.normal[t]) || (TITLE_MODIFIERS.has(tokens.normal[t]) && PERSON_TITLES.has(tokens.normal[t + 1] ?? ''))) &&
        startsUpper(tokens.value[t + 1] ?? '');
      if (isMonthOrDay(tokens.normal[t]) || titleOfNext || work.boilerplateToken[t]) break;
      last = t;
    }
    return last === s.last ? s : { ...s, last, type };
  });
}

/**
 * A one-word name at the start of a sentence whose lower-case form the same article also uses
 * is a common word capitalised by position ("Floods in the north ..." beside "the floods"),
 * and so is a plural of a word for people ("Pirates seized ...").
 */
function dropCommonWordsAtSentenceStart(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  let nameWords: Set<string> | null = null;
  return spans.filter((s) => {
    if (s.first !== s.last || work.sentences[tokens.sentence[s.first]].firstToken !== s.first) return true;
    const lowerWords = lowerCaseWords(work);
    const w = tokens.normal[s.first];
    // "Pirates seized ...": a plural of a word for people is who, not a name.
    const people = w.endsWith('s') && (GROUP_NOUNS.has(w.slice(0, -1)) || PERSON_NOUNS.has(w.slice(0, -1)));
    if (lowerWords.has(w) || people) return false;
    // "Floods killed 40": a common noun's plural read as a person, unless a full name of the
    // article ends in it ("Woods said" after "Ann Woods").
    if (s.type !== 'PER' || !w.endsWith('s')) return true;
    nameWords ??= new Set(spans.filter((p) => p.last > p.first).flatMap((p) => tokens.value.slice(p.first, p.last + 1)));
    return nameWords.has(tokens.value[s.first]) || !isCommonPlural(w);
  });
}

/**
 * Titles are not part of names: "Acme CEO Jane Doe" is the organisation Acme and the person
 * Jane Doe; the name right after a title is a person's, the one right before it an employer's.
 */
/** Words that make a title of a title ("Foreign Minister", "Finance Secretary"). */
const TITLE_MODIFIERS = new Set([
  'foreign', 'finance', 'defence', 'defense', 'interior', 'justice', 'trade', 'economy', 'economic', 'health',
  'education', 'home', 'energy', 'agriculture', 'environment', 'labour', 'labor', 'transport', 'industry',
  'culture', 'information', 'security', 'commerce', 'treasury', 'state', 'executive', 'managing', 'attorney', 'first',
  // Judges' courts: "Lindbian District Judge Ann Berg", "Circuit Judge".
  'district', 'circuit', 'magistrate',
]);

/** Title words that also end the names of clubs, ships and bands ("Red Star", "Ocean Queen"). */
const TITLES_ENDING_NAMES = new Set(['star', 'king', 'queen', 'prince', 'princess', 'general', 'head', 'leader', 'dean', 'bishop', 'cardinal', 'captain']);

/** Words for what a person is, written before the name but not titles: "Fullback Ann Berg", "Democrat Karl Brandt". */
const DESCRIPTIONS_BEFORE_NAMES = new Set([...TEAM_WORDS, 'fullback', 'halfback', 'winger', 'centre', 'center', 'flanker', 'prop', 'hooker',
  'democrat', 'republican', 'socialist', 'conservative', 'liberal', 'veteran', 'rookie', 'teenager', 'compatriot', 'countryman']);

/**
 * "American Dennis Mitchell", "Fullback Ann Berg": a nationality or a description the tagger
 * took into the name of the person after it, whose first name follows. The nationality is a
 * name of its own; the description is none.
 */
function splitDescriptionsFromNames(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of spans) {
    // A first name and a surname after the word ("an Italian Roman Catholic body" has no person).
    const described = s.last - s.first >= 2 && (s.type === 'PER' || s.type === 'MISC') && firstNameSex(tokens.value[s.first + 1]) !== null &&
      startsUpper(tokens.value[s.first]) && tokens.end[s.first] + 1 === tokens.start[s.first + 1] &&
      // "Italian Roman Catholic": a faith's or people's words after it make no person.
      !tokens.value.slice(s.first + 1, s.last + 1).some((v) => isNationalityNoun(v) || PEOPLES.has(v.toLowerCase()));
    const nationality = described && isNationalityNoun(tokens.value[s.first]);
    if (!described || (!nationality && !DESCRIPTIONS_BEFORE_NAMES.has(tokens.normal[s.first]))) {
      out.push(s);
      continue;
    }
    if (nationality) out.push({ first: s.first, last: s.first, type: 'MISC' });
    out.push({ first: s.first + 1, last: s.last, type: 'PER' });
  }
  return out;
}

function splitAtTitles(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of spans) {
    let from = s.first;
    for (let t = s.first; t <= s.last; t++) {
      if (!PERSON_TITLES.has(tokens.normal[t]) || !startsUpper(tokens.value[t]) && !/^[a-z]+$/.test(tokens.value[t])) continue;
      if (isFirstNameNotTitle(work, t)) continue;
      // "Ostra General Hospital", "Kelby Chief Holdings": a title before a body's word introduces nobody.
      if (t < s.last && (ORG_WORDS.has(tokens.normal[t + 1]) || FIRM_HEADS.has(tokens.normal[t + 1])) && startsUpper(tokens.value[t + 1])) continue;
      // "Queen of South", "Queen's Park": a title of something, inside a body's name, introduces nobody.
      if (s.type === 'ORG' && t < s.last && (tokens.normal[t + 1] === 'of' || isPossessive(tokens.normal[t + 1]))) continue;
      // A title-like word that also ends names introduces nobody there: "Red Star", "Lindby Queen".
      if (t === s.last && t > s.first && TITLES_ENDING_NAMES.has(tokens.normal[t])) break;
      // "Foreign Minister Ana Ruiz": a ministry's word before the title is the title's, not an
      // employer; "Lindbian Foreign Minister": what stands before that word is the employer.
      let titleStart = t;
      while (titleStart > from && TITLE_MODIFIERS.has(tokens.normal[titleStart - 1])) titleStart--;
      if (from < titleStart) out.push({ first: from, last: titleStart - 1, type: s.type === 'PER' ? 'ORG' : s.type });
      from = t + 1;
      if (from <= s.last) {
        out.push({ first: from, last: s.last, type: 'PER' });
        from = s.last + 1;
      }
      break;
    }
    if (from === s.first) {
      // "Acme CEO": a name followed by a title is the title-holder's organisation.
      const next = tokens.normal[s.last + 1] ?? '';
      if (s.first === s.last && TITLE_MODIFIERS.has(tokens.normal[s.first]) && PERSON_TITLES.has(next)) continue;
      out.push(PERSON_TITLES.has(next) && s.type === 'PER' && next !== 'former' && next !== 'late' ? { ...s, type: 'ORG' } : s);
    } else if (from <= s.last) {
      out.push({ first: from, last: s.last, type: s.type });
    }
  }
  return out;
}

/** "China Council" + "for the" + "Promotion of Trade": an organisation name the tagger cut at its connectors. */
function joinOrganisations(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    // "North Atlantic" + "Treaty Organisation": a place's or a people's name right before an
    // institution's name, with nothing between, is the start of it; so is a name before a
    // team's plural ("Golden State" + "Warriors"), unless a nationality ("German" + "Greens").
    if (prev && s.first === prev.last + 1 && (prev.type === 'LOC' || prev.type === 'MISC') && s.type === 'ORG' &&
        tokens.start[s.first] === tokens.end[prev.last] + 1 && startsUpper(tokens.value[s.first]) &&
        (ORG_WORDS.has(tokens.normal[s.last]) || (s.first === s.last && /^[A-Z][a-z]+s$/.test(tokens.value[s.last]) && !isNationalityNoun(tokens.value[prev.last])))) {
      prev.last = s.last;
      prev.type = 'ORG';
      continue;
    }
    // "Ostra Steel Co." + "," + "Ltd": a second legal form after a comma closes the name too.
    if (prev && s.first === s.last && s.first === prev.last + 2 && tokens.value[prev.last + 1] === ',' &&
        LEGAL_FORMS.has(tokens.normal[prev.last].replace(/\.$/, '')) && LEGAL_FORMS.has(tokens.normal[s.first].replace(/\.$/, ''))) {
      prev.last = s.last;
      prev.type = 'ORG';
      continue;
    }
    // "Roosevelt Financial Group" + "Inc": a legal form the tagger left on its own ends the name before it.
    if (prev && s.first === s.last && s.first === prev.last + 1 && LEGAL_FORMS.has(tokens.normal[s.first].replace(/\.$/, '')) &&
        tokens.start[s.first] === tokens.end[prev.last] + 1) {
      prev.last = s.last;
      prev.type = 'ORG';
      continue;
    }
    if (prev && prev.last < s.first && s.first - prev.last <= 5 && tokens.sentence[prev.last] === tokens.sentence[s.first] &&
        ORG_WORDS.has(tokens.normal[prev.last])) {
      const between = tokens.value.slice(prev.last + 1, s.first);
      // "and" joins two names ("Acme Inc and Globex Corp"), not the halves of one.
      if (between.length > 0 && between.some((w) => /^(of|for|the)$/.test(w)) && between.every((w) => /^(of|for|the)$/.test(w) || /^[A-Z][a-z]/.test(w))) {
        prev.last = s.last;
        prev.type = 'ORG';
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}

/**
 * One document, one reading of a name. Every mention of a surface string takes the type most of
 * its tagged mentions in running text got; names in headings count only when the text names
 * them too (capitals say little in a headline); and occurrences the tagger missed are added,
 * as is a surname or family name on its own where the full name is a person's.
 */
/** Clubs' last words a report names the club by: "City" for "Ostra City". */
const CLUB_LAST_WORDS = new Set(['united', 'city', 'rovers', 'wanderers', 'athletic', 'albion', 'town', 'county', 'rangers', 'hotspur']);

/**
 * The names a sports report gives its clubs that the tagger reads as people or places:
 * - a club named for its town ("Rotor Volgograd", "Dynamo Moscow"): a word no gazetteer or list
 *   of first names knows, then a city;
 * - such a club by its first word alone ("Rotor"), and a club by its last word alone ("United"
 *   after "Kelby United", "City" after "Ostra City").
 */
function clubsOfSportsReport(majority: Map<string, Span['type']>): Set<string> {
  const clubs = new Set<string>();
  const personOrPlace = (name: string) => {
    const type = majority.get(name);
    return type === 'PER' || type === 'LOC';
  };
  for (const [key, type] of majority) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const lastWord = key.slice(key.lastIndexOf(' ') + 1);
    if (CLUB_LAST_WORDS.has(lastWord.toLowerCase()) && personOrPlace(lastWord)) clubs.add(lastWord);
    // "Florida Marlins" then "the Marlins", "MARLINS BEAT REDS": a team's plural alone.
    if (type === 'ORG' && /^[A-Z][a-z]+s$/.test(lastWord) && !majority.has(lastWord) && !lookupPlace(lastWord)) clubs.add(lastWord);
    const firstWord = key.slice(0, space);
    const city = lookupPlace(lastWord);
    const isCity = isTown(lastWord) || (city !== null && city.type === 'GPE' && city.country !== null);
    const townsClub = space === key.lastIndexOf(' ') && isCity && /^[A-Z][a-z]+$/.test(firstWord) &&
      !lookupPlace(firstWord) && !isTown(firstWord) && !firstNameSex(firstWord) && !lookupPlace(key) && !isTown(key) && !isRegion(key);
    if (!townsClub) continue;
    if (type !== 'ORG') clubs.add(key);
    if (personOrPlace(firstWord)) clubs.add(firstWord);
  }
  return clubs;
}

/** A cue in the text ("shares of X") counts as this many of the tagger's guesses. */
const CUE_VOTES = 3;

function agreeWithinDocument(work: DocumentWork, body: Span[], headings: Span[], topic: DocumentTopic): Span[] {
  const { tokens, text } = work;
  // Each span's text, sliced once: the votes, the headings and the retyping all ask for it.
  const surfaces = new Map<Span, string>();
  const surfaceOf = (s: Span) => {
    let surface = surfaces.get(s);
    if (surface === undefined) surfaces.set(s, (surface = text.slice(tokens.start[s.first], tokens.end[s.last])));
    return surface;
  };
  const votes = new Map<string, Map<Span['type'], number>>();
  for (const s of body) {
    const key = surfaceOf(s);
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(s.type, (v.get(s.type) ?? 0) + (s.cued ? CUE_VOTES : 1));
  }
  const majority = new Map<string, Span['type']>();
  for (const [key, v] of votes) {
    // The type with most votes; the first to reach it on a tie, as a stable sort would give.
    let best: Span['type'] | undefined;
    let most = -Infinity;
    for (const [type, n] of v) if (n > most) [best, most] = [type, n];
    majority.set(key, best!);
  }
  // A firm's short name: "Ostrafy said" where "Ostrafy Labs" is a firm and no person's name
  // ends in "Ostrafy" ("Brandt Motors" beside "Karl Brandt" leaves "Brandt" the man's).
  const firmsByFirstWord = new Set<string>();
  for (const [key, type] of majority) {
    if (type !== 'ORG' || !key.includes(' ')) continue;
    const parts = key.split(' ');
    if (parts.length === 2 && FIRM_HEADS.has(parts[1].toLowerCase().replace(/\.$/, ''))) firmsByFirstWord.add(parts[0]);
  }
  for (const word of firmsByFirstWord) if (majority.get(word) === 'PER' && !firstNameSex(word)) majority.set(word, 'ORG');
  // Parts of people's full names: "Lovelace" where "Ada Lovelace" is a person.
  for (const [key, type] of [...majority]) {
    if (type !== 'PER' || !key.includes(' ')) continue;
    const parts = key.split(' ');
    for (const part of [parts[0], parts[parts.length - 1]]) if (part.length > 2) majority.set(part, 'PER');
  }
  // Clubs in a sports report, by names the tagger takes for people or places.
  const clubNames = topic === 'sport' ? clubsOfSportsReport(majority) : new Set<string>();
  for (const name of clubNames) majority.set(name, 'ORG');
  // A company cue ("shares of X", "cables giant X") outweighs any number of the tagger's guesses
  // of a person for a one-word name, and names that begin with it are the company's too
  // ("X Cables"): a company is far more often taken for a person than the other way round.
  const companies = new Set<string>();
  for (const s of body) if (s.cued && s.type === 'ORG' && s.first === s.last) companies.add(surfaceOf(s));
  if (companies.size) {
    for (const [key, type] of majority) {
      if (companies.has(key) || (type === 'PER' && companies.has(key.split(' ')[0]))) majority.set(key, 'ORG');
    }
  }

  // A headline in capitals names what the text names in mixed case ("KELBY BEAT OSTRA").
  let upperKeys: Map<string, string> | null = null;
  const confirmed = (s: Span) => {
    const surface = surfaceOf(s);
    if (majority.has(surface) || lookupPlace(surface) !== null) return true;
    if (s.type === 'PER' && isByline(work, s)) return true;
    if (sentenceCase(work, tokens.sentence[s.first]) !== 'caps') return false;
    upperKeys ??= new Map([...majority.keys()].map((k) => [k.toUpperCase(), k]));
    return upperKeys.has(surface);
  };
  // A heading's span the body's rules found too (a first name and a surname) is one mention, not two.
  // A number per span: a document has far fewer than 2^21 tokens (1 MB of text is about 250,000).
  const spanKey = (s: Span) => s.first * 0x200000 + s.last;
  const inBody = headings.length ? new Set(body.map(spanKey)) : null;
  // Nor is one inside a name a cue found there ("LINDBIA" in the paper "MEDIA LINDBIA").
  const cuedCovered = headings.length ? coverage(tokens.count, body.filter((s) => s.cued)) : null;
  const kept = [...body, ...headings.filter((s) => !inBody!.has(spanKey(s)) && !(cuedCovered![s.first] && cuedCovered![s.last]) && confirmed(s))];
  const covered = new Uint8Array(tokens.count);
  for (const s of kept) covered.fill(1, s.first, s.last + 1);
  // In a sports report a town is its club in one sentence and the town in the next ("Kelby
  // tied it up"; "in Kelby, Ann Berg homered"): there the tagger's own reading of each mention
  // in running text stands between the two. A headline's reading is the article's, but for
  // the venue after "at" or "in" ("OSTRA AT KELBY").
  const townOrClub = (a: Span['type'], b: Span['type']) => topic === 'sport' && ((a === 'LOC' && b === 'ORG') || (a === 'ORG' && b === 'LOC'));
  const venue = (s: Span) => s.type === 'LOC' && s.first > 0 && (tokens.normal[s.first - 1] === 'at' || tokens.normal[s.first - 1] === 'in');
  const out = kept.map((s, i) => {
    const type = majority.get(surfaceOf(s)) ?? majority.get(upperKeys?.get(surfaceOf(s)) ?? '') ?? s.type;
    const ownReading = !s.cued && townOrClub(type, s.type) && (i < body.length || venue(s)) && !clubNames.has(surfaceOf(s));
    return { ...s, type: ownReading ? s.type : type };
  });

  // Known names the tagger missed, longest first: "Ada Lovelace" in a headline, "Acme" after a bullet.
  const byFirstWord = new Map<string, string[][]>();
  for (const key of majority.keys()) {
    if (!/^[A-Z0-9]/.test(key) || key.length < 3) continue;
    const words = key.split(' ');
    const list = byFirstWord.get(words[0]) ?? [];
    list.push(words);
    byFirstWord.set(words[0], list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  // The same in capitals, for headlines in capitals ("KELBY BEAT OSTRA" after "Kelby" and "Ostra").
  let byFirstUpper: Map<string, string[][]> | null = null;
  for (let t = 0; t < tokens.count; t++) {
    // Names start with a capital or a digit (see above): most tokens are passed over here.
    const c = tokens.value[t].charCodeAt(0);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) || covered[t] || work.boilerplateToken[t]) continue;
    let candidates = byFirstWord.get(tokens.value[t]);
    const caps = !candidates && sentenceCase(work, tokens.sentence[t]) === 'caps';
    if (caps) {
      byFirstUpper ??= upperCased(byFirstWord);
      candidates = byFirstUpper.get(tokens.value[t]);
    }
    if (!candidates) continue;
    for (const words of candidates) {
      const last = t + words.length - 1;
      if (last >= tokens.count || covered[last]) continue;
      let ok = true;
      for (let i = 1; i < words.length && ok; i++) ok = tokens.value[t + i] === (caps ? words[i].toUpperCase() : words[i]);
      if (!ok) continue;
      out.push({ first: t, last, type: majority.get(words.join(' '))! });
      covered.fill(1, t, last + 1);
      t = last;
      break;
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Names by their first word in capitals, mixed-case names only (a name in capitals is found as it is). */
function upperCased(byFirstWord: Map<string, string[][]>): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const [first, list] of byFirstWord) {
    const mixed = list.filter((words) => words.some((w) => w !== w.toUpperCase()));
    if (mixed.length) out.set(first.toUpperCase(), mixed);
  }
  return out;
}

/** Parties named by their members: "the Social Democrats", "the Greens". */
const PARTY_PLURALS = new Set(['democrats', 'republicans', 'conservatives', 'socialists', 'liberals', 'greens', 'communists', 'nationalists', 'tories', 'social-democrats']);

/**
 * "Karl Brandt's Social Democrats", "the Free Democrats": a capitalised word and a party's
 * members are the party, where the tagger saw no name or an unsure one.
 */
function addPartyNames(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  for (let t = 0; t < tokens.count; t++) {
    if (!PARTY_PLURALS.has(tokens.normal[t]) || !startsUpper(tokens.value[t]) || work.boilerplateToken[t]) continue;
    if (sentenceCase(work, tokens.sentence[t]) !== 'normal') continue;
    // A qualifier makes the party; "Republicans" alone are as often its people.
    const first = t - 1;
    if (t === 0 || !/^[A-Z][a-z]+$/.test(tokens.value[first]) || tokens.sentence[first] !== tokens.sentence[t] || isMonthOrDay(tokens.normal[first])) continue;
    if (work.sentences[tokens.sentence[t]].firstToken === first && NOT_A_NAME.has(tokens.normal[first])) continue;
    const overlapping = spans.filter((s) => s.first <= t && first <= s.last);
    if (overlapping.some((s) => s.type !== 'MISC' || s.first < first || s.last > t)) continue;
    for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
    spans.push({ first, last: t, type: 'ORG' });
  }
}

/** A name alone on its line, right before the dateline: the reporter's byline. */
function isByline(work: DocumentWork, s: Span): boolean {
  const { tokens, text } = work;
  const sent = work.sentences[tokens.sentence[s.first]];
  if (sent.firstToken !== s.first || sent.lastToken !== s.last) return false;
  const rest = text.slice(tokens.end[s.last], tokens.end[s.last] + 200);
  const next = /^[ \t]*\r?\n\s*([^\n]*)/.exec(rest);
  return next !== null && DATELINE_START.test(next[1]);
}

/** Capitalised words right after a title are a person's name: "Vice Premier Ana Ruiz", "CEO Jane Doe". */
/** Titles that are common first names too: "Dean Varga" is a name, "Dean Ann Berg" a dean. */
const TITLES_ALSO_FIRST_NAMES = new Set(['dean']);

/** Token t is such a title read as a first name: one capitalised word follows it, and no third. */
function isFirstNameNotTitle(work: DocumentWork, t: number): boolean {
  const { tokens } = work;
  return TITLES_ALSO_FIRST_NAMES.has(tokens.normal[t]) && /^[A-Z][a-z]/.test(tokens.value[t + 1] ?? '') &&
    !/^[A-Z]/.test(tokens.value[t + 2] ?? '') && tokens.normal[t - 1] !== 'the';
}

function addNamesAfterTitles(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  for (let t = 1; t < tokens.count; t++) {
    if (!PERSON_TITLES.has(tokens.normal[t - 1]) || !startsUpper(tokens.value[t - 1]) && !/^[A-Z]{2,}$/.test(tokens.value[t - 1])) continue;
    if (isFirstNameNotTitle(work, t - 1)) continue;
    if (!/^[A-Z][a-z]/.test(tokens.value[t]) || PERSON_TITLES.has(tokens.normal[t]) || work.boilerplateToken[t]) continue;
    // "Premier League", "President Cup": a title's word before a body's or an event's word names no one.
    if (ORG_WORDS.has(tokens.normal[t]) || EVENT_WORDS.has(tokens.normal[t])) continue;
    let last = t;
    // "coach Ann Berg Saturday": the name stops before a day or month. A middle initial is
    // part of it ("Judge Ann B. Berg").
    // In a headline every word is capitalised: there the name stops at a verb ("President Ann
    // Berg Announces Plan").
    const headline = sentenceCase(work, tokens.sentence[t]) !== 'normal';
    const continues = (k: number) => tokens.sentence[k] === tokens.sentence[t] && !isMonthOrDay(tokens.normal[k]) && !(headline && tokens.pos[k] === 'VERB') &&
      (/^[A-Z][a-z]/.test(tokens.value[k]) || (/^[A-Z]\.$/.test(tokens.value[k]) && /^[A-Z][a-z]/.test(tokens.value[k + 1] ?? '')));
    // Up to three words, initials not counted.
    for (let words = 1; last + 1 < tokens.count && continues(last + 1);) {
      if (!/^[A-Z]\.$/.test(tokens.value[last + 1]) && ++words > 3) break;
      last++;
    }
    // A person's name found longer already stays ("President Abdel Fattah el-Sisi").
    // (Only where the name goes on in lower case, a particle or an article: the tagger's longer runs are often a date.)
    if (/^[a-z]/.test(tokens.value[last + 1] ?? '') && spans.some((s) => s.first === t && s.type === 'PER' && s.last > last)) continue;
    // Replace whatever the tagger made of these words.
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i].first <= last && t <= spans[i].last && spans[i].first >= t) spans.splice(i, 1);
    if (covered[t] && spans.some((s) => s.first < t && s.last >= t)) continue;
    spans.push({ first: t, last, type: 'PER' });
  }
}

/**
 * "On Monday, Sarah Lund met ...": a first name and a capitalised word after it that the
 * tagger left untagged are a person's name (in running text, not in Title Case headlines).
 */
/** Whether the words [first, last] stand elsewhere in the text too. */
function namedAgain(work: DocumentWork, first: number, last: number): boolean {
  const surface = work.text.slice(work.tokens.start[first], work.tokens.end[last]);
  return work.text.indexOf(surface, work.tokens.end[last]) >= 0 || work.text.lastIndexOf(surface, work.tokens.start[first] - 1) >= 0;
}

function addNamesAfterFirstNames(work: DocumentWork, spans: Span[], titleEnd: number): void {
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  for (let t = 0; t + 1 < tokens.count; t++) {
    // Cheap tests first: this looks at every token.
    if (!startsUpper(tokens.value[t]) || !startsUpper(tokens.value[t + 1]) || covered[t] || covered[t + 1]) continue;
    if (work.boilerplateToken[t] || tokens.sentence[t + 1] !== tokens.sentence[t]) continue;
    if (!firstNameSex(tokens.value[t]) || !/^[A-Z][a-z]+$/.test(tokens.value[t + 1])) continue;
    const next = tokens.normal[t + 1];
    // In a Title Case headline every word is capitalised: "AI Chip Sale" is no one when the
    // article writes "sale" in lower case elsewhere.
    if (sentenceCase(work, tokens.sentence[t]) !== 'normal') {
      const lowerWords = lowerCaseWords(work);
      if (lowerWords.has(next) || lowerWords.has(tokens.normal[t])) continue;
      // In the headline ("Results Lift Chip Stocks": "Chip" is a first name too) the text must name the person again.
      if (work.sentences[tokens.sentence[t]].start < titleEnd && !namedAgain(work, t, t + 1)) continue;
    }
    // "Bank Upgrade": a first name that is an organisation's word too begins no one's name.
    if (ORG_WORDS.has(tokens.normal[t])) continue;
    if (isMonthOrDay(next) || PERSON_TITLES.has(next) || ORG_WORDS.has(next) || lookupPlace(tokens.value[t + 1])) continue;
    spans.push({ first: t, last: t + 1, type: 'PER' });
    covered[t] = covered[t + 1] = 1;
    t++;
  }
}

/** Players' positions, which like titles stand between a club and a player ("Kelby lineman Ann Berg"). */
const POSITIONS = new Set(['tackle', 'lineman', 'linebacker', 'cornerback', 'receiver', 'guard', 'forward', 'centre', 'center', 'catcher', 'shortstop', 'quarterback', 'halfback', 'fullback']);

/**
 * "Acme CEO Ann Berg", "Kelby defensive tackle Ann Berg": the capitalised word before a person's
 * title is the employer, where the tagger missed it (a place there stays a place).
 */
function addEmployersBeforeTitles(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  for (const person of spans.filter((s) => s.type === 'PER')) {
    let k = person.first - 1;
    let titles = 0;
    let playerTitles = 0;
    while (k >= 0 && person.first - k <= 3) {
      const w = tokens.normal[k];
      const isTitle = (PERSON_TITLES.has(w) || TEAM_WORDS.has(w) || POSITIONS.has(w)) && (/^[a-z]/.test(tokens.value[k]) || /^[A-Z]{2,}$/.test(tokens.value[k]));
      if (isTitle) {
        titles++;
        if (TEAM_WORDS.has(w) || POSITIONS.has(w)) playerTitles++;
      } else if (!(tokens.pos[k] === 'ADJ' && /^[a-z]/.test(tokens.value[k]))) break;
      k--;
    }
    if (!titles || k < 0 || work.boilerplateToken[k] || tokens.sentence[k] !== tokens.sentence[person.first]) continue;
    if (covered[k]) {
      // "Kelby lineman Leo Varga" where the tagger read "Kelby" as a person, or as a place before
      // a player's position: one word before a title and a person's name is whom the person
      // works for. (Not a place the gazetteer knows, nor a nationality: "Scottish coach Ann
      // Berg" and "Chechen leader X" name no employer.)
      const taken = spans.findIndex((s) => s.first === k && s.last === k && (s.type === 'PER' || (s.type === 'LOC' && playerTitles > 0)));
      if (taken >= 0 && /^[A-Z][a-z]+$/.test(tokens.value[k]) && !lookupPlace(tokens.value[k])) spans[taken] = { ...spans[taken], type: 'ORG', cued: true };
      continue;
    }
    const v = tokens.value[k];
    if (!/^[A-Z][a-z]+$/.test(v) || PERSON_TITLES.has(tokens.normal[k]) || isMonthOrDay(tokens.normal[k]) || NOT_A_NAME.has(tokens.normal[k]) || lookupPlace(v)) continue;
    covered[k] = 1;
    // A cue, as "shares of X" is: in the document's vote it outweighs the tagger's guesses elsewhere.
    spans.push({ first: k, last: k, type: 'ORG', cued: true });
  }
}

/** Names of events end in an event word: "the World Economic Forum", "China International Expo". */
function addEventNames(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  for (let t = 0; t < tokens.count; t++) {
    if ((!EVENT_WORDS.has(tokens.normal[t]) && !MORE_EVENT_HEADS.has(tokens.normal[t])) || !startsUpper(tokens.value[t]) || work.boilerplateToken[t]) continue;
    // In a line of capitals every word is capitalised: the run would swallow the headline.
    if (sentenceCase(work, tokens.sentence[t]) === 'caps') continue;
    let first = t;
    while (first - 1 >= 0 && tokens.sentence[first - 1] === tokens.sentence[t] && startsUpper(tokens.value[first - 1]) && !NOT_A_NAME.has(tokens.normal[first - 1])) first--;
    if (first === t) continue;
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i].first >= first && spans[i].last <= t) spans.splice(i, 1);
    if (spans.some((s) => s.first <= t && first <= s.last)) continue;
    spans.push({ first, last: t, type: 'MISC' });
  }
}

/** Nouns that name a kind of product after a model name: "the Nova Pro GPU", "the Model Y car". */
const PRODUCT_CUES = new Set([
  'gpu', 'gpus', 'chip', 'chips', 'processor', 'processors', 'smartphone', 'smartphones', 'phone', 'phones',
  'handset', 'handsets', 'console', 'consoles', 'laptop', 'laptops', 'tablet', 'tablets', 'jet', 'jets',
  'aircraft', 'airliner', 'car', 'cars', 'suv', 'truck', 'vaccine', 'drug', 'app', 'software', 'chatbot',
  'model', 'models', 'platform', 'device', 'devices', 'engine', 'rocket', 'satellite', 'drone', 'drones',
]);

/**
 * "Acme's Falcon", "Brisco's Vega": one capitalised word owned by an organisation is its
 * product, unless the article names a person by that word ("Acme's Ruiz" after "Ana Ruiz").
 */
function addPossessedProducts(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const spanAt = new Map<number, Span>();
  for (const s of spans) for (let t = s.first; t <= s.last; t++) spanAt.set(t, s);
  // The words the article names people by. A lone word after a possessive is what is in
  // question here, so it counts only where it stands elsewhere ("Acme's Vera" is a product
  // even when the tagger called it a person; "Acme's Ruiz" is not, after "Ana Ruiz").
  const personWords = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || (s.first === s.last && tokens.normal[s.first - 1] === "'s")) continue;
    for (let t = s.first; t <= s.last; t++) personWords.add(tokens.normal[t]);
  }
  const out = [...spans];
  for (const owner of spans) {
    if (owner.type !== 'ORG') continue;
    const t = owner.last + 2;
    if (tokens.normal[owner.last + 1] !== "'s" || t >= tokens.count || tokens.sentence[t] !== tokens.sentence[owner.last]) continue;
    const word = tokens.normal[t];
    if (!/^[A-Z][a-z]/.test(tokens.value[t]) || startsUpper(tokens.value[t + 1] ?? '')) continue;
    if (personWords.has(word) || PERSON_TITLES.has(word) || COMMON_ACRONYMS.has(word) || NOT_A_NAME.has(word) || lookupPlace(tokens.value[t])) continue;
    const taken = spanAt.get(t);
    if (taken && (taken.first !== t || taken.last !== t)) continue;
    if (taken) out.splice(out.indexOf(taken), 1);
    out.push({ first: t, last: t, type: 'MISC', product: true });
  }
  return out.sort((a, b) => a.first - b.first);
}

/** A capitalised run right before a product noun is the product's name: "the Nova Pro GPU" -> "Nova Pro". */
function addProductNames(work: DocumentWork, spans: Span[], inHeading: (t: number) => boolean): void {
  const { tokens } = work;
  for (let t = 1; t < tokens.count; t++) {
    if (!PRODUCT_CUES.has(tokens.normal[t]) || work.boilerplateToken[t]) continue;
    let first = t - 1;
    // "the Gemini 3 model": a version number between the name and its kind is the name's.
    if (/^\d+(?:\.\d+)?$/.test(tokens.value[first]) && first > 0 && startsUpper(tokens.value[first - 1]) && tokens.end[first - 1] < tokens.start[first]) first--;
    if (!startsUpper(tokens.value[first]) || tokens.sentence[first] !== tokens.sentence[t] || inHeading(t)) continue;
    while (first - 1 >= 0 && tokens.sentence[first - 1] === tokens.sentence[t] && startsUpper(tokens.value[first - 1]) && !NOT_A_NAME.has(tokens.normal[first - 1])) first--;
    // "AI chips" names no product; in "K90 AI chips" the model code is the name.
    let last = t - 1;
    while (last >= first && COMMON_ACRONYMS.has(tokens.normal[last])) last--;
    if (last < first) continue;
    const code = tokens.value.slice(first, last + 1).findIndex((v) => PRODUCT_CODE.test(v) && /\d/.test(v));
    if (code >= 0) continue; // model codes are products already (addProductCodes)
    // Only where the tagger saw no place nor a person's full name: "Chinese chips" is no product;
    // "Blackwell chips" is, though the tagger took the one word for a surname, and so is an
    // unknown word it took for a place ("its Kelbyx chips": no gazetteer knows the place).
    const overlapping = spans.filter((s) => s.first <= last && first <= s.last);
    const oneWord = (s: Span) => s.first === s.last && first === last;
    const person = (s: Span) => s.type === 'PER' && !(oneWord(s) && !firstNameSex(tokens.value[first]));
    if (overlapping.some((s) => person(s) || (s.type === 'LOC' && !oneWord(s))) || lookupPlace(tokens.value[first]) !== null) continue;
    for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
    spans.push({ first, last, type: 'MISC', product: true });
  }
}

/** Words before or after a name that say what it is: "firms like X", "X, the carmaker", "the X forum". */
const ORG_CUES = new Set(['firm', 'firms', 'company', 'companies', 'startup', 'startups', 'maker', 'makers', 'rival', 'rivals', 'giant', 'giants', 'brand', 'brands', 'group', 'conglomerate', 'developer', 'developers', 'manufacturer', 'manufacturers', 'supplier', 'suppliers', 'lab', 'labs', 'carrier', 'retailer', 'lender', 'insurer', 'bank', 'banks']);
const EVENT_CUES = new Set(['forum', 'summit', 'conference', 'expo', 'fair', 'festival', 'show', 'convention', 'games', 'championship', 'tournament']);

function typeByCue(work: DocumentWork, spans: Span[], topic: DocumentTopic): Span[] {
  const { tokens } = work;
  let personWords: Set<string> | null = null;
  return spans.map((s) => {
    if (topic === 'sport' && s.type === 'LOC' && isClubByItsCue(tokens, s)) return { ...s, type: 'ORG', cued: true };
    // "Kelbollah guerrillas", "Ostra Front gunmen": an armed group's name, no place's.
    if ((s.type === 'LOC' || s.type === 'PER') && FIGHTER_NOUNS.has(tokens.normal[s.last + 1] ?? '') &&
        !lookupPlace(work.text.slice(tokens.start[s.first], tokens.end[s.last])) && !firstNameSex(tokens.value[s.first])) return { ...s, type: 'ORG', cued: true };
    const after = tokens.normal[s.last + 1] ?? '';
    const after2 = tokens.normal[s.last + 2] ?? '';
    // "the Kelby Party conference" is the party's: a body's name before the cue stays the body.
    // So is an acronym: "the NATO summit" is the alliance's.
    const body = ORG_WORDS.has(tokens.normal[s.last]) || (s.first === s.last && /^[A-Z]{2,}$/.test(tokens.value[s.first]));
    if (!body && (EVENT_CUES.has(after) || (EVENT_CUES.has(after2) && tokens.pos[s.last + 1] !== 'VERB'))) return { ...s, type: 'MISC', event: true } as Span;
    if (s.type === 'PER' || s.type === 'LOC') {
      // "a construction company, Ostra Build, won": the name in apposition after a firm's noun
      // (not one that opens with a first name: "at the company, Ann Berg, said").
      if (tokens.value[s.first - 1] === ',' && ORG_CUES.has(tokens.normal[s.first - 2] ?? '') && tokens.value[s.last + 1] === ',' && !firstNameSex(tokens.value[s.first])) {
        return { ...s, type: 'ORG', cued: true };
      }
      for (let k = s.first - 1; k >= Math.max(0, s.first - 3); k--) {
        const w = tokens.normal[k];
        if (ORG_CUES.has(w)) return { ...s, type: 'ORG', cued: true };
        // "a bank in Lindby": a preposition of place says where the firm is, not which it is;
        // "the bank's governor, Ann Berg": a title or a comma says who.
        if (w === '.' || w === ';' || w === ',' || tokens.pos[k] === 'VERB' || PLACE_PREPOSITIONS.has(w) || PERSON_TITLES.has(w)) break;
      }
    }
    // Cued even where the tagger said ORG already: the cue is what carries weight in the vote.
    if (hasCompanyContext(work, s)) return { ...s, type: 'ORG', cued: true };
    // "Ostravia said it would cut jobs", "Selvane, which makes seats,": no person is "it" or
    // "which". Not a name that opens with a first name, nor one a person of the article bears
    // ("Berg said it would close" beside "Ann Berg": "it" is then the plant named before).
    if (s.type === 'PER' && (speaksOfItselfAsIt(tokens, s.last + 1) || isWhichSubject(tokens, s) || (s.first === s.last && speaksOfItsTrade(tokens, s.last + 1))) &&
        !firstNameSex(tokens.value[s.first]) && !lookupPlace(work.text.slice(tokens.start[s.first], tokens.end[s.last]))) {
      personWords ??= new Set(spans.filter((p) => p.type === 'PER' && p.last > p.first).flatMap((p) => tokens.value.slice(p.first, p.last + 1)));
      if (!tokens.value.slice(s.first, s.last + 1).some((v) => personWords!.has(v))) return { ...s, type: 'ORG', cued: true };
    }
    return s;
  });
}

/** Armed members of a group, after its name: "Kelbollah guerrillas". */
const FIGHTER_NOUNS = new Set(['guerrillas', 'gunmen', 'fighters', 'militants', 'militiamen', 'insurgents']);

/** Verbs after which "for" or "from" names a club a player moves to or from: "played for X", "signed from X". */
const TRANSFER_VERBS = new Set(['played', 'plays', 'playing', 'signed', 'joined', 'moved', 'transferred', 'returned', 'loaned']);

/**
 * A town's name that is its club in a sports report: "French first division side Kelby", "played
 * for Kelby", "joined Kelby", "Kelby have won" (a town takes a singular verb; British English
 * gives a team a plural one). A country's name stays the country's: CoNLL and news read a
 * national team so.
 */
function isClubByItsCue(tokens: DocumentWork['tokens'], s: Span): boolean {
  const before = tokens.normal[s.first - 1] ?? '';
  const before2 = tokens.normal[s.first - 2] ?? '';
  const after = tokens.normal[s.last + 1] ?? '';
  if (before === 'side' || before === 'club' || before === 'joined' || before === 'rejoined') return true;
  if ((before === 'for' || before === 'from' || before === 'to') && TRANSFER_VERBS.has(before2)) return true;
  // "joined Kelby from Ostra": the club a player left.
  if (before === 'from' && (TRANSFER_VERBS.has(tokens.normal[s.first - 3] ?? '') || TRANSFER_VERBS.has(tokens.normal[s.first - 4] ?? ''))) return true;
  // Not a country: its national team keeps the country's name and type ("Lindbia have won").
  const country = lookupPlace(tokens.value[s.first]);
  return s.first === s.last && (after === 'have' || after === 'are' || after === 'were') && !(country && country.country === null);
}

/**
 * "Selvane, which makes seats, said": no person is "which". Not after a preposition or a title,
 * where "which" may belong to the phrase the name ends ("a firm owned by the son of President
 * Ann Berg, which plans to ...").
 */
function isWhichSubject(tokens: DocumentWork['tokens'], s: Span): boolean {
  if (tokens.value[s.last + 1] !== ',' || tokens.normal[s.last + 2] !== 'which') return false;
  return s.first === 0 || (tokens.pos[s.first - 1] !== 'ADP' && !PERSON_TITLES.has(tokens.normal[s.first - 1]));
}

/**
 * A list of names shares its kind: in "firms like A, B, C and D" every item is an organisation
 * (an item the tagger typed so, or a cue before the list, decides), and capitalised items the
 * tagger missed are added.
 */
function completeLists(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out = [...spans];
  const startsAt = new Map(out.map((s) => [s.first, s]));
  const covered = coverage(tokens.count, out);
  for (let t = 0; t < tokens.count; t++) {
    if (!startsUpper(tokens.value[t]) || NOT_A_NAME.has(tokens.normal[t]) || work.boilerplateToken[t]) continue;
    // Collect the items: a span or one capitalised word each, joined by "," / "and" / ", and".
    const items: { first: number; last: number; span?: Span }[] = [];
    let k = t;
    while (k < tokens.count && startsUpper(tokens.value[k]) && tokens.sentence[k] === tokens.sentence[t]) {
      const span = startsAt.get(k);
      if (!span && covered[k]) break;
      const last = span ? span.last : k;
      items.push({ first: k, last, span });
      let j = last + 1;
      if (tokens.value[j] === ',') j++;
      if (tokens.normal[j] === 'and' || tokens.normal[j] === 'or') j++;
      if (j === last + 1) break;
      k = j;
    }
    if (items.length === 0) continue;
    // "economists at Goldman Sachs and Kelby Stanley": a context cue that made the first item a
    // firm (not the tagger's guess) makes the list one of firms.
    const cued = hasOrgCueBefore(tokens, t) || (items.length >= 2 && items[0].span?.type === 'ORG' && !!items[0].span.cued);
    if (items.length < 3 && !cued) continue;
    if (!cued && !items.some((i) => i.span?.type === 'ORG')) {
      t = items[items.length - 1].last;
      continue;
    }
    for (const item of items) {
      if (item.span) item.span.type = 'ORG';
      else if (!NOT_A_NAME.has(tokens.normal[item.first])) {
        out.push({ first: item.first, last: item.last, type: 'ORG' });
        covered[item.first] = 1;
      }
    }
    t = items[items.length - 1].last;
  }
  return out.sort((a, b) => a.first - b.first);
}

/** "firms like", "companies such as", "rivals including" just before token t. */
function hasOrgCueBefore(tokens: DocumentWork['tokens'], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const w = tokens.normal[k];
    // A cue in lower case: "Kelby Bank Upgrade" in a headline is no bank named "Upgrade".
    if (ORG_CUES.has(w)) return /^[a-z]/.test(tokens.value[k]);
    if (!/^(like|such|as|including|include|includes|the|other|leading|major|big|tech|chinese|american|rival)$/.test(w)) return false;
  }
  return false;
}

/** The report's types from the tagger's: places by the gazetteer, other names by their head word. */
/** The last words of the people's full names the article gives. */
function surnamesOf(work: DocumentWork, spans: Span[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.last > s.first) out.add(work.tokens.value[s.last]);
  return out;
}

function refineType(work: DocumentWork, s: Span, surface: string): EntityType | null {
  const words = work.tokens.normal.slice(s.first, s.last + 1);
  const head = words[words.length - 1];
  const place = lookupPlace(surface);
  // A city's name a cue made its club ("joined Kelby", "Kelby have won") stays the club.
  if (place && !(s.cued && s.type === 'ORG' && place.type === 'GPE' && place.country !== null)) return place.type;
  if (isDateline(work, s)) return 'LOC';
  // "LINDBY, Ohio (AP)": the agency in the dateline's brackets, whatever the tagger read.
  const { value } = work.tokens;
  if (value[s.first - 1] === '(' && value[s.last + 1] === ')' && onDatelineLine(work, s.first)) return 'ORG';
  // "LINDBY, Ohio (AP)": the region after a dateline's town, whatever the tagger read.
  if (s.last - s.first <= 2 && isDatelineRegion(work, s)) return isRegion(surface) || isApAbbreviation(surface) ? 'GPE' : 'LOC';
  // "Calif.", "Mich.": a state's abbreviation is the state, whatever the tagger read.
  if (isApAbbreviation(surface)) return 'GPE';
  // "Organisation of the Lindby Conference", "the Kelby National Congress": bodies named after their meetings.
  // (The number may stand just before the name the tagger found: "the 15th [Party Congress]".)
  const body = isBodyName(words) || (head === 'congress' && ![work.tokens.normal[s.first - 1] ?? '', ...words].some((w) => MEETING_WORDS.test(w)));
  if (!body && (s.event || ((EVENT_WORDS.has(head) || MORE_EVENT_HEADS.has(head)) && s.type !== 'PER' && words.length > 1))) return 'EVENT';
  if (words.length === 1 && ONE_WORD_EVENTS.has(head)) return 'EVENT';
  if (words.length === 1 && KNOWN_ORG_ACRONYMS.has(head) && surface === surface.toUpperCase()) return 'ORG';
  if (s.product) return 'PRODUCT';
  // "Scottish", "Kurdish", "Welsh": a people's or a language's word, whatever the tagger took it for.
  if (words.length === 1 && (/^[a-z]{3,}ish$/.test(head) || PEOPLES.has(head))) return 'NORP';
  if (s.first === s.last && PRODUCT_CODE.test(surface) && /\d/.test(surface)) return 'PRODUCT';
  // "Mt Kelby", "Lake Ostra": a landform's word makes a place, where the tagger took the whole for a person.
  if (words.length > 1 && s.type === 'PER' && LANDFORM_PREFIXES.has(words[0].replace(/\.$/, ''))) return 'LOC';
  // "Oxford Street", "Kelby Road": a street is a place whatever the tagger read.
  if (words.length > 1 && STREET_HEADS.has(head)) return 'FAC';
  // "USS Cole", "INS Sukanya": a navy's prefix before a name makes a ship (a vehicle: PRODUCT).
  if (words.length > 1 && SHIP_PREFIXES.has(work.tokens.value[s.first]) && !PERSON_TITLES.has(words[1])) return 'PRODUCT';
  // "the aircraft carrier Kelby", "the tanker Ostra Star": a ship named after its kind's noun.
  if (isShipAfterItsNoun(work.tokens, s.first)) return 'PRODUCT';
  if (isRoadName(surface)) return 'FAC';
  if (words.length > 1) {
    const firstName = firstNameSex(work.tokens.value[s.first]) !== null;
    // "the Pritzker Prize", "the Kelby Medal": an award is a name of its own kind.
    if (AWARD_HEADS.has(head) && s.type !== 'LOC') return 'MISC';
    // "the Ridge Fire": a wildfire is named like a storm.
    if (head === 'fire' && s.type !== 'PER' && work.tokens.normal[s.first - 1] === 'the') return 'EVENT';
    // "Ostra Heights", "Kelby Springs": a landform's last word makes a place of what the tagger took for a person.
    if (s.type === 'PER' && !firstName && LANDFORM_HEADS.has(head)) return 'LOC';
    // "the 52-storey Harbour Tower": a structure, unless a person bears the name ("Senator Ann Tower").
    if (s.type === 'PER' && !firstName && STRUCTURE_HEADS.has(head)) return 'FAC';
  }
  switch (s.type) {
    case 'PER':
      // "Gordon Advisors", "Berg Holdings": a firm named after a person is a firm.
      // So is a town's police or ministry the tagger read as a person ("Lindby Police"), and a force alone ("Navy").
      if (words.length === 1 && FORCE_WORDS.has(head)) return 'ORG';
      return words.length > 1 && (FIRM_HEADS.has(head.replace(/\.$/, '')) || BODY_HEADS.has(head)) ? 'ORG' : 'PERSON';
    case 'ORG':
      // "Kelby Central Station", "the Ostra Bridge": a structure, though run by a body.
      return words.length > 1 && STRUCTURE_HEADS.has(head) ? 'FAC' : 'ORG';
    case 'LOC':
      // "China Daily", "Warsaw Newsroom": a place's name with a newspaper's or newsroom's word is the paper.
      if (words.length > 1 && MEDIA_WORDS.has(head)) return 'ORG';
      // "Tokyo Stock Exchange", "Lindby University": a place's name with an institution's word is the institution;
      // not a venue's ("National Tennis Centre") nor a river's ("West Bank").
      if (words.length > 1 && ORG_WORDS.has(head) && !PLACE_LIKE_ORG_WORDS.has(head)) return 'ORG';
      // Countries and capitals are GPE by the gazetteer above, and so are states, provinces and towns; other places stay LOC.
      if (isRegion(surface) || isTown(surface)) return 'GPE';
      return FAC_WORDS.has(head) ? 'FAC' : 'LOC';
    default:
      // (A name ending in an event's word is an EVENT by the test above, unless a body's.)
      if (ORG_WORDS.has(head)) return 'ORG';
      // "League for Democracy", "Council for the Promotion of Trade": an organisation's word before "for" or "of".
      if (body) return 'ORG';
      if (words.some((w) => /\d/.test(w)) && words.length <= 3) return 'PRODUCT';
      // "the Kelby Arena", "Lindby Bridge": a building's or a structure's word makes a facility.
      if (words.length > 1 && FAC_WORDS.has(head)) return 'FAC';
      return 'MISC';
  }
}

/** A congress that is a meeting, not a legislature or a party: "the World Congress", "the 15th Party Congress". */
const MEETING_WORDS = /^(world|international|annual|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d.*)$/;

/** Kinds of ships news names ships after ("carrier" only as "aircraft carrier": alone it is an airline). */
const SHIP_NOUNS = new Set(['frigate', 'destroyer', 'cruiser', 'submarine', 'warship', 'tanker', 'liner', 'ferry', 'freighter', 'trawler', 'yacht', 'vessel', 'ship']);

/** Whether the name at `first` follows its ship's noun: "the tanker Ostra Star", "the aircraft carrier Kelby". */
function isShipAfterItsNoun(tokens: DocumentWork['tokens'], first: number): boolean {
  const noun = tokens.value[first - 1] ?? '';
  if (noun === 'carrier') return tokens.normal[first - 2] === 'aircraft';
  return SHIP_NOUNS.has(noun);
}

/** Events' last words beyond the tagger's (EVENT_WORDS is one of its features): "the Super Bowl", "the Kelby Classic". */
const MORE_EVENT_HEADS = new Set(['bowl', 'classic', 'derby', 'regatta']);

/** The last words of awards' names. */
const AWARD_HEADS = new Set(['prize', 'award', 'medal', 'trophy']);
/** The last words of places' names that are landforms ("Ostra Heights", "Kelby Springs"). */
const LANDFORM_HEADS = new Set(['heights', 'hills', 'springs', 'falls', 'valley', 'creek', 'beach', 'canyon']);

/** Facilities' last words no body's name ends in ("City Hall", "Queen's Park" and an airport's operator may be bodies'). */
const STRUCTURE_HEADS = new Set(['bridge', 'stadium', 'tower', 'station', 'prison', 'dam', 'arena', 'tunnel', 'highway']);

/** The last words of streets' names. */
const STREET_HEADS = new Set(['street', 'road', 'avenue', 'boulevard', 'lane', 'drive']);

/** The last words of bodies' names that are nobody's surname. */
const BODY_HEADS = new Set([
  ...FORCE_WORDS, 'department', 'ministry', 'agency', 'commission', 'committee', 'council', 'authority',
  // Clubs' last words: "Lindby United", "Ostra Rovers".
  'united', 'rovers', 'wanderers', 'athletic', 'fc', 'albion', 'hotspur',
]);

/** An organisation's word before "for" or "of": "League for Democracy", "Organisation of ... Conference". */
function isBodyName(words: string[]): boolean {
  return words.some((w, i) => ORG_WORDS.has(w) && (words[i + 1] === 'for' || words[i + 1] === 'of'));
}

/** Last words of the names of newspapers, agencies and newsrooms. */
/** Institutions' words that also end the names of places and venues. */
const PLACE_LIKE_ORG_WORDS = new Set(['bank', 'centre', 'center', 'hospital', 'museum', 'church', 'school', 'college', 'office', 'club', 'house']);

/** Peoples, faiths and nationalities the country gazetteer has no demonym for (it has "British", not "Welsh"). */
const PEOPLES = new Set([
  'welsh', 'dutch', 'french', 'swiss', 'basque', 'catalan', 'kurds', 'kurd', 'arab', 'arabs', 'briton', 'britons', 'moslem', 'moslems',
  'muslim', 'muslims', 'christian', 'christians', 'jew', 'jews', 'hindu', 'hindus', 'sikh', 'sikhs', 'yugoslav', 'yugoslavs',
]);

/** Events news names by one word: "the Oscars", "the Olympics". */
const ONE_WORD_EVENTS = new Set(['oscars', 'olympics', 'paralympics', 'emmys', 'grammys', 'baftas']);

const POLICY_NOUNS = new Set([
  'measures', 'measure', 'policy', 'policies', 'government', 'administration', 'sanctions', 'restrictions',
  'tariffs', 'controls', 'officials', 'regulators', 'authorities', 'stance', 'position', 'ban', 'decision',
  'relations', 'ties', 'rules', 'regulations', 'demands', 'pressure', 'response', 'move', 'plan', 'crackdown',
]);
const POLICY_VERBS = new Set([
  'imposed', 'imposes', 'said', 'says', 'announced', 'banned', 'restricted', 'retaliated', 'warned', 'accused',
  'demanded', 'sanctioned', 'pressed', 'urged', 'insisted', 'responded', 'rejected', 'approved', 'blocked',
  'vowed', 'threatened', 'condemned', 'denied', 'agreed', 'signed', 'backed', 'opposed',
]);

/**
 * A capital standing for its government: "Washington's measures", "the Washington measures",
 * "Washington imposed", "tensions between Washington and Beijing". Such a mention refers to the
 * country; the city itself ("visited Beijing") stays the city.
 */
function markCapitalMetonymy(work: DocumentWork, mentions: EntityMention[]): void {
  const { tokens } = work;
  const gpeAt = new Map<number, EntityMention>();
  for (const m of mentions) if (m.type === 'GPE') gpeAt.set(tokenAt(work, m.start), m);
  for (const m of mentions) {
    if (m.type !== 'GPE') continue;
    const place = lookupPlace(m.text);
    if (!place?.country) continue;
    const first = tokenAt(work, m.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.count && tokens.end[last] < m.end) last++;
    const next = tokens.normal[last + 1] ?? '';
    const next2 = tokens.normal[last + 2] ?? '';
    const prev = tokens.normal[first - 1] ?? '';
    const governs =
      (/^['’]s$/.test(next) && POLICY_NOUNS.has(next2)) ||
      (prev === 'the' && POLICY_NOUNS.has(next)) ||
      POLICY_VERBS.has(next) ||
      (prev === 'between' && next === 'and' && gpeAt.has(last + 2)) ||
      (prev === 'and' && tokens.normal[first - 3] === 'between' && gpeAt.has(first - 2));
    if (governs) m.refersTo = place.country;
  }
}

/** Model codes ("A320", "X200") the tagger leaves untagged are products. */
function addProductCodes(work: DocumentWork, covered: Uint8Array, mentions: EntityMention[]): void {
  const { tokens } = work;
  for (let t = 0; t < tokens.count; t++) {
    const v = tokens.value[t];
    if (covered[t] || work.boilerplateToken[t] || !PRODUCT_CODE.test(v) || !/\d/.test(v) || !startsUpper(v)) continue;
    mentions.push({ start: tokens.start[t], end: tokens.end[t], text: v, type: 'PRODUCT', sentence: tokens.sentence[t], key: entityKey(v) });
  }
}

