/**
 * Stage 4: entity mentions. The statistical tagger (nerTagger) finds the names and their
 * coarse types (person, organisation, location, other); this stage makes each document agree
 * with itself (a name tagged once is the same name where the tagger missed it, with the type
 * most of its mentions got), refines the types with the gazetteer and head words (GPE, NORP,
 * EVENT, FAC, PRODUCT), adds product codes the tagger leaves out, and links an acronym to the
 * name it abbreviates.
 */
import { entityKey, lookupPlace } from './gazetteer';
import type { DocumentWork, EntityMention } from './model';
import { COMMON_ACRONYMS, EVENT_WORDS, FAC_WORDS, LOC_WORDS, ORG_WORDS, PERSON_TITLES } from './nameLexicon';
import { tagSentence, type NerSpan } from './nerTagger';
import type { EntityType } from './report';

const PRODUCT_CODE = /^[A-Z]{1,4}-?\d{1,5}[A-Za-z]{0,3}$/;
/** Punctuation and possessives that may end a tagged span but are not part of the name. */
const TRAILING = /^(['’]s?|[.,;:!?"“”)(\]\[-])$/;

interface Span {
  first: number;
  last: number;
  type: NerSpan['type'];
}

export function findEntities(work: DocumentWork): EntityMention[] {
  const { tokens, text } = work;
  const skip = (t: number) => work.boilerplateToken[t];
  const spans: Span[] = [];
  for (const sent of work.sentences) {
    if (skip(sent.firstToken) && skip(sent.lastToken)) continue;
    spans.push(...tagSentence(tokens, sent.firstToken, sent.lastToken, skip));
  }
  const cleaned = joinOrganisations(work, splitAtTitles(work, spans)).map(trim).filter((s): s is Span => s !== null);
  const consistent = agreeWithinDocument(work, cleaned);
  const mentions: EntityMention[] = [];
  const covered = new Uint8Array(tokens.count);
  for (const s of consistent) {
    covered.fill(1, s.first, s.last + 1);
    const start = tokens.start[s.first];
    const end = tokens.end[s.last];
    const surface = text.slice(start, end);
    const type = refineType(work, s, surface);
    if (type) mentions.push({ start, end, text: surface, type, sentence: tokens.sentence[s.first], key: entityKey(surface) });
  }
  addProductCodes(work, covered, mentions);
  mentions.sort((a, b) => a.start - b.start);
  addAcronymExpansions(work, mentions);
  return mentions;

  /** Titles, possessives and punctuation off the edges: "CEO Jane Doe's" -> "Jane Doe". */
  function trim(s: Span): Span | null {
    let { first, last } = s;
    while (first < last && (PERSON_TITLES.has(tokens.normal[first]) && s.type === 'PER' || TRAILING.test(tokens.value[first]) || tokens.normal[first] === 'the')) first++;
    while (last > first && TRAILING.test(tokens.value[last])) last--;
    if (TRAILING.test(tokens.value[first]) || !/[A-Za-z\u00c0-\uffff]/.test(tokens.value[first])) return null;
    if (first === last && COMMON_ACRONYMS.has(tokens.normal[first])) return null;
    return { first, last, type: s.type };
  }
}

/**
 * Titles are not part of names: "Acme CEO Jane Doe" is the organisation Acme and the person
 * Jane Doe; the name right after a title is a person's, the one right before it an employer's.
 */
function splitAtTitles(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens } = work;
  const out: Span[] = [];
  for (const s of spans) {
    let from = s.first;
    for (let t = s.first; t <= s.last; t++) {
      if (!PERSON_TITLES.has(tokens.normal[t]) || !/^[A-Z]/.test(tokens.value[t]) && !/^[a-z]+$/.test(tokens.value[t])) continue;
      if (from < t) out.push({ first: from, last: t - 1, type: s.type === 'PER' ? 'ORG' : s.type });
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
    if (prev && prev.last < s.first && s.first - prev.last <= 3 && tokens.sentence[prev.last] === tokens.sentence[s.first] &&
        ORG_WORDS.has(tokens.normal[prev.last])) {
      const between = tokens.normal.slice(prev.last + 1, s.first);
      if (between.length > 0 && between.every((w) => w === 'of' || w === 'for' || w === 'the' || w === 'and' || w === '&')) {
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
 * One document, one reading of a name: every mention of a surface string takes the type most
 * of its tagged mentions got, and capitalised occurrences the tagger missed are added.
 */
function agreeWithinDocument(work: DocumentWork, spans: Span[]): Span[] {
  const { tokens, text } = work;
  const votes = new Map<string, Map<Span['type'], number>>();
  const surfaceOf = (s: { first: number; last: number }) => text.slice(tokens.start[s.first], tokens.end[s.last]);
  for (const s of spans) {
    const key = surfaceOf(s);
    const v = votes.get(key) ?? new Map();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(key, v);
  }
  const majority = new Map<string, Span['type']>();
  for (const [key, v] of votes) majority.set(key, [...v.entries()].sort((a, b) => b[1] - a[1])[0][0]);

  const covered = new Uint8Array(tokens.count);
  for (const s of spans) covered.fill(1, s.first, s.last + 1);
  const out = spans.map((s) => ({ ...s, type: majority.get(surfaceOf(s)) ?? s.type }));
  // Single-token names seen tagged elsewhere: "Acme" in a headline the tagger read as a word.
  const singles = new Map<string, Span['type']>();
  for (const [key, type] of majority) if (!/\s/.test(key) && /^[A-Z]/.test(key) && key.length > 2) singles.set(key, type);
  if (singles.size) {
    for (let t = 0; t < tokens.count; t++) {
      if (covered[t] || work.boilerplateToken[t]) continue;
      const type = singles.get(tokens.value[t]);
      if (type) out.push({ first: t, last: t, type });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/** The report's types from the tagger's: places by the gazetteer, other names by their head word. */
function refineType(work: DocumentWork, s: Span, surface: string): EntityType | null {
  const words = work.tokens.normal.slice(s.first, s.last + 1);
  const head = words[words.length - 1];
  const place = lookupPlace(surface);
  if (place) return place.type;
  if (s.first === s.last && PRODUCT_CODE.test(surface) && /\d/.test(surface)) return 'PRODUCT';
  switch (s.type) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      // Countries and capitals are GPE by the gazetteer above; other places stay LOC.
      return FAC_WORDS.has(head) ? 'FAC' : 'LOC';
    default:
      if (EVENT_WORDS.has(head)) return 'EVENT';
      if (ORG_WORDS.has(head)) return 'ORG';
      if (words.some((w) => /\d/.test(w)) && words.length <= 3) return 'PRODUCT';
      return 'MISC';
  }
}

/** Model codes ("A320", "X200") the tagger leaves untagged are products. */
function addProductCodes(work: DocumentWork, covered: Uint8Array, mentions: EntityMention[]): void {
  const { tokens } = work;
  for (let t = 0; t < tokens.count; t++) {
    const v = tokens.value[t];
    if (covered[t] || work.boilerplateToken[t] || !PRODUCT_CODE.test(v) || !/\d/.test(v) || !/^[A-Z]/.test(v)) continue;
    mentions.push({ start: tokens.start[t], end: tokens.end[t], text: v, type: 'PRODUCT', sentence: tokens.sentence[t], key: entityKey(v) });
  }
}

/** "World Health Organization (WHO)": the acronym becomes a mention of the same thing. */
function addAcronymExpansions(work: DocumentWork, mentions: EntityMention[]): void {
  const { text } = work;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const full = mentions[i];
    const short = mentions[i + 1];
    const between = text.slice(full.end, short.start);
    const letters = short.text.replace(/\./g, '');
    if (!/^\s*\($/.test(between) || !/^[A-Z][A-Z&]{1,9}$/.test(letters) || text[short.end] !== ')') continue;
    const initials = full.text.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    if (initials.length >= 2 && initials.toUpperCase().startsWith(letters.slice(0, 2))) {
      short.type = full.type === 'MISC' ? 'ORG' : full.type;
      short.key = full.key;
    }
  }
}
