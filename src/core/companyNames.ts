/**
 * Firms, papers and bodies by what the text says around them: legal forms, "-based", "shares
 * of", a firm's roles, a newspaper's word, acronyms the article spells out.
 */
import { firstNameSex } from './firstNames';
import { lookupPlace } from './gazetteer';
import type { DocumentWork, EntityMention } from './model';
import { ORG_WORDS, PERSON_TITLES } from './nameLexicon';
import { coverage, endsBased, FIRM_HEADS, isMonthOrDay, isPossessive, LEGAL_FORMS, NOT_A_NAME, NOT_IN_FIRM_NAME_POS, startsUpper, type Span } from './nameSpans';
import { sentenceCase } from './sentenceCase';

/** "Johnson Controls Inc and Lear Corp": two companies, not one. */
export function splitCompanyLists(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of spans) {
    let first = s.first;
    for (let t = s.first + 1; t < s.last; t++) {
      if (tokens.normal[t] !== 'and' || !LEGAL_FORMS.has(tokens.normal[t - 1].replace(/\.$/, ''))) continue;
      out.push({ ...s, first, last: t - 1 });
      first = t + 1;
    }
    out.push(first === s.first ? s : { ...s, first });
  }
  return out;
}

/**
 * "Ohio-based KeyCorp": after "-based" comes a company, whether or not the tagger saw a name
 * there. It runs over the capitalised words that follow, and a legal form with its dot.
 */
export function addCompaniesAfterBase(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  for (let t = 1; t < tokens.count; t++) {
    if (!endsBased(tokens, t - 1) || covered[t] || !startsUpper(tokens.value[t]) || work.boilerplateToken[t]) continue;
    let last = t;
    while (last + 1 < tokens.count && !covered[last + 1] && tokens.sentence[last + 1] === tokens.sentence[t] &&
      (/^[A-Z][A-Za-z&]*$/.test(tokens.value[last + 1]) || (/^[A-Z][a-z]+\.$/.test(tokens.value[last + 1]) && LEGAL_FORMS.has(tokens.normal[last + 1].slice(0, -1))))) last++;
    spans.push({ first: t, last, type: 'ORG', cued: true });
    covered.fill(1, t, last + 1);
  }
}

/**
 * "Kelbix shares rose 4%", "Kelbix on Wednesday unveiled its chip": a one-word name the tagger
 * did not see (a new firm's name at a sentence's start looks like any capitalised word) in a
 * context only a firm fits. Not a word the article also writes in lower case, a first name, a
 * place, a month or a day.
 */
export function addCompaniesByContext(work: DocumentWork, spans: Span[], lowerCaseWords: Set<string>): void {
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  for (let t = 0; t < tokens.count; t++) {
    // The cheap tests first: this runs for every token.
    if (covered[t] || tokens.pos[t] !== 'PROPN' || work.boilerplateToken[t]) continue;
    const v = tokens.value[t];
    if (!/^[A-Z][a-z]+[a-z0-9]*$/.test(v) || tokens.value[t - 1] === '&') continue;
    const w = tokens.normal[t];
    if (NOT_A_NAME.has(w) || isMonthOrDay(w) || lowerCaseWords.has(w) || firstNameSex(v) || lookupPlace(v) || PERSON_TITLES.has(w)) continue;
    if (!hasCompanyContext(work, { first: t, last: t, type: 'ORG' })) continue;
    spans.push({ first: t, last: t, type: 'ORG', cued: true });
    covered[t] = 1;
  }
}

/**
 * "Ostra Holdings Corp." where the tagger began at "Holdings" (or found "Ostra" apart): a
 * firm's word needs the name before it, so the capitalised word or the name right before it
 * belongs to the firm.
 */
export function extendFirmsLeft(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const out: Span[] = [];
  for (const s of sorted) {
    if (s.type !== 'ORG' || !FIRM_HEADS.has(tokens.normal[s.first].replace(/\.$/, ''))) {
      out.push(s);
      continue;
    }
    let first = s.first;
    const adjacent = (k: number) => tokens.sentence[k] === tokens.sentence[s.first] && tokens.end[k] + 1 === tokens.start[k + 1] && !work.boilerplateToken[k];
    const prev = out[out.length - 1];
    if (prev && prev.last === first - 1 && adjacent(prev.last) && prev.last === prev.first && /^[A-Z][A-Za-z&]*$/.test(tokens.value[prev.first])) {
      // A one-word name found apart: "Ostra" + "Holdings Corp.".
      out.pop();
      first = prev.first;
    } else {
      while (first > 0 && !(prev && prev.last >= first - 1)) {
        const k = first - 1;
        const w = tokens.normal[k];
        if (!adjacent(k) || !/^[A-Z][A-Za-z&]*$/.test(tokens.value[k]) || NOT_IN_FIRM_NAME_POS.has(tokens.pos[k]) || NOT_A_NAME.has(w) || PERSON_TITLES.has(w) || isMonthOrDay(w)) break;
        first = k;
      }
    }
    out.push(first === s.first ? s : { ...s, first });
  }
  return out;
}

/**
 * "The International Amateur Athletic Federation", ", Offshore Data Services said": a body's
 * name the tagger began one word late, at the word after an adjective of its name. The word
 * before joins it: capitalised, inside the sentence (a sentence's first word is capitalised
 * anyway: "Rival Kelby Systems"), no place or people's name ("German Foreign Ministry" is a
 * nationality and a ministry), no title, month or function word.
 */
export function extendBodiesLeft(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  return spans.map((s) => {
    const k = s.first - 1;
    if (s.type !== 'ORG' || s.first === s.last || !ORG_WORDS.has(tokens.normal[s.last]) || k < 1 || covered[k]) return s;
    const sentence = work.sentences[tokens.sentence[s.first]];
    const w = tokens.normal[k];
    if (k <= sentence.firstToken || tokens.end[k] + 1 !== tokens.start[s.first] || work.boilerplateToken[k] || !/^[A-Z][a-z]+$/.test(tokens.value[k]) ||
        NOT_IN_FIRM_NAME_POS.has(tokens.pos[k]) || NOT_A_NAME.has(w) || PERSON_TITLES.has(w) || isMonthOrDay(w) || lookupPlace(tokens.value[k])) return s;
    return { ...s, first: k };
  });
}

/** "in NFL history", "the IMF agreed": the acronyms of well-known bodies are organisations wherever the tagger missed them. */
export function addKnownAcronyms(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  for (let t = 0; t < tokens.count; t++) {
    if (covered[t] || work.boilerplateToken[t] || !KNOWN_ORG_ACRONYMS.has(tokens.normal[t])) continue;
    const v = tokens.value[t];
    // "WHO" is also a word: in a line of capitals ("WHO IS TO BLAME") it is only the word.
    if (v === 'WHO' && sentenceCase(work, tokens.sentence[t]) === 'caps') continue;
    if (v.length >= 2 && v === v.toUpperCase()) spans.push({ first: t, last: t, type: 'ORG' });
  }
}

/** International bodies, leagues and agencies news names by their acronym alone ("in NFL history"). */
export const KNOWN_ORG_ACRONYMS = new Set([
  'un', 'eu', 'nato', 'imf', 'wto', 'opec', 'oecd', 'asean', 'apec', 'fifa', 'uefa', 'ioc', 'nfl', 'nba', 'nhl', 'mlb',
  'nasa', 'fbi', 'cia', 'bbc', 'cnn', 'afp', 'ecb', 'icc', 'unesco', 'unicef', 'unhcr', 'iaea', 'fda', 'sec', 'nyse',
  'who', 'cdc', 'epa', 'nih', 'irs', 'fcc', 'ftc', 'faa', 'ntsb', 'wfp', 'icj', 'icrc', 'osce', 'ecowas', 'nbc', 'cbs', 'npr', 'pbs',
]);

/** Words that say a name is a newspaper's or a broadcaster's: "the Sun newspaper", "the news weekly Der Spiegel". */
const MEDIA_CUES = new Set(['newspaper', 'newspapers', 'daily', 'weekly', 'tabloid', 'magazine', 'broadcaster']);

/**
 * "Britain's Sun newspaper", "the news weekly Der Spiegel", "Itar-Tass news agency": a
 * capitalised name right before or after a newspaper's word is the paper, whatever the tagger
 * made of it. A cue: in the document's vote it outweighs the tagger's guesses.
 */
export function addMediaNames(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out = [...spans];
  const nameAt = (first: number, step: 1 | -1): [number, number] | null => {
    let end = first;
    const ok = (k: number) => k >= 0 && k < tokens.count && tokens.sentence[k] === tokens.sentence[first] && startsUpper(tokens.value[k]) &&
      !NOT_A_NAME.has(tokens.normal[k]) && !NOT_IN_FIRM_NAME_POS.has(tokens.pos[k]) && !isMonthOrDay(tokens.normal[k]) && !work.boilerplateToken[k];
    if (!ok(first)) return null;
    while (ok(end + step)) end += step;
    return step === 1 ? [first, end] : [end, first];
  };
  for (let t = 0; t < tokens.count; t++) {
    const w = tokens.normal[t];
    // "news agency" is one cue: "Itar-Tass news agency", "the news agency Tanjug".
    const agency = w === 'news' && tokens.normal[t + 1] === 'agency';
    if (!MEDIA_CUES.has(w) && !agency) continue;
    if (startsUpper(tokens.value[t])) continue; // "Daily" inside a paper's own name
    const found = [nameAt(t - 1, -1), nameAt(agency ? t + 2 : t + 1, 1)];
    for (const span of found) {
      if (!span) continue;
      const [first, last] = span;
      if (lookupPlace(tokens.value.slice(first, last + 1).join(' '))) continue; // "a Lindby newspaper": where, not which
      const overlapping = out.filter((x) => x.first <= last && first <= x.last);
      // A name the tagger found whole ("Itar-Tass") keeps its bounds and takes the type.
      const whole = overlapping.find((x) => x.first <= first && last <= x.last);
      for (const x of overlapping) out.splice(out.indexOf(x), 1);
      out.push(whole ? { ...whole, type: 'ORG', cued: true } : { first, last, type: 'ORG', cued: true });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Words after a name (or its possessive) that only a listed company has: "X shares", "X's spokesman". */
const MARKET_WORDS = new Set(['shares', 'stock', 'stocks', 'stake', 'shareholders', 'stockholders', 'subsidiary', 'unit', 'division', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'executives']);

/** A company's accounts: "X's net profit", "X's six-month output". */
const ACCOUNTS_WORDS = new Set([
  'profit', 'profits', 'revenue', 'revenues', 'sales', 'earnings', 'turnover', 'output', 'dividend', 'losses', 'ceo', 'board', 'executive', 'workforce',
  // What a firm has and a person has not: "X's pricing", "X's customers", "X's stores".
  'pricing', 'customers', 'subscribers', 'factories', 'plants', 'stores', 'shareholders', 'valuation',
]);

/** The noun a possessive owns, past its modifiers: "output" in "six-month output", "profit" in "first-half net profit". */
function possessedNoun(tokens: DocumentWork['tokens'], from: number): string {
  let noun = '';
  for (let k = from; k < Math.min(tokens.count, from + 6); k++) {
    const pos = tokens.pos[k];
    if (pos === 'NOUN') noun = tokens.normal[k];
    else if (tokens.value[k] === '-' || (!noun && (pos === 'ADJ' || pos === 'NUM'))) continue;
    else break;
  }
  return noun;
}

/** A club's people: "the Leeds defender", "Rovers fans". */
export const TEAM_WORDS = new Set([
  'defender', 'defenders', 'midfielder', 'midfielders', 'striker', 'strikers', 'goalkeeper', 'winger', 'fullback',
  'quarterback', 'pitcher', 'outfielder', 'batsman', 'bowler', 'skipper', 'fans', 'supporters', 'squad', 'teammate',
  'teammates', 'team-mate', 'team-mates', 'manager', 'coach',
]);

/** Roles only a firm or a body has, unlike "president" or "governor", which countries and states have too. */
const BUSINESS_ROLES = new Set([
  'manager', 'managers', 'officer', 'chairman', 'chairwoman', 'ceo', 'cfo', 'spokesman', 'spokeswoman', 'spokesperson',
  'shareholders', 'shareholder', 'employees', 'employee', 'staff', 'executives', 'founder', 'co-founder', 'subsidiary', 'unit', 'division',
]);

/** People who work "at" a firm: "analyst at X". */
const ANALYST_WORDS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'traders', 'dealer', 'dealers']);

/**
 * Business-news contexts that only a company fits: "Ontario-based X", "shares of X", "X shares",
 * "X's stock", "X's spokesman", "analyst at X", "X Inc".
 */
export function hasCompanyContext(work: DocumentWork, s: Span): boolean {
  const { tokens } = work;
  const before = tokens.normal[s.first - 1] ?? '';
  const before2 = tokens.normal[s.first - 2] ?? '';
  const after = tokens.normal[s.last + 1] ?? '';
  const after2 = tokens.normal[s.last + 2] ?? '';
  if (endsBased(tokens, s.first - 1)) return true;
  if ((before === 'of' || before === 'in') && (before2 === 'shares' || before2 === 'stake')) return true;
  if (before === 'at' && ANALYST_WORDS.has(before2)) return true;
  // "the general manager of X", "a spokesman for X": only a firm or a body has these.
  if ((before === 'of' || before === 'for') && BUSINESS_ROLES.has(before2) && !lookupPlace(work.text.slice(tokens.start[s.first], tokens.end[s.last]))) return true;
  const after3 = tokens.normal[s.last + 3] ?? '';
  // "the Milan stock market", "Tokyo shares": a place's market, not a company.
  if ((after === 'stock' || after === 'shares' || after === 'stocks') && (s.first === s.last && lookupPlace(tokens.value[s.first]))) return false;
  if (after === 'stock' && (after2 === 'market' || after2 === 'exchange' || after2 === 'markets')) return false;
  // "X shares", "X's stock", "X's cables division".
  if (MARKET_WORDS.has(after) || ((after === "'s" || after === '’s') && (MARKET_WORDS.has(after2) || MARKET_WORDS.has(after3)))) return true;
  // "X's net profit", "X's first-half sales": a company's books, where X is no place (a country has output and debt too).
  if ((after === "'s" || after === '’s') && ACCOUNTS_WORDS.has(possessedNoun(tokens, s.last + 2)) &&
    !lookupPlace(work.text.slice(tokens.start[s.first], tokens.end[s.last]))) return true;
  // "the Leeds defender", "Rovers fans": a club, unless the name is a country's team.
  if (TEAM_WORDS.has(after) && !lookupPlace(work.text.slice(tokens.start[s.first], tokens.end[s.last]))) return true;
  if (isCompanyAppositive(tokens, s.last + 1)) return true;
  // What a firm does as the subject: "X reported a net loss", "X said its profit fell". Not a
  // place's name, which may do the same ("Lindby said its budget ..." is the town's council).
  // (Never a name that opens with a first name: "Ann Berg said its ..." is about something else.)
  const verb = verbAfterName(tokens, s.last + 1);
  return (reportsAccounts(tokens, verb) || speaksOfItself(tokens, verb)) && !firstNameSex(tokens.value[s.first]) &&
    !lookupPlace(work.text.slice(tokens.start[s.first], tokens.end[s.last]));
}

/** Where the verb after a subject is: past "on Wednesday", "late on Monday", "also" ("X on Tuesday unveiled its ..."). */
function verbAfterName(tokens: DocumentWork['tokens'], k: number): number {
  if (tokens.normal[k] === 'also') return k + 1;
  if (tokens.normal[k] === 'late' || tokens.normal[k] === 'early') k++;
  if (tokens.normal[k] === 'on' && isMonthOrDay(tokens.normal[k + 1] ?? '') && tokens.sentence[k + 1] === tokens.sentence[k]) return k + 2;
  return k;
}

/** Verbs a firm reports its accounts with: "X posted a profit", "X reported revenue of $2 billion". */
const REPORTING_VERBS = new Set(['reported', 'posted', 'booked', 'swung', 'reports', 'posts']);

/** "reported a net loss", "posted first-quarter revenue": a reporting verb at `verb`, then a firm's accounts. */
function reportsAccounts(tokens: DocumentWork['tokens'], verb: number): boolean {
  if (!REPORTING_VERBS.has(tokens.normal[verb] ?? '')) return false;
  const noun = possessedNoun(tokens, tokens.pos[verb + 1] === 'DET' ? verb + 2 : verb + 1);
  return ACCOUNTS_WORDS.has(noun) || noun === 'loss';
}

/** Saying verbs after which a firm goes on about itself: "X said its profit fell". */
const SAYING_VERBS = new Set(['said', 'says', 'announced', 'expects', 'expected', 'warned', 'confirmed', 'reported', 'added', 'unveiled', 'launched', 'introduced']);

/**
 * "X said on Monday that its profit fell": the subject speaks of itself as "its", which no
 * person does. ("said it was" proves nothing: that "it" is often nobody.) Within the clause
 * only: up to a comma, a quotation, another name or a person's pronoun.
 */
function speaksOfItself(tokens: DocumentWork['tokens'], verb: number): boolean {
  if (!SAYING_VERBS.has(tokens.normal[verb] ?? '')) return false;
  const end = Math.min(tokens.count, verb + 8);
  for (let k = verb + 1; k < end && tokens.sentence[k] === tokens.sentence[verb]; k++) {
    const w = tokens.normal[k];
    if (w === 'its') return true;
    // Another name may be the one speaking of itself; a weekday or a month is only when.
    const otherName = startsUpper(tokens.value[k]) && !isMonthOrDay(w);
    if (PERSON_PRONOUNS.has(w) || w === ',' || w === '"' || w === '“' || otherName) return false;
  }
  return false;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'they', 'their', 'i', 'we', 'my', 'our']);

/** Nouns that say a firm in an apposition ("X, the budget airline"); none is also a person's role. */
const APPOSITIVE_FIRM_NOUNS = new Set([
  'company', 'firm', 'group', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'retailer', 'startup', 'start-up',
  'conglomerate', 'operator', 'brokerage', 'manufacturer', 'supplier', 'broadcaster', 'chain', 'giant', 'utility',
  'miner', 'refiner', 'multinational', 'exchange', 'unit', 'subsidiary', 'division', 'affiliate',
  // Makers that are firms (a filmmaker, a lawmaker or a playmaker is a person).
  'maker', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'planemaker', 'toymaker', 'steelmaker', 'phonemaker',
]);

/**
 * "X, the budget airline, said", "X, a Lindby-based chipmaker": a comma, an article, then within
 * four words a noun that only a firm is ("airline", "chipmaker"), before any verb or punctuation.
 */
function isCompanyAppositive(tokens: DocumentWork['tokens'], comma: number): boolean {
  if (tokens.value[comma] !== ',') return false;
  const article = tokens.normal[comma + 1];
  if (article !== 'the' && article !== 'a' && article !== 'an') return false;
  for (let k = comma + 2; k < Math.min(tokens.count, comma + 6); k++) {
    const w = tokens.normal[k];
    // "Berg, the airline's founder": the firm is what the apposition's head belongs to, not X.
    if (APPOSITIVE_FIRM_NOUNS.has(w)) return !isPossessive(tokens.normal[k + 1] ?? '');
    // A verb ends the apposition, unless glued into an adjective by a hyphen ("Lindby-based").
    if ((tokens.pos[k] === 'VERB' && tokens.value[k - 1] !== '-') || (tokens.pos[k] === 'PUNCT' && w !== '-')) return false;
  }
  return false;
}

/** "World Health Organization (WHO)": the acronym becomes a mention of the same thing. */
export function addAcronymExpansions(work: DocumentWork, mentions: EntityMention[]): void {
  const { text } = work;
  /** Acronyms the article defines: each stands for its expansion wherever it appears. */
  const defined = new Map<string, EntityMention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const full = mentions[i];
    const short = mentions[i + 1];
    const between = text.slice(full.end, short.start);
    const letters = short.text.replace(/\./g, '');
    if (!/^\s*\(\s*$/.test(between) || !/^[A-Z][A-Z&]{1,9}$/.test(letters) || !/^\s*\)/.test(text.slice(short.end, short.end + 3))) continue;
    const initials = full.text.split(/\s+/).filter((w) => startsUpper(w)).map((w) => w[0]).join('');
    if (initials.length >= 2 && initials.toUpperCase().startsWith(letters.slice(0, 2))) {
      short.type = full.type === 'MISC' ? 'ORG' : full.type;
      short.key = full.key;
      defined.set(short.text, short);
    }
  }
  // "the NLD" later on is the party the article spelled out, not the country whose code it shares.
  for (const m of mentions) {
    const definition = defined.get(m.text);
    if (definition && m !== definition) {
      m.type = definition.type;
      m.key = definition.key;
    }
  }
}

/** Small words inside a spelt-out name ("Securities and Exchange Commission", "Council for the Promotion of Trade"). */
const NAME_JOINERS = new Set(['and', '&', 'of', 'for', 'the', 'on', 'in', 'de']);

/**
 * "the Securities and Exchange Commission (SEC)": where an acronym in brackets spells the
 * initials of the capitalised words right before it, those words are one name, whatever the
 * tagger made of them (it named "Securities" and "Exchange Commission" apart). The name keeps
 * the type of its last part, an organisation's where that was a person's or none.
 */
export function joinAcronymDefinitions(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  for (let t = 2; t + 2 < tokens.count; t++) {
    if (tokens.value[t] !== '(' || tokens.value[t + 2] !== ')') continue;
    const letters = tokens.value[t + 1].replace(/\./g, '');
    if (!/^[A-Z][A-Z&]{1,9}$/.test(letters)) continue;
    // The capitalised words before the bracket, with small words between them, back to the sentence's start.
    const words: number[] = [];
    for (let k = t - 1; k >= 0 && tokens.sentence[k] === tokens.sentence[t]; k--) {
      if (startsUpper(tokens.value[k])) words.unshift(k);
      else if (!NAME_JOINERS.has(tokens.normal[k])) break;
    }
    // As many of them as the acronym has letters, ending right before the bracket, whose initials spell it.
    const capitals = letters.replace(/&/g, '');
    if (words.length < capitals.length || words[words.length - 1] !== t - 1) continue;
    const first = words[words.length - capitals.length];
    const initials = words.slice(-capitals.length).map((k) => tokens.value[k][0]).join('');
    if (initials !== capitals || capitals.length < 2) continue;
    // A name the tagger ran on into the bracket ends before it.
    for (const s of spans) if (s.first <= t - 1 && s.last >= t) s.last = t - 1;
    if (!spans.some((s) => s.first === t + 1)) spans.push({ first: t + 1, last: t + 1, type: 'ORG' });
    // A name that runs into it takes it in: "the Lindby Securities and Exchange Board" is one name.
    const from = Math.min(first, ...spans.filter((s) => s.first < first && s.last >= first).map((s) => s.first));
    const inside = spans.filter((s) => s.first >= from && s.last <= t - 1);
    const lastType = inside.length ? inside[inside.length - 1].type : 'ORG';
    for (const s of inside) spans.splice(spans.indexOf(s), 1);
    spans.push({ first: from, last: t - 1, type: lastType === 'PER' ? 'ORG' : lastType });
  }
}

/** Head words of bodies named "X of Y" or "X for Y": "the Department of Transport", "the Bank for International Settlements". */
const INSTITUTION_HEADS = new Set([
  'ministry', 'department', 'agency', 'bureau', 'commission', 'committee', 'council', 'federation', 'association', 'institute',
  'university', 'college', 'academy', 'authority', 'board', 'foundation', 'organisation', 'organization', 'society', 'bank', 'office',
  'league', 'union', 'confederation', 'chamber', 'court', 'party', 'movement', 'front', 'service',
  'center', 'centre', 'centers', 'centres', 'institutes', 'school',
]);

/**
 * "the Department of Transport", "the Organisation for Security and Cooperation in Europe",
 * "the Commission on Kelby Trade": an institution's word, "of", "for" or "on" and
 * capitalised words make a body's name, found even where the tagger saw none. Inside the name
 * "and", "the" and "in" may join capitalised words.
 */
export function addInstitutions(work: DocumentWork, spans: Span[]): void {
  const { tokens } = work;
  const covered = coverage(tokens.count, spans);
  for (let t = 0; t + 1 < tokens.count; t++) {
    if (work.boilerplateToken[t] || !INSTITUTION_HEADS.has(tokens.normal[t]) || !startsUpper(tokens.value[t])) continue;
    // The head alone may be a name already ("Commission"): the body's name takes it in.
    const headAlone = covered[t] ? spans.findIndex((s) => s.first === t && s.last === t) : -1;
    if (covered[t] && headAlone < 0) continue;
    // "the News Agency of [Kenya]": the tagger named what follows "of"; the body's name takes it in.
    const tagged = /^(of|for|on)$/.test(tokens.value[t + 1]) ? spans.findIndex((s) => s.first === t + 2) : -1;
    let last = tagged >= 0 ? spans[tagged].last : institutionTail(work, t, covered);
    // "The Monetary Policy Committee voted": capitalised words before a head in running text
    // make the body's name though nothing follows the head.
    if (last === t && (headAlone >= 0 || wordsBeforeHead(work, t, covered) > t - 2 || sentenceCase(work, tokens.sentence[t]) !== 'normal')) continue;
    for (const i of [tagged, headAlone].filter((i) => i >= 0).sort((a, b) => b - a)) spans.splice(i, 1);
    // "... for Disease Control and [Prevention]": a name after "and" goes on the body's, whoever tagged it.
    for (;;) {
      const joiner = tokens.value[last + 1];
      if ((joiner !== 'and' && joiner !== '&') || tokens.sentence[last + 2] !== tokens.sentence[t] || !startsUpper(tokens.value[last + 2] ?? '')) break;
      const next = spans.findIndex((s) => s.first === last + 2);
      if (next < 0 && covered[last + 2]) break;
      // Only a name that ends where the sentence does or before a lower-case word: "X and Y Corp" is two names.
      const end = next >= 0 ? spans[next].last : last + 2;
      if (startsUpper(tokens.value[end + 1] ?? '')) break;
      if (next >= 0) spans.splice(next, 1);
      last = end;
    }
    const first = wordsBeforeHead(work, t, covered);
    spans.push({ first, last, type: 'ORG' });
    covered.fill(1, first, last + 1);
    t = last;
  }
}

/** The last token of "of Transport", "for Security and Cooperation in Europe" after head t; t where none follows. */
function institutionTail(work: DocumentWork, t: number, covered: Uint8Array): number {
  const { tokens } = work;
  const of = tokens.value[t + 1];
  // "the Organization of the Petroleum Exporting Countries": "the" may stand after "of".
  const from = tokens.value[t + 2] === 'the' ? t + 3 : t + 2;
  if ((of !== 'of' && of !== 'for' && of !== 'on') || !startsUpper(tokens.value[from] ?? '')) return t;
  let last = t + 1;
  for (let k = from; k < tokens.count && tokens.sentence[k] === tokens.sentence[t] && !covered[k]; k++) {
    const v = tokens.value[k];
    if (startsUpper(v) && !isMonthOrDay(tokens.normal[k])) last = k;
    else if (!((v === 'and' || v === 'the' || v === 'of' || v === 'in' || v === '&') && startsUpper(tokens.value[k + 1]))) break;
  }
  return last < from ? t : last;
}

/** Capitalised words right before the head belong to the name ("National Institute of ..."), places and titles apart. */
function wordsBeforeHead(work: DocumentWork, t: number, covered: Uint8Array): number {
  const { tokens } = work;
  let first = t;
  while (first > 0 && !covered[first - 1] && tokens.sentence[first - 1] === tokens.sentence[t] && /^[A-Z][a-z]+$/.test(tokens.value[first - 1]) &&
    !NOT_A_NAME.has(tokens.normal[first - 1]) && !PERSON_TITLES.has(tokens.normal[first - 1]) && !lookupPlace(tokens.value[first - 1]) &&
    !NOT_IN_FIRM_NAME_POS.has(tokens.pos[first - 1])) first--;
  return first;
}

/**
 * What an organisation does with "it" as the subject: "X said it would cut jobs". Verbs that
 * take the empty "it" of "it would take years" or "it was raining" are not here.
 */
const FIRM_ACTIONS = new Set([
  'cut', 'close', 'sell', 'buy', 'acquire', 'purchase', 'hire', 'invest', 'raise', 'launch', 'appeal', 'suspend', 'halt',
  'shut', 'expand', 'build', 'reduce', 'lay', 'pay', 'offer', 'file', 'sign', 'recall', 'merge', 'restructure', 'relocate',
  'produce', 'supply', 'deliver', 'ship', 'manufacture', 'introduce', 'withdraw', 'exit', 'freeze', 'resume', 'cooperate',
  'comply', 'contest', 'settle', 'investigate', 'repurchase', 'divest', 'terminate', 'appoint', 'post', 'book', 'spend',
  'borrow', 'refinance', 'axe', 'scrap', 'shed', 'slash', 'trim', 'cancel', 'postpone', 'sue', 'employ', 'operate',
  'reorganise', 'reorganize', 'outsource', 'eliminate', 'consolidate', 'comment', 'fire', 'recruit', 'export', 'import',
]);
/** What may stand between "it" and its verb: "it would", "it had already", "it plans to", "it was not". */
const IT_AUXILIARIES = new Set([
  'would', 'will', 'had', 'has', 'is', 'was', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'not', 'also', 'now',
  'soon', 'still', 'already', 'further', 'be', 'been', 'plans', 'planned', 'intends', 'intended', 'expects', 'expected',
  'aims', 'hopes', 'wants', 'to', 'n’t', "n't",
]);
/** What may stand between the saying verb and "it": "said on Tuesday it", "said in a statement that it". */
const SAYING_FILLERS = new Set([
  'that', 'on', 'in', 'a', 'an', 'the', 'statement', 'filing', 'late', 'early', 'earlier', 'last', 'this', 'week', 'month',
  'year', 'today', 'yesterday', 'tonight', 'morning', 'evening',
]);

/** A firm's trade, which it reports on: "X said demand was strong", "X said orders fell". */
const TRADE_WORDS = new Set(['demand', 'orders', 'sales', 'revenue', 'revenues', 'shipments', 'bookings', 'deliveries', 'earnings', 'margins']);

/**
 * "Kelbyx said demand was strong", "Kelbyx said on Monday that orders fell": a saying verb,
 * then, within four words, the trade a firm reports on. (Analysts say so too, but news names
 * them in full: the caller keeps to one-word names no person of the article bears.)
 */
export function speaksOfItsTrade(tokens: DocumentWork['tokens'], verb: number): boolean {
  if (!SAYING_VERBS.has(tokens.normal[verb] ?? '')) return false;
  for (let k = verb + 1; k <= verb + 4 && k < tokens.count && tokens.sentence[k] === tokens.sentence[verb]; k++) {
    if (TRADE_WORDS.has(tokens.normal[k])) return true;
    if (PERSON_PRONOUNS.has(tokens.normal[k]) || tokens.value[k] === ',' || startsUpper(tokens.value[k]) && !isMonthOrDay(tokens.normal[k])) return false;
  }
  return false;
}

/**
 * "X said on Tuesday it would cut 1,200 jobs", "X said it had no comment": the subject goes on
 * about itself as "it", which no person does. Only with a verb an organisation does, so that
 * the empty "it" of "Berg said it would take years" proves nothing. (The caller rules out
 * names that are a person's elsewhere in the article: "it" may also be a thing named before.)
 */
export function speaksOfItselfAsIt(tokens: DocumentWork['tokens'], verb: number): boolean {
  if (!SAYING_VERBS.has(tokens.normal[verb] ?? '')) return false;
  const sentence = tokens.sentence[verb];
  const within = (k: number) => k < tokens.count && tokens.sentence[k] === sentence;
  let k = verb + 1;
  while (within(k) && k <= verb + 6 && (SAYING_FILLERS.has(tokens.normal[k]) || isMonthOrDay(tokens.normal[k]) || /^\d{1,2}$/.test(tokens.value[k]))) k++;
  if (!within(k) || tokens.normal[k] !== 'it') return false;
  k++;
  const auxiliaryEnd = k + 4;
  while (within(k) && k < auxiliaryEnd && IT_AUXILIARIES.has(tokens.normal[k])) k++;
  if (!within(k)) return false;
  // "it had no comment", "it has no plans to".
  if (tokens.normal[k] === 'no' && (tokens.normal[k + 1] === 'comment' || tokens.normal[k + 1] === 'plans')) return true;
  return tokens.pos[k] === 'VERB' && FIRM_ACTIONS.has(tokens.lemma[k]);
}
