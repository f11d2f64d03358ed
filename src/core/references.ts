/**
 * Stage 5c: the words that refer to a named entity without naming it. "He" and "she" refer to
 * the person named last before them; a description ("the coach", "a 45-year-old driver")
 * refers to the person the articles give that role ("coach Ann Berg", "Ann Berg, the coach,",
 * "Berg was a driver"). This stage finds the pronouns, the descriptions and the roles of one
 * document; which entity a description means is decided across the corpus (resolveReferences),
 * since the role is often given in another article.
 */
import type { DocumentWork, EntityMention, ReferenceMention, RoleLink } from './model';
import { FORCE_WORDS, GROUP_NOUNS, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, VEHICLE_NOUNS } from './nameLexicon';
import { sentenceCases } from './sentenceCase';
import { tokenAt } from './tokenAt';

/** Words of organisations' names that are company-form suffixes, never a description ("the co"). */
const ORG_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'times', 'post', 'news', 'press']);
/** Organisations news names by their kind alone, without a determiner ("police said", "cops said"), and the kind. */
const BARE_ORG_NOUNS = new Map([['police', 'police'], ['cops', 'police']]);

/** "the navy", "the ministry": the head word of an organisation's name, as a description of it. */
export function isOrgDescription(head: string): boolean {
  return ORG_WORDS.has(head) && !ORG_SUFFIXES.has(head);
}

export const MALE = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/**
 * Descriptions that say only a person's sex ("a man", "the woman"): they refer to the one
 * person of that sex the article is about. Kinship words are left out: "his brother" is
 * somebody else.
 */
export const GENDER_NOUNS = new Map<string, 'm' | 'f'>([
  ['man', 'm'], ['boy', 'm'], ['gentleman', 'm'], ['woman', 'f'], ['girl', 'f'], ['lady', 'f'],
  ['actress', 'f'], ['spokeswoman', 'f'], ['chairwoman', 'f'],
]);

/** Roles of people who speak about a story rather than take part in it. */
export const OFFICIAL_ROLES = new Set([
  'inspector', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'police', 'sheriff', 'detective',
  'constable', 'sergeant', 'lieutenant', 'captain', 'chief', 'prosecutor', 'attorney', 'judge', 'reporter',
  'correspondent', 'commissioner', 'coroner', 'official', 'analyst', 'lawyer', 'deputy',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);
const COPULAS = new Set(['is', 'was', "'s", 'became', 'becomes', 'remains', 'remained']);
/** How far back a pronoun looks for the person it stands for. */
const PRONOUN_SENTENCES = 2;
const MAX_CANDIDATES = 3;

export function findReferences(work: DocumentWork): { references: ReferenceMention[]; roles: RoleLink[] } {
  const { tokens, entities, text } = work;
  // Each name's first and last token, found once.
  const bounds = entities.map((e) => [tokenAt(work, e.start), tokenAt(work, e.end - 1)] as const);
  const roles = findRoles(work, bounds);
  const people = entities.map((e, i) => ({ e, i })).filter((x) => x.e.type === 'PERSON');
  // Tokens inside a name are never references.
  const inName = new Uint8Array(tokens.count);
  for (const [first, last] of bounds) {
    if (first < 0 || last < 0) continue;
    for (let t = first; t <= last; t++) inName[t] = 1;
  }
  const localRoles = new Map<string, number[]>();
  for (const r of roles) localRoles.set(r.role, [...(localRoles.get(r.role) ?? []), r.entity]);
  const references: ReferenceMention[] = [];
  const cases = sentenceCases(work);
  const spanOf = (t: number) => ({ start: tokens.start[t], end: tokens.end[t], text: text.slice(tokens.start[t], tokens.end[t]), sentence: tokens.sentence[t] });
  let p = 0;
  for (let t = 0; t < tokens.count; t++) {
    while (p < people.length && people[p].e.end <= tokens.start[t]) p++;
    if (inName[t] || work.boilerplateToken[t]) continue;
    const normal = tokens.normal[t];
    // "Ann Berg, who coached the team": the relative pronoun right after a person's name is that person.
    if (normal === 'who' && tokens.value[t - 1] === ',' && p > 0 && bounds[people[p - 1].i][1] === t - 2) {
      references.push({ ...spanOf(t), kind: 'pronoun', target: people[p - 1].i, head: null, candidates: [people[p - 1].i] });
      continue;
    }
    if (MALE.has(normal) || FEMALE.has(normal)) {
      // The people named shortly before, nearest first; which one the corpus stage decides by their sex.
      const candidates: number[] = [];
      const keys = new Set<string>();
      for (let k = p - 1; k >= 0 && candidates.length < MAX_CANDIDATES; k--) {
        const { e, i } = people[k];
        if (tokens.sentence[t] - e.sentence > PRONOUN_SENTENCES) break;
        if (keys.has(e.key)) continue;
        keys.add(e.key);
        candidates.push(i);
      }
      // "Berg was asked by Judge Ash if he ...": the sentence's first person, its subject, before the nearest.
      if (candidates.length > 1) {
        const subject = candidates.findIndex((c, n) => n > 0 && entities[c].sentence === tokens.sentence[t] && !candidates.some((o) => o !== c && entities[o].sentence === tokens.sentence[t] && entities[o].start < entities[c].start));
        if (subject > 0) candidates.unshift(...candidates.splice(subject, 1));
      }
      if (candidates.length) references.push({ ...spanOf(t), kind: 'pronoun', target: candidates[0], head: null, candidates });
      else pushPronounOfDescription(references, spanOf(t), MALE.has(normal) ? 'm' : 'f');
      continue;
    }
    if (THEY.has(normal)) {
      pushPronounOfDescription(references, spanOf(t), 'many');
      continue;
    }
    // "police" is the force whatever the tagger calls it ("according to police", "Police said").
    if (BARE_ORG_NOUNS.has(normal) && !(t + 1 < tokens.count && inName[t + 1])) {
      references.push({ ...spanOf(t), kind: 'description', target: -1, head: BARE_ORG_NOUNS.get(normal)! });
      continue;
    }
    // Headlines drop their articles and capitalise every word: "Driver Charged", "WOMAN KILLED".
    // Elsewhere a description is a noun in lower case.
    const headline = cases[tokens.sentence[t]] !== 'normal';
    const prose = tokens.pos[t] === 'NOUN' && /^[a-z-]+$/.test(tokens.value[t]);
    if (!prose && !(headline && /^[A-Za-z-]+$/.test(tokens.value[t]))) continue;
    const head = headline ? singular(normal) : tokens.lemma[t];
    const org = isOrgDescription(normal);
    const group = GROUP_NOUNS.has(head) || VEHICLE_NOUNS.has(head);
    if (!org && !group && !PERSON_NOUNS.has(head) && !PERSON_TITLES.has(head) && !localRoles.has(head)) continue;
    // "the truck driver": a noun before another description is its modifier, not a participant.
    if (t + 1 < tokens.count && isDescriptionNoun(singular(tokens.normal[t + 1]))) continue;
    // "the coach Ann Berg": a title before the name is part of naming, not a reference.
    if (t + 1 < tokens.count && inName[t + 1]) continue;
    // "pirates" for the group: the plural, told by its lemma differing from the word ("men" too).
    const plural = !org && head !== normal && (normal.endsWith('s') || normal.endsWith('men') || normal === 'people' || normal === 'children');
    // "fired Ann Berg after a season as coach": a role after "as" is the person named before it in the sentence.
    if (!org && !plural && p > 0 && people[p - 1].e.sentence === tokens.sentence[t] && followsAs(work, t)) {
      references.push({ ...spanOf(t), kind: 'description', target: people[p - 1].i, head });
      continue;
    }
    if (!headline && !hasDeterminerBefore(work, t) && !BARE_ORG_NOUNS.has(normal) && !(plural && group)) continue;
    if (org) {
      // "the Lindbian navy": the nationality or country before a force's word says whose force.
      const owner = FORCE_WORDS.has(normal) ? entityEndingAt(work, bounds, t - 1) : null;
      references.push({ ...spanOf(t), kind: 'description', target: -1, head: normal, ...(owner ? { qualifier: owner } : {}) });
      continue;
    }
    // A plural is a group: it never stands for one named person.
    if (plural) {
      references.push({ ...spanOf(t), kind: 'description', target: -1, head, plural: true });
      continue;
    }
    const owners = localRoles.get(head);
    references.push({ ...spanOf(t), kind: 'description', target: owners ? nearestBefore(entities, owners, tokens.start[t]) : -1, head });
  }
  return { references: withRelativePronouns(work, references), roles };
}

const THEY = new Set(['they', 'them', 'their']);

/**
 * "The driver hit a cyclist. He fled.": a pronoun with no person named shortly before it stands
 * for a description that fits it (one person of its sex, or a group for "they"): the nearest
 * one before it in its own sentence, else the first of the sentence before, its subject.
 */
function pushPronounOfDescription(references: ReferenceMention[], span: { start: number; end: number; text: string; sentence: number }, fits: 'm' | 'f' | 'many'): void {
  let found: ReferenceMention | undefined;
  for (let i = references.length - 1; i >= 0; i--) {
    const d = references[i];
    if (span.sentence - d.sentence > 1 || (found && d.sentence !== found.sentence)) break;
    if (d.kind !== 'description' || !d.head || isOrgDescription(d.head)) continue;
    if (fits === 'many' ? !d.plural : d.plural || (GENDER_NOUNS.get(d.head) ?? fits) !== fits) continue;
    found = d;
    if (d.sentence === span.sentence) break;
  }
  if (found) references.push({ ...span, kind: 'pronoun', target: found.target, head: found.head, plural: found.plural, ...(found.qualifier ? { qualifier: found.qualifier } : {}) });
}

/** "a man who fled", "the pirates, who were armed": "who" after a description is what it describes. */
function withRelativePronouns(work: DocumentWork, references: ReferenceMention[]): ReferenceMention[] {
  const { tokens, text } = work;
  const out: ReferenceMention[] = [];
  for (const ref of references) {
    out.push(ref);
    if (ref.kind !== 'description' || !ref.head || isOrgDescription(ref.head)) continue;
    let t = tokenAt(work, ref.start) + 1;
    if (tokens.value[t] === ',') t++;
    if (t >= tokens.count || tokens.normal[t] !== 'who' || tokens.sentence[t] !== ref.sentence) continue;
    out.push({ ...ref, start: tokens.start[t], end: tokens.end[t], text: text.slice(tokens.start[t], tokens.end[t]) });
  }
  return out;
}

/** "the 45-year-old driver", "a veteran coach", "a Lindby man": a determiner within a few modifiers before the noun. */
function hasDeterminerBefore(work: DocumentWork, t: number): boolean {
  const { tokens } = work;
  for (let k = t - 1; k >= 0 && k >= t - 7; k--) {
    // A number counts people as a determiner does ("two men", "23 pirates"); "15-year-old" is an age.
    if (DETERMINERS.has(tokens.normal[k]) || (tokens.pos[k] === 'NUM' && tokens.value[k + 1] !== '-') || tokens.normal[k] === 'one') return true;
    const pos = tokens.pos[k];
    // "a Lindby man", "a British climber": a place or nationality may modify the noun too;
    // so may an adverb ("an allegedly drunk driver") and a hyphenated compound ("hit-and-run").
    if (tokens.value[k] === '-' || tokens.value[k - 1] === '-') continue;
    if (pos !== 'ADJ' && pos !== 'ADV' && pos !== 'NOUN' && pos !== 'NUM' && pos !== 'PROPN') return false;
  }
  return false;
}

/** The last mention before `offset` of the one person holding the role; -1 when several people hold it. */
function nearestBefore(entities: EntityMention[], owners: number[], offset: number): number {
  if (new Set(owners.map((o) => entities[o].key)).size > 1) return -1;
  let best = owners[0];
  for (const o of owners) if (entities[o].start < offset && entities[o].start > entities[best].start) best = o;
  return best;
}

/**
 * The roles a document gives its people: a title before the name ("coach Ann Berg"), an
 * apposition after it ("Ann Berg, 45, a retired driver,") or a copula ("Berg was a driver").
 */
function findRoles(work: DocumentWork, bounds: readonly (readonly [number, number])[]): RoleLink[] {
  const { tokens, entities } = work;
  const out: RoleLink[] = [];
  entities.forEach((e, i) => {
    if (e.type !== 'PERSON') return;
    const [first, last] = bounds[i];
    if (first < 0 || last < 0) return;
    const before = first - 1;
    if (before >= 0 && (tokens.pos[before] === 'NOUN' || PERSON_TITLES.has(tokens.normal[before])) && /^[a-z-]+$/i.test(tokens.value[before])) {
      out.push({ entity: i, role: tokens.lemma[before].toLowerCase() });
    }
    // "the suspect, Ann Berg,", "the suspect, 38-year-old Ann Berg", "identified the gunman as
    // Ann Berg": a description naming the person after it.
    const age = tokens.normal[before] === 'old' && tokens.normal[before - 2] === 'year' && tokens.pos[before - 4] === 'NUM' ? 5 : 0;
    const link = tokens.value[before - age] === ',' || tokens.normal[before - age] === 'as' ? before - age - 1 : -1;
    if (link >= 1 && tokens.pos[link] === 'NOUN' && /^[a-z-]+$/.test(tokens.value[link]) && hasDeterminerBefore(work, link)) {
      out.push({ entity: i, role: tokens.lemma[link] });
    }
    let t = last + 1;
    // Skip the possessive, then an age ("Ann Berg, 45,").
    if (tokens.normal[t] === "'s") t++;
    if (tokens.value[t] === ',') {
      t++;
      if (tokens.pos[t] === 'NUM' && tokens.value[t + 1] === ',') t += 2;
    } else if (COPULAS.has(tokens.normal[t])) {
      t++;
      // "Ann Berg was identified as the gunman", "is described as a driver".
      if (tokens.pos[t] === 'VERB' && tokens.normal[t + 1] === 'as') t += 2;
    } else return;
    if (!DETERMINERS.has(tokens.normal[t])) return;
    let role: string | null = null;
    for (let k = t + 1; k < tokens.count && k <= t + 6; k++) {
      const pos = tokens.pos[k];
      if (pos === 'NOUN' && /^[a-z-]+$/.test(tokens.value[k])) role = tokens.lemma[k];
      else if (pos !== 'ADJ' && pos !== 'NUM' && tokens.value[k] !== '-') break;
    }
    if (role) out.push({ entity: i, role });
  });
  return out;
}

/** The text of the nationality or place whose mention ends at token t, if one does. */
function entityEndingAt(work: DocumentWork, bounds: readonly (readonly [number, number])[], t: number): string | null {
  const i = bounds.findIndex(([, last]) => last === t);
  const e = i >= 0 ? work.entities[i] : undefined;
  return e && (e.type === 'NORP' || e.type === 'GPE') ? e.text : null;
}

function isDescriptionNoun(w: string): boolean {
  return PERSON_NOUNS.has(w) || GROUP_NOUNS.has(w) || VEHICLE_NOUNS.has(w) || PERSON_TITLES.has(w);
}

/** "as coach", "as head coach", "as its new host": the role a sentence gives somebody. */
function followsAs(work: DocumentWork, t: number): boolean {
  const { tokens } = work;
  for (let k = t - 1; k >= 0 && k >= t - 3; k--) {
    if (tokens.normal[k] === 'as') return true;
    if (tokens.pos[k] !== 'ADJ' && tokens.pos[k] !== 'NOUN' && tokens.pos[k] !== 'PRON' && tokens.pos[k] !== 'DET') return false;
  }
  return false;
}

/** The singular of a plain English plural, for headline words the tagger calls names ("Pirates"). */
function singular(w: string): string {
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  return w.endsWith('s') && !w.endsWith('ss') && w.length > 3 ? w.slice(0, -1) : w;
}
