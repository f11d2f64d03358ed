/**
 * The event vocabulary: the words that name a happening, in sets of words for the same one,
 * with the phrasal verbs, senses and derivations that lead a word to its set. Pure data and
 * lookups over it; the event stage (events.ts) reads text with them.
 */
import type { DocumentWork } from './model';

/**
 * Words that name a happening news reports, in sets of words that name the same happening ("killed", "died", "death"). The first word of a set is its key, the
 * blocking key of clustering and the word of an event's label. The sets are narrow on purpose:
 * "shot" and "killed" are two happenings of one story, "charged" and "convicted" two steps.
 */
const SYNONYM_SETS: string[][] = [
  ['visit', 'trip'], ['arrive', 'arrival'], ['meet', 'meeting', 'talk', 'talks', 'summit'], ['host'],
  ['speak', 'speech', 'address', 'keynote'],
  ['ban', 'prohibit', 'prohibition', 'bar', 'outlaw'], ['restrict', 'restriction', 'curb'], ['block'],
  ['sanction', 'embargo'], ['resume', 'resumption', 'restart', 'reopen'], ['lift'], ['impose', 'levy'], ['tariff'],
  ['investigate', 'investigation', 'probe', 'inquiry'],
  ['acquire', 'acquisition', 'buy', 'purchase', 'takeover'], ['merge', 'merger'],
  ['announce', 'announcement', 'unveil'], ['launch'], ['release'],
  ['attack', 'assault', 'ambush', 'piracy'], ['bomb', 'bombing', 'explosion', 'explode', 'blast'],
  ['shoot', 'shot', 'shooting', 'gunfire', 'gunshot'], ['stab', 'stabbing'],
  ['kill', 'killing', 'die', 'death', 'dead', 'murder', 'slay', 'slaying'],
  ['injure', 'injury', 'hurt', 'wound', 'wounding'],
  ['arrest', 'detain', 'detention', 'capture', 'apprehend', 'nab', 'custody'],
  ['charge', 'indict', 'indictment'], ['suspicion'], ['accuse', 'accusation', 'allege', 'allegation'],
  ['plead', 'plea'], ['appeal'], ['sue', 'lawsuit'], ['settle', 'settlement'], ['bail'], ['sentence'], ['convict', 'conviction'], ['trial'], ['verdict'],
  ['elect', 'election'], ['vote', 'ballot'], ['win', 'victory', 'defeat', 'beat', 'triumph'], ['lose', 'loss'],
  ['sell', 'sale'], ['ship', 'shipment'], ['export'], ['sign'], ['agree', 'agreement', 'deal'],
  ['resign', 'resignation', 'quit'], ['dismiss', 'dismissal', 'sack', 'terminate', 'termination', 'oust', 'ouster'],
  ['appoint', 'appointment', 'hire'], ['nominate', 'nomination', 'nominee'],
  ['earthquake', 'quake', 'tremor', 'temblor'], ['hit', 'strike'], ['crash', 'accident', 'collide', 'collision', 'wreck'],
  ['praise'], ['criticize', 'criticise', 'criticism'], ['warn', 'warning'], ['discuss', 'discussion'],
  ['rob', 'robbery', 'steal', 'theft', 'heist'], ['escape', 'flee'], ['rescue'], ['evacuate', 'evacuation'],
  ['ceremony', 'gala'], ['party', 'celebration'], ['award'], ['raid'], ['chase', 'pursuit'], ['attempt'],
  ['protest', 'demonstration', 'rally'], ['riot'], ['storm', 'hurricane', 'typhoon', 'cyclone'], ['flood', 'flooding'],
  ['blaze', 'wildfire', 'inferno'], ['outbreak', 'epidemic'], ['war'],
  ['hijack', 'hijacking', 'seize', 'seizure', 'commandeer'], ['kidnap', 'kidnapping', 'abduct', 'abduction'],
  ['sink'], ['collapse'], ['foil', 'thwart', 'repel'], ['drive', 'driving', 'dui', 'dwi'],
  ['perform', 'performance'],
];

/** Verbs with a particle or object that name a happening of the vocabulary ("opened fire"). */
export const PHRASAL_VERBS = new Map([
  ['open fire', 'shoot'], ['gun down', 'shoot'], ['mow down', 'hit'], ['run over', 'hit'], ['step down', 'resign'],
  ['pass away', 'kill'], ['blow up', 'bomb'], ['set fire', 'blaze'], ['lock up', 'arrest'],
  ['break out', 'escape'], ['shut down', 'close'], ['call off', 'cancel'], ['sign up', 'sign'],
  ['relieve of', 'dismiss'], ['part ways', 'dismiss'], ['run off', 'escape'], ['run away', 'escape'], ['drive off', 'escape'], ['speed off', 'escape'], ['let go', 'dismiss'],
]);

/** Words near "fire" that make it a shooting ("fired shots", "fired at"). */
const GUNFIRE_WORDS = new Set(['shot', 'shots', 'round', 'rounds', 'gun', 'guns', 'weapon', 'bullet', 'bullets', 'gunshots', 'volley']);
/** "fired at the crowd", "fired into the air": these right after "fired" make it gunfire. */
const GUNFIRE_PREPOSITIONS = new Set(['at', 'into', 'upon']);

/**
 * "fire" is a shooting ("fired shots at", "fired into the crowd", "opened fire"), a blaze
 * ("the fire spread") or, said of people, a dismissal ("was fired", "fired the coach").
 */
export function senseOfFire(work: DocumentWork, t: number, last: number): string {
  const { normal, pos } = work.tokens;
  if (GUNFIRE_PREPOSITIONS.has(normal[t + 1] ?? '')) return 'shoot';
  for (let k = t + 1; k <= Math.min(t + 3, last); k++) if (GUNFIRE_WORDS.has(normal[k])) return 'shoot';
  return pos[t] === 'NOUN' && normal[t] !== 'firing' ? 'blaze' : 'dismiss';
}

/**
 * "an attempt to hijack", "the hijack attempt", "attempted robbery": an attempt is a mention of
 * the happening attempted. Its key, when a word of the vocabulary is next to it.
 */
export function attemptedKey(work: DocumentWork, t: number, last: number): string | null {
  const { normal, lemma } = work.tokens;
  const near = [t + 1, t - 1, normal[t + 1] === 'to' ? t + 2 : -1, normal[t + 1] === 'to' ? t + 3 : -1];
  for (const k of near) {
    if (k < 0 || k > last) continue;
    const key = eventKeyOf(lemma[k]) ?? eventKeyOf(normal[k]) ?? vocabularyStem(normal[k]);
    if (key && key !== 'attempt') return key;
  }
  return null;
}

/** Words of the vocabulary that as nouns name things, not happenings: only their verbs are triggers. */
export const VERB_ONLY = new Set(['ship', 'ships', 'bar', 'bars', 'block', 'blocks', 'sign', 'signs', 'address', 'beat', 'beats']);

/** Vocabulary word -> the key of its set. */
const EVENT_KEY = new Map<string, string>();
for (const set of SYNONYM_SETS) for (const w of set) EVENT_KEY.set(w, set[0]);

/** Keys that read as a noun in a label ("Earthquake: Lindby"), not as a verb ("Acme acquires Globex"). */
export const NOUN_KEYS = new Set([
  'tariff', 'earthquake', 'ceremony', 'award', 'riot', 'storm', 'flood', 'blaze', 'outbreak', 'war', 'trial',
  'verdict', 'attempt',
]);

export function eventKeyOf(word: string): string | null {
  return EVENT_KEY.get(word) ?? null;
}

/** Verbs too general to be an event by themselves. */
export const LIGHT_VERBS = new Set([
  'be', 'have', 'do', 'make', 'get', 'go', 'take', 'come', 'see', 'know', 'think',
  'become', 'seem', 'give', 'use', 'want', 'need', 'include', 'remain', 'continue', 'keep',
  'let', 'find', 'show', 'add', 'note', 'according', 'accord', 'can', 'could', 'may', 'might', 'will',
  'would', 'shall', 'should', 'must', 'involve', 'mean', 'look', 'put', 'set', 'report',
]);

/**
 * A noun or participle made from a verb: the verbs it may come from ("stabbing" -> stab,
 * "foiled" -> foil). Only candidates: the corpus stage keeps the one some article uses as a
 * verb. Derivations such as "-ion" or "-al" are left out: "signal" is not a signing.
 */
export function verbStemsOf(word: string): string[] {
  const m = /^(.{2,}?)(ing|ed)$/.exec(word);
  if (!m) return [];
  const base = m[1];
  const out = [base, `${base}e`];
  if (/([bdgklmnprt])\1$/.test(base)) out.push(base.slice(0, -1));
  if (m[2] === 'ed' && base.endsWith('i')) out.push(`${base.slice(0, -1)}y`);
  return out;
}

/** The vocabulary key of the verb a participle or "-ing" noun comes from ("foiled" -> foil). */
export function vocabularyStem(word: string): string | null {
  for (const stem of verbStemsOf(word)) {
    const key = eventKeyOf(stem);
    if (key) return key;
  }
  return null;
}


