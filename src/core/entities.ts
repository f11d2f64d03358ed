/**
 * Stage 4: entity mentions. wink-nlp's English model tags parts of speech but not people or
 * organisations, so names are read from runs of capitalised proper-noun tokens (with the
 * connectors that organisation names contain) and typed by context: titles before a person,
 * organisation and event keywords, the place gazetteer, product-code shapes. Mentions whose
 * type stays unknown are MISC here; the corpus stage types them from their other mentions.
 */
import { entityKey, lookupPlace } from './gazetteer';
import type { DocumentWork, EntityMention } from './model';
import type { EntityType } from './report';

/** Words that introduce a person: "CEO Jane Doe", "Vice Premier ...", "Mr ...". */
const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president',
  'ex-president', 'vice', 'premier', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'governor', 'gov', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'justice', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'sergeant', 'officer',
  'ceo', 'cfo', 'cto', 'coo', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'executive', 'analyst', 'coach', 'manager',
  'ambassador', 'envoy', 'detective', 'inspector', 'sheriff', 'deputy', 'commissioner', 'leader',
  'head', 'boss', 'economist', 'professor', 'rev', 'father', 'bishop', 'cardinal', 'dean', 'actor',
  'actress', 'singer', 'star', 'player', 'striker', 'author', 'reporter', 'correspondent', 'former',
  'late', 'then-president', 'prime', 'attorney', 'speaker',
]);

const ORG_WORDS = new Set([
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'group', 'holdings',
  'company', 'companies', 'association', 'council', 'ministry', 'department', 'agency', 'bureau',
  'university', 'college', 'school', 'institute', 'bank', 'commission', 'committee', 'party',
  'organisation', 'organization', 'federation', 'union', 'authority', 'court', 'parliament',
  'congress', 'senate', 'assembly', 'administration', 'office', 'foundation', 'fund', 'trust',
  'society', 'board', 'service', 'services', 'police', 'army', 'navy', 'force', 'forces', 'club',
  'team', 'airlines', 'airways', 'motors', 'technologies', 'technology', 'systems', 'labs',
  'laboratories', 'pharmaceuticals', 'press', 'times', 'post', 'news', 'network', 'media',
  'reuters', 'exchange', 'reserve', 'government', 'cabinet', 'alliance', 'coalition', 'league',
  'nations', 'hospital', 'church', 'centre', 'center', 'museum',
]);

const EVENT_WORDS = new Set([
  'expo', 'summit', 'conference', 'forum', 'olympics', 'games', 'war', 'election', 'elections',
  'cup', 'festival', 'championship', 'championships', 'fair', 'show', 'week', 'congress', 'tournament',
  'open', 'prix', 'marathon', 'revolution', 'crisis', 'earthquake', 'hurricane', 'storm', 'attack',
  'attacks', 'massacre', 'awards', 'oscars', 'convention', 'symposium', 'meeting', 'talks',
]);

const FAC_WORDS = new Set([
  'airport', 'bridge', 'stadium', 'tower', 'building', 'hall', 'palace', 'house', 'station',
  'street', 'road', 'avenue', 'square', 'park', 'prison', 'base', 'port', 'highway', 'dam', 'plant',
]);

const LOC_WORDS = new Set([
  'river', 'mountain', 'mountains', 'lake', 'sea', 'ocean', 'valley', 'island', 'islands', 'bay',
  'gulf', 'desert', 'coast', 'peninsula', 'strait', 'region', 'province', 'county', 'state', 'city',
]);

/** Connectors allowed inside a multi-word name when a capitalised word follows. */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'du', 'la', 'von', 'van', 'der', 'on']);

/** Capitalised words that open sentences or headings but are not names. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'this', 'that', 'these', 'those', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'but', 'and', 'or', 'if', 'when',
  'while', 'as', 'after', 'before', 'since', 'despite', 'however', 'meanwhile', 'also', 'what',
  'why', 'how', 'who', 'where', 'which', 'there', 'here', 'today', 'yesterday', 'tomorrow', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr',
  'mrs', 'ms', 'dr', 'said', 'says', 'not', 'no', 'yes', 'one', 'some', 'all', 'many', 'more',
  'most', 'other', 'such', 'during', 'amid', 'with', 'from', 'to', 'by', 'about', 'into', 'over',
  'under', 'between', 'through', 'like', 'according', 'let', 'let\'s', 'imagine', 'think', 'only',
  'so', 'then', 'now', 'still', 'even', 'just', 'once', 'each', 'every', 'both', 'either', 'neither',
  'ceo', 'cfo', 'cto', 'chief', 'president', 'former', 'vice', 'premier', 'minister', 'founder',
  'ex-president', 'interestingly', 'additionally', 'furthermore', 'moreover', 'nonetheless',
]);

/** Acronyms that are common nouns in news, not names of anything. */
const COMMON_ACRONYMS = new Set([
  'ai', 'ceo', 'cfo', 'cto', 'coo', 'gpu', 'gpus', 'cpu', 'cpus', 'gdp', 'ipo', 'tv', 'pc', 'pcs', 'usb',
  'dna', 'hiv', 'aids', 'covid', 'ok', 'am', 'pm', 'faq', 'pdf', 'url', 'id', 'it', 'vr', 'ar', 'ev', 'evs',
  'api', 'apis', 'llm', 'llms', 'r&d', 'esg', 'vip', 'diy', 'ps', 'tba', 'eta', 'asap', 'etc',
]);

const PRODUCT_CODE = /^[A-Z]{1,4}-?\d{1,5}[A-Za-z]{0,3}$/;

function isCapitalised(v: string): boolean {
  const c = v.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && v[0] !== v[0].toLowerCase());
}

function isAcronym(v: string): boolean {
  return /^[A-Z][A-Z.&]{1,9}$/.test(v) || /^([A-Z]\.){2,}$/.test(v);
}

export function findEntities(work: DocumentWork): EntityMention[] {
  const { tokens, text, sentences } = work;
  const mentions: EntityMention[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    const titleCase = isTitleCaseLine(work, sent.firstToken, sent.lastToken);
    let t = sent.firstToken;
    while (t <= sent.lastToken) {
      if (!startsName(t, t === sent.firstToken, titleCase)) {
        t++;
        continue;
      }
      let last = t;
      let k = t + 1;
      while (k <= sent.lastToken) {
        if (tokens.start[k] !== tokens.end[k - 1] + (text[tokens.end[k - 1]] === ' ' ? 1 : 0)) break; // a line break or two spaces ends a name
        if (continuesName(k, titleCase)) {
          last = k;
          k++;
          continue;
        }
        // "Council for the Promotion of ...": connectors bridge to a following capitalised word.
        let j = k;
        while (j <= sent.lastToken && CONNECTORS.has(tokens.normal[j]) && j - k < 2) j++;
        if (j > k && j <= sent.lastToken && continuesName(j, titleCase) && !titleCase && tokens.normal[k] !== 'and') {
          last = j;
          k = j + 1;
          continue;
        }
        break;
      }
      emit(t, last, s);
      t = last + 1;
    }
  }
  addAcronymExpansions(work, mentions);
  return mentions;

  function startsName(t: number, sentenceStart: boolean, titleCase: boolean): boolean {
    const v = tokens.value[t];
    if (work.boilerplateToken[t] || !isCapitalised(v)) return false;
    if (NOT_NAMES.has(tokens.normal[t]) || COMMON_ACRONYMS.has(tokens.normal[t])) return false;
    if (PRODUCT_CODE.test(v) && /\d/.test(v)) return true;
    const pos = tokens.pos[t];
    if (pos === 'PROPN') return true;
    if (isAcronym(v) && pos !== 'PRON') return true;
    // A capitalised common word mid-sentence in running text is usually a name wink mis-tagged.
    if (!sentenceStart && !titleCase && (pos === 'NOUN' || pos === 'ADJ' || pos === 'X' || pos === 'VERB')) {
      return lookupPlace(v) !== null || isMixedCase(v);
    }
    return lookupPlace(v) !== null && !sentenceStart;
  }

  function continuesName(k: number, titleCase: boolean): boolean {
    const v = tokens.value[k];
    if (work.boilerplateToken[k] || !isCapitalised(v)) return false;
    if (NOT_NAMES.has(tokens.normal[k]) && !ORG_WORDS.has(tokens.normal[k])) return false;
    if (COMMON_ACRONYMS.has(tokens.normal[k])) return false;
    const pos = tokens.pos[k];
    if (pos === 'PROPN' || isAcronym(v) || (PRODUCT_CODE.test(v) && /\d/.test(v))) return true;
    if (titleCase) return false;
    return pos === 'NOUN' || pos === 'ADJ' || pos === 'X' || (ORG_WORDS.has(tokens.normal[k]));
  }

  function emit(first: number, last: number, sentence: number): void {
    // Strip titles off the front ("CEO Jane Doe" -> "Jane Doe") and remember them as a cue.
    let titled = first > 0 && PERSON_TITLES.has(tokens.normal[first - 1]);
    while (first < last && PERSON_TITLES.has(tokens.normal[first])) {
      titled = true;
      first++;
    }
    while (last > first && CONNECTORS.has(tokens.normal[last])) last--;
    // A possessive or trailing punctuation is not part of the name.
    while (last > first && /^(['’]s?|[.,;:!?"“”)(])$/.test(tokens.value[last])) last--;
    const start = tokens.start[first];
    let end = tokens.end[last];
    const surface = text.slice(start, end).replace(/[’']s$/, '');
    end = start + surface.length;
    if (surface.length < 2 || /^[^A-Za-z\u00c0-\uffff]+$/.test(surface)) return;
    const type = typeOf(first, last, surface, titled);
    mentions.push({ start, end, text: surface, type, sentence, key: entityKey(surface) });
  }

  function typeOf(first: number, last: number, surface: string, titled: boolean): EntityType {
    const words = tokens.normal.slice(first, last + 1);
    const place = lookupPlace(surface);
    if (place) return place.type;
    if (words.length === 1 && PRODUCT_CODE.test(surface) && /\d/.test(surface)) return 'PRODUCT';
    if (words.some((w) => PRODUCT_CODE.test(w.toUpperCase()) && /\d/.test(w)) && words.length <= 3) return 'PRODUCT';
    const head = words[words.length - 1];
    if (ORG_WORDS.has(head) || words.some((w) => w === 'of' || w === 'for') && words.some((w) => ORG_WORDS.has(w))) return 'ORG';
    if (EVENT_WORDS.has(head)) return 'EVENT';
    if (FAC_WORDS.has(head)) return 'FAC';
    if (LOC_WORDS.has(head) && words.length > 1) return 'LOC';
    if (titled && words.length <= 4) return 'PERSON';
    const next = last + 1 < tokens.count ? tokens.normal[last + 1] : '';
    if (/^(said|says|told|added|explained|noted|stressed|argued|according)$/.test(next) && words.length >= 2) return 'PERSON';
    if (words.length >= 2 && words.length <= 3 && words.every((w, i) => /^[a-z][a-z'’-]+$/.test(w) && isCapitalised(tokens.value[first + i]) && !isAcronym(tokens.value[first + i]))) return 'PERSON';
    if (isAcronym(surface)) return 'ORG';
    return 'MISC';
  }
}

function isMixedCase(v: string): boolean {
  return /^[A-Z][a-z]+[A-Z]/.test(v);
}

/** A heading in Title Case: capitals say nothing about names there, so only PROPN counts. */
function isTitleCaseLine(work: DocumentWork, first: number, last: number): boolean {
  let words = 0;
  let caps = 0;
  for (let t = first; t <= last; t++) {
    const v = work.tokens.value[t];
    if (!/^[A-Za-z]/.test(v) || v.length < 4) continue;
    words++;
    if (isCapitalised(v)) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}

/** "World Health Organization (WHO)": the acronym becomes a mention of the same thing. */
function addAcronymExpansions(work: DocumentWork, mentions: EntityMention[]): void {
  const { text } = work;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const full = mentions[i];
    const short = mentions[i + 1];
    const between = text.slice(full.end, short.start);
    if (!/^\s*\($/.test(between) || !isAcronym(short.text.replace(/\./g, '')) || text[short.end] !== ')') continue;
    const initials = full.text.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    if (initials.length >= 2 && initials.toUpperCase().startsWith(short.text.replace(/\./g, '').slice(0, 2))) {
      short.type = full.type === 'MISC' ? 'ORG' : full.type;
      short.key = full.key;
    }
  }
}
