/**
 * Stage 5a: event mentions. A trigger is a news-event verb or noun ("visited", "visit",
 * "meeting", "imposed") or any other content verb with named participants; its participants
 * are the entities of its sentence (a pronoun subject resolves to the last person named), its
 * time the date figure of its sentence.
 */
import type { DocumentWork, EventMention } from './model';

/** Trigger lemma -> event class: synonyms share a class so that clustering can block on it. */
export const EVENT_CLASS: Record<string, string> = {
  visit: 'visit', trip: 'visit', travel: 'visit', arrive: 'visit', tour: 'visit', fly: 'visit',
  meet: 'meet', meeting: 'meet', talk: 'meet', talks: 'meet', host: 'host',
  speak: 'speak', speech: 'speak', address: 'speak', keynote: 'speak', remark: 'speak',
  ban: 'restrict', prohibit: 'restrict', bar: 'restrict', restrict: 'restrict', block: 'restrict',
  curb: 'restrict', sanction: 'restrict', restriction: 'restrict', embargo: 'restrict',
  resume: 'resume', restart: 'resume', resumption: 'resume', reopen: 'resume', lift: 'resume',
  impose: 'impose', levy: 'impose', tariff: 'impose',
  investigate: 'investigate', probe: 'investigate', investigation: 'investigate', inquiry: 'investigate',
  acquire: 'acquire', acquisition: 'acquire', buy: 'acquire', purchase: 'acquire', takeover: 'acquire',
  merge: 'acquire', merger: 'acquire',
  announce: 'announce', unveil: 'announce', launch: 'announce', release: 'announce',
  attack: 'attack', bomb: 'attack', bombing: 'attack', shoot: 'attack', shooting: 'attack',
  explosion: 'attack', kill: 'kill', die: 'kill', death: 'kill', murder: 'kill',
  arrest: 'arrest', detain: 'arrest', charge: 'arrest', sentence: 'arrest', convict: 'arrest',
  elect: 'elect', election: 'elect', vote: 'elect', win: 'win', defeat: 'win', beat: 'win',
  sell: 'sell', sale: 'sell', ship: 'sell', shipment: 'sell', export: 'sell',
  sign: 'agree', agree: 'agree', deal: 'agree', agreement: 'agree',
  resign: 'resign', quit: 'resign', fire: 'dismiss', dismiss: 'dismiss', sack: 'dismiss',
  appoint: 'appoint', hire: 'appoint', name: 'appoint', nominate: 'appoint',
  earthquake: 'quake', quake: 'quake', tremor: 'quake', strike: 'strike', hit: 'strike',
  crash: 'crash', collide: 'crash', collision: 'crash', injure: 'injure', wound: 'injure',
  praise: 'praise', criticize: 'criticize', criticise: 'criticize', call: 'call', warn: 'warn',
  discuss: 'discuss', reaffirm: 'affirm', acknowledge: 'affirm', rob: 'rob', robbery: 'rob',
  steal: 'rob', escape: 'escape', rescue: 'rescue', evacuate: 'evacuate', flee: 'escape',
  // Happenings news reports by their nouns as often as by verbs.
  party: 'party', ceremony: 'ceremony', gala: 'ceremony', award: 'award', awards: 'award', oscar: 'award',
  nomination: 'nominate', nominee: 'nominate', accident: 'crash', wreck: 'crash', operation: 'operation',
  raid: 'raid', chase: 'chase', pursuit: 'chase', attempt: 'attempt', trial: 'trial', hearing: 'trial',
  verdict: 'trial', conviction: 'arrest', protest: 'protest', demonstration: 'protest', riot: 'protest',
  storm: 'storm', flood: 'flood', blaze: 'fire', wildfire: 'fire', outbreak: 'outbreak', war: 'war',
  ambush: 'attack', hijack: 'seize', hijacking: 'seize', piracy: 'seize', seize: 'seize', capture: 'seize',
  kidnap: 'seize', sink: 'sink', collapse: 'collapse',
  statement: 'statement', announcement: 'announce', report: 'statement', interview: 'statement',
  say: 'statement', tell: 'statement',
  perform: 'perform', performance: 'perform', game: 'play', match: 'play',
  playoff: 'play', victory: 'win', loss: 'lose', lose: 'lose',
  shot: 'attack', gunfire: 'attack', stab: 'attack', stabbing: 'attack', blast: 'attack',
  dead: 'kill', injury: 'injure',
};

/** Verbs too general to be an event by themselves. */
const LIGHT_VERBS = new Set([
  'be', 'have', 'do', 'say', 'tell', 'make', 'get', 'go', 'take', 'come', 'see', 'know', 'think',
  'become', 'seem', 'give', 'use', 'want', 'need', 'include', 'remain', 'continue', 'keep',
  'let', 'find', 'show', 'add', 'note', 'according', 'can', 'could', 'may', 'might', 'will',
  'would', 'shall', 'should', 'must', 'involve', 'mean', 'look', 'put', 'set', 'report',
]);

export function eventClassOf(lemma: string): string | null {
  return EVENT_CLASS[lemma] ?? null;
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
    for (let t = sent.firstToken; t <= sent.lastToken; t++) {
      if (work.boilerplateToken[t]) continue;
      const pos = tokens.pos[t];
      if (pos !== 'VERB' && pos !== 'NOUN') continue;
      const lemma = tokens.lemma[t];
      const cls = EVENT_CLASS[lemma] ?? EVENT_CLASS[tokens.normal[t]];
      if (!cls && (pos !== 'VERB' || LIGHT_VERBS.has(lemma) || participants.length === 0)) continue;
      out.push({
        start: tokens.start[t], end: tokens.end[t], text: text.slice(tokens.start[t], tokens.end[t]),
        lemma: cls ?? lemma, sentence: s, participants, time: dateOf.get(s) ?? -1,
      });
    }
  }
  return out;
}

function hasPersonPronoun(work: DocumentWork, first: number, last: number): boolean {
  for (let t = first; t <= last; t++) if (/^(he|she|his|her)$/.test(work.tokens.normal[t])) return true;
  return false;
}
