/**
 * Stage 5a: event mentions. A trigger is a word of the event vocabulary, verb or noun
 * ("visited", "visit", "meeting", "killed", "death"), any other content verb, a noun or
 * participle made from a verb ("shooting", "foiled"), or a named event ("the Winter
 * Olympics"). Its participants are the entities of its sentence, its time the date figure of
 * its sentence. Which mentions make an
 * event of the story is decided across the corpus (clusterEvents).
 */
import type { DocumentWork, EventMention } from './model';
import { isAttribution, SAY_LEMMAS } from './claims';
import { nameIndex, rolesOf } from './eventRoles';
import { tokenAt } from './tokenAt';
import { attemptedKey, eventKeyOf, LIGHT_VERBS, PHRASAL_VERBS, senseOfFire, verbStemsOf, VERB_ONLY, vocabularyStem } from './eventVocabulary';

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

  const names = nameIndex(work, (offset) => tokenAt(work, offset));
  // The head word of an organisation's or event's name ("Labour Party", "Lindby Summit") is the
  // name's, not a trigger of its own. Other names keep theirs: headlines in Title Case make
  // names of whole phrases.
  const inName = new Uint8Array(tokens.count);
  for (const [last, i] of names.endingAt) {
    const type = entities[i].type;
    if ((type === 'ORG' || type === 'EVENT') && last >= 0 && tokens.pos[last] !== 'VERB') inName[last] = 1;
  }
  const out: EventMention[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    // Participants are the names of the sentence; "he" and "the driver" join at the corpus stage,
    // once resolved (resolveReferences).
    const participants = bySentence.get(s) ?? [];
    // "Inspector Holt said the man fell": the speaker is the source, not a participant of the fall.
    const speakers = participants.filter((i) => isAttribution(work, entities[i]));
    const actors = speakers.length ? participants.filter((i) => !speakers.includes(i)) : participants;
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
    for (const i of participants) {
      const e = entities[i];
      // Named events the corpus finds elsewhere are added by the corpus stage (clusterEvents).
      if (e.type === 'EVENT' && !work.boilerplateToken[tokenAt(work, e.start)]) {
        out.push({ ...mention(e.start, e.end, e.key.toLowerCase(), true), entity: i });
      }
    }
    for (let t = sent.firstToken; t <= sent.lastToken; t++) {
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
