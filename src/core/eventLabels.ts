/**
 * An event's label, as a headline would put it: "Acme acquires Globex" when the articles say
 * who did it to whom, "Ann Berg fired" when they only say who underwent it, "Earthquake in
 * Lindby" or "Winter Games: Ann Berg" for happenings named by a noun or a name.
 */
import { lookupPlace } from './gazetteer';
import type { EntityReport } from './report';

/** What the label needs of each mention of the event. */
export interface LabelMention {
  /** Entity ids. */
  agent: string | null;
  patient: string | null;
  passive: boolean;
  noun: boolean;
  text: string;
  /** The preposition before the patient, if any ("met with"). */
  prep: string | null;
  /** A verb trigger's lemma ("die", where the event's key is "kill"); null for a noun. */
  verb: string | null;
}

const PLACES = new Set(['GPE', 'LOC', 'FAC']);

export interface LabelInput {
  /** The blocking key: a verb of the vocabulary, a lemma, or a noun key. */
  key: string;
  /** Set for a named event: its name. */
  name: string | null;
  /** The key reads as a noun ("Earthquake"). */
  nounKey: boolean;
  mentions: LabelMention[];
  /** Participants, most often named first. */
  participants: string[];
}

export function eventLabel(input: LabelInput, byId: Map<string, EntityReport>): string {
  const nameOf = (id: string | null | undefined) => (id ? byId.get(id)?.name ?? null : null);
  const usable = (id: string | null) => !!id && byId.get(id)?.type !== 'NORP';
  const agent = mostFrequent(input.mentions.map((m) => (usable(m.agent) ? m.agent : null)));
  const patient = mostFrequent(input.mentions.map((m) => (usable(m.patient) && m.patient !== agent ? m.patient : null)));
  // "in Lindby": a town or a site where it happened. A country in a story is more often an
  // actor ("US restrictions") than where, so countries are not said to be the place.
  const isSite = (id: string) => {
    const e = byId.get(id);
    return !!e && PLACES.has(e.type) && lookupPlace(e.name)?.country !== null;
  };
  // Only a place the mentions keep naming: one named once among many is a detail.
  const place = input.participants.slice(0, 3).find((p) => p !== agent && p !== patient && isSite(p));
  const where = place ? ` in ${nameOf(place)}` : '';
  if (input.name) {
    const who = input.participants.filter((p) => byId.get(p)?.type !== 'NORP').slice(0, 2).map(nameOf);
    return `${input.name}${who.length ? `: ${who.join(', ')}` : ''}`;
  }
  if (input.nounKey) return `${capital(input.key)}${agent ? ` by ${nameOf(agent)}` : patient ? ` of ${nameOf(patient)}` : where}`;
  // The preposition the articles put before the patient ("meets with", "speaks at").
  const prep = patient ? mostFrequent(input.mentions.map((m) => (m.patient === patient ? m.prep : null))) : null;
  // The verb the articles use with these roles ("died at", where the key is "kill").
  const said = input.mentions.filter((m) => (patient ? m.patient === patient : !agent || m.agent === agent));
  const verb = `${thirdPerson(mostFrequent(said.map((m) => m.verb)) ?? input.key)}${prep ? ` ${prep}` : ''}`;
  const word = (nounFirst: boolean) =>
    (nounFirst ? mostFrequent(input.mentions.map((m) => (m.noun ? m.text.toLowerCase() : null))) : null) ??
    mostFrequent(input.mentions.map((m) => m.text.toLowerCase())) ?? input.key;
  if (agent && patient) return `${nameOf(agent)} ${verb} ${nameOf(patient)}`;
  if (patient) {
    // "Ann Berg fired": the participle the articles wrote; else "Speaking at Lindby Expo".
    const participle = mostFrequent(input.mentions.map((m) => (m.passive || (!m.noun && /ed$/.test(m.text.toLowerCase())) ? m.text.toLowerCase() : null)));
    return participle ? `${nameOf(patient)} ${participle}${where}` : `${capital(word(false))}${prep ? ` ${prep}` : ''} ${nameOf(patient)}${where}`;
  }
  if (agent) return `${nameOf(agent)} ${verb}${where}`;
  // Nobody named next to the trigger: the word the articles use most, and where.
  const others = input.participants.filter((p) => p !== place && byId.get(p)?.type !== 'NORP').slice(0, 2).map(nameOf);
  return `${capital(word(true))}${where}${others.length ? ` (${others.join(', ')})` : ''}`;
}

function capital(s: string): string {
  return s ? `${s[0].toUpperCase()}${s.slice(1)}` : s;
}

function mostFrequent(xs: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [x, c] of counts) if (c > n) { best = x; n = c; }
  return best;
}

/** "develop" -> "develops", "push" -> "pushes", "comply" -> "complies". */
function thirdPerson(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
