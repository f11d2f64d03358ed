/**
 * Who does and who undergoes a happening, read from the words next to its trigger: "Acme
 * acquired Globex" (agent Acme, patient Globex), "Ann Berg was fired by the club" (patient Ann
 * Berg), "Berg's arrest". Only names right next to the trigger count, with auxiliaries,
 * adverbs, an age or determiners between: a name further away is too often someone else's.
 * These roles name events in labels; they never decide which mentions are one event.
 */
import type { DocumentWork } from './model';

export interface EventRoles {
  /** Entity mention indices. */
  agent?: number;
  patient?: number;
  /** "was fired", "were killed": the name before the trigger undergoes it. */
  passive: boolean;
  /** The preposition between the trigger and its patient ("met with", "spoke at"). */
  prep?: string;
}

/** Names by their first and last token. */
export interface NameIndex {
  startingAt: Map<number, number>;
  endingAt: Map<number, number>;
}

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets']);
const BETWEEN_SUBJECT = new Set(['AUX', 'ADV', 'PART', 'NUM']);
const BEFORE_OBJECT = new Set(['DET', 'ADP', 'ADJ', 'PART']);

export function rolesOf(work: DocumentWork, t: number, first: number, last: number, names: NameIndex): EventRoles {
  const { pos, normal, value } = work.tokens;
  // "the club's dismissal of Berg", "Berg's arrest": the owner of a nominal trigger is its agent.
  if (pos[t] !== 'VERB') {
    const owner = normal[t - 1] === "'s" ? names.endingAt.get(t - 2) : undefined;
    return owner === undefined ? { passive: false } : { agent: owner, passive: false };
  }
  const passive = !/ing$/.test(normal[t]) && (BE.has(normal[t - 1]) || (pos[t - 1] === 'ADV' && BE.has(normal[t - 2])));
  let k = t - 1;
  // Between a subject and its verb: auxiliaries, adverbs, an age set off by commas ("Berg, 45, was").
  while (k >= first && k >= t - 6 && !names.endingAt.has(k)) {
    if (BETWEEN_SUBJECT.has(pos[k]) && pos[k] !== 'NUM') k--;
    else if (value[k] === ',' && pos[k - 1] === 'NUM' && value[k - 2] === ',') k -= 3;
    else break;
  }
  let before = names.endingAt.get(k);
  // "of Ostra", "in Lindby": a name after a preposition is no subject.
  if (before !== undefined && pos[startOf(names, before, k) - 1] === 'ADP') before = undefined;
  k = t + 1;
  const afterBy = normal[k] === 'by';
  let prep: string | undefined;
  while (k <= last && k <= t + 4 && !names.startingAt.has(k) && BEFORE_OBJECT.has(pos[k])) {
    if (pos[k] === 'ADP' && !prep) prep = normal[k];
    k++;
  }
  const after = names.startingAt.get(k);
  if (passive) return { patient: before, agent: afterBy ? after : undefined, passive };
  return after !== undefined && prep ? { agent: before, patient: after, passive, prep } : { agent: before, patient: after, passive };
}

/** The first token of the name that ends at token `last`. */
function startOf(names: NameIndex, entity: number, last: number): number {
  for (let k = last; k >= 0 && k >= last - 8; k--) if (names.startingAt.get(k) === entity) return k;
  return last;
}

export function nameIndex(work: DocumentWork, tokenAt: (offset: number) => number): NameIndex {
  const startingAt = new Map<number, number>();
  const endingAt = new Map<number, number>();
  work.entities.forEach((e, i) => {
    startingAt.set(tokenAt(e.start), i);
    endingAt.set(tokenAt(e.end - 1), i);
  });
  return { startingAt, endingAt };
}
