/**
 * Stage 5a: event mentions. A trigger is a word of the event vocabulary, verb or noun
 * ("visited", "visit", "meeting", "killed", "death"), any other content verb, a noun or
 * participle made from a verb ("shooting", "foiled"), or a named event ("the Winter
 * Olympics"). Its participants are the entities of its sentence (a pronoun subject resolves
 * to the last person named), its time the date figure of its sentence. Which mentions make an
 * event of the story is decided across the corpus (clusterEvents).
 */
import type { DocumentWork, EventMention } from './model';
import { isAttribution, SAY_LEMMAS } from './claims';
import { nameIndex, rolesOf } from './eventRoles';
import { tokenAt } from './tokenAt';

/**
 * The event vocabulary: words that name a happening news reports, in sets of words that name
 * the same happening ("killed", "died", "death"). The first word of a set is its key, the
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
const PHRASAL_VERBS = new Map([
  ['open fire', 'shoot'], ['gun down', 'shoot'], ['mow down', 'hit'], ['run over', 'hit'], ['step down', 'resign'],
  ['pass away', 'kill'], ['blow up', 'bomb'], ['set fire', 'blaze'], ['lock up', 'arrest'],
  ['break out', 'escape'], ['shut down', 'close'], ['call off', 'cancel'], ['sign up', 'sign'],
  ['run off', 'escape'], ['run away', 'escape'], ['drive off', 'escape'], ['speed off', 'escape'], ['let go', 'dismiss'],
]);

/** Words near "fire" that make it a shooting ("fired shots", "fired at"). */
const GUNFIRE_WORDS = new Set(['shot', 'shots', 'round', 'rounds', 'gun', 'guns', 'weapon', 'bullet', 'bullets', 'gunshots', 'volley']);
/** "fired at the crowd", "fired into the air": these right after "fired" make it gunfire. */
const GUNFIRE_PREPOSITIONS = new Set(['at', 'into', 'upon']);

/**
 * "fire" is a shooting ("fired shots at", "fired into the crowd", "opened fire"), a blaze
 * ("the fire spread") or, said of people, a dismissal ("was fired", "fired the coach").
 */
function senseOfFire(work: DocumentWork, t: number, last: number): string {
  const { normal, pos } = work.tokens;
  if (GUNFIRE_PREPOSITIONS.has(normal[t + 1] ?? '')) return 'shoot';
  for (let k = t + 1; k <= Math.min(t + 3, last); k++) if (GUNFIRE_WORDS.has(normal[k])) return 'shoot';
  return pos[t] === 'NOUN' && normal[t] !== 'firing' ? 'blaze' : 'dismiss';
}

/**
 * "an attempt to hijack", "the hijack attempt", "attempted robbery": an attempt is a mention of
 * the happening attempted. Its key, when a word of the vocabulary is next to it.
 */
function attemptedKey(work: DocumentWork, t: number, last: number): string | null {
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
const VERB_ONLY = new Set(['ship', 'ships', 'bar', 'bars', 'block', 'blocks', 'sign', 'signs', 'address', 'beat', 'beats']);

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
const LIGHT_VERBS = new Set([
  'be', 'have', 'do', 'make', 'get', 'go', 'take', 'come', 'see', 'know', 'think',
  'become', 'seem', 'give', 'use', 'want', 'need', 'include', 'remain', 'continue', 'keep',
  'let', 'find', 'show', 'add', 'note', 'according', 'can', 'could', 'may', 'might', 'will',
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

export function findEventMentions(work: DocumentWork): EventMention[] {
  const { tokens, text, entities, figures, sentences } = work;
  const bySentence = new Map<number, number[]>();
  entities.forEach((e, i) => {
    const list = bySentence.get(e.sentence);
    if (list) list.push(i);
    else bySentence.set(e.sentence, [i]);
  });
  const dateOf = new Map<number, number>();
  figures.forEach((f, i) => {
    if (f.kind === 'date' && f.value !== null && !dateOf.has(f.sentence)) dateOf.set(f.sentence, i);
  });

  const inName = new Uint8Array(tokens.count);
  for (const e of entities) {
    if (e.type !== 'ORG' && e.type !== 'EVENT') continue;
    const last = tokenAt(work, e.end - 1);
    if (last >= 0 && tokens.pos[last] !== 'VERB') inName[last] = 1;
  }
  const names = nameIndex(work, (offset) => tokenAt(work, offset));
  const out: EventMention[] = [];
  let lastPerson = -1;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    const named = bySentence.get(s) ?? [];
    const persons = named.filter((i) => entities[i].type === 'PERSON');
    let participants = named;
    // "He met ...": a pronoun subject stands for the last person the article named.
    if (persons.length === 0 && lastPerson >= 0 && hasPersonPronoun(work, sent.firstToken, sent.lastToken)) {
      participants = [lastPerson, ...named];
    }
    if (persons.length > 0) lastPerson = persons[0];
    // "Inspector Holt said the man fell": the speaker is the source, not a participant of the fall.
    const actors = participants.some((i) => isAttribution(work, entities[i])) ? participants.filter((i) => !isAttribution(work, entities[i])) : participants;
    const time = dateOf.get(s) ?? -1;
    const mention = (start: number, end: number, lemma: string, vocabulary: boolean): EventMention =>
      ({ start, end, text: text.slice(start, end), sentence: s, participants: SAY_LEMMAS.has(lemma) ? participants : actors, time, lemma, vocabulary });
    /** A trigger word's mention, with the roles the names next to it play. */
    const triggerAt = (t: number, lemma: string, vocabulary: boolean): EventMention => {
      const m = mention(tokens.start[t], tokens.end[t], lemma, vocabulary);
      const roles = rolesOf(work, t, sent.firstToken, sent.lastToken, names);
      if (roles.agent !== undefined) m.agent = roles.agent;
      if (roles.patient !== undefined) m.patient = roles.patient;
      if (roles.passive) m.passive = true;
      if (roles.prep) m.prep = roles.prep;
      if (tokens.pos[t] !== 'VERB') m.noun = true;
      else if (tokens.lemma[t] !== lemma && /^[a-z]+$/.test(tokens.lemma[t])) m.verb = tokens.lemma[t];
      return m;
    };
    for (const i of named) {
      const e = entities[i];
      // Named events the corpus finds elsewhere are added by the corpus stage (clusterEvents).
      if (e.type === 'EVENT' && !work.boilerplateToken[tokenAt(work, e.start)]) {
        out.push({ ...mention(e.start, e.end, e.key.toLowerCase(), true), entity: i });
      }
    }
    for (let t = sent.firstToken; t <= sent.lastToken; t++) {
      // The head word of an organisation's or event's name ("Labour Party", "Lindby Summit") is
      // the name's, not a trigger of its own.
      // Other names keep theirs: headlines in Title Case make names of whole phrases.
      if (work.boilerplateToken[t] || inName[t]) continue;
      const pos = tokens.pos[t];
      if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN') continue;
      const lemma = tokens.lemma[t];
      const normal = tokens.normal[t];
      const phrasal = pos === 'VERB' && t < sent.lastToken ? PHRASAL_VERBS.get(`${lemma} ${tokens.normal[t + 1]}`) : undefined;
      let key = phrasal ?? eventKeyOf(lemma) ?? eventKeyOf(normal) ?? (pos === 'PROPN' ? vocabularyStem(normal) : null);
      if (!phrasal && (lemma === 'fire' || normal === 'firing')) key = senseOfFire(work, t, sent.lastToken);
      // "hit-and-run": the run is the driver's escape.
      else if (normal === 'run' && tokens.normal[t - 2] === 'and' && tokens.normal[t - 4] === 'hit') key = 'escape';
      else if (key === 'attempt') key = attemptedKey(work, t, sent.lastToken) ?? key;
      // "the ship", "a few blocks away", "a sign": these nouns are things, only their verbs happen.
      if (key && pos !== 'VERB' && VERB_ONLY.has(normal)) continue;
      if (key) {
        out.push(triggerAt(t, key, true));
        continue;
      }
      // Headlines in Title Case tag every word a proper noun: only vocabulary words count there.
      if (pos === 'PROPN') continue;
      if (pos === 'VERB') {
        if (!LIGHT_VERBS.has(lemma) && /^[a-z-]+$/.test(lemma)) out.push(triggerAt(t, lemma, false));
        continue;
      }
      // "the shooting", "the foiled attempt": a word made from a verb is a trigger when it comes
      // from a verb of the vocabulary here, or (decided across the corpus) from a verb trigger.
      // A noun may also be the verb itself ("the fall" where another article says "fell").
      const vocab = vocabularyStem(normal);
      if (vocab) {
        out.push(triggerAt(t, vocab, true));
        continue;
      }
      const derived = verbStemsOf(normal);
      const stems = pos === 'NOUN' && /^[a-z]+$/.test(lemma) ? [lemma, ...derived] : derived;
      if (stems.length) out.push({ ...triggerAt(t, normal, false), stems });
    }
  }
  return out;
}

/** The vocabulary key of the verb a participle or "-ing" noun comes from ("foiled" -> foil). */
function vocabularyStem(word: string): string | null {
  for (const stem of verbStemsOf(word)) {
    const key = eventKeyOf(stem);
    if (key) return key;
  }
  return null;
}


function hasPersonPronoun(work: DocumentWork, first: number, last: number): boolean {
  for (let t = first; t <= last; t++) if (/^(he|she|his|her)$/.test(work.tokens.normal[t])) return true;
  return false;
}
