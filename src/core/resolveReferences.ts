/**
 * Corpus stage 1b: pronouns and descriptions added to the entities they refer to.
 * - A pronoun goes to the nearest person before it whose sex fits; a person's sex is what the
 *   pronouns that have only that person before them say.
 * - A description ("the coach") goes to the one person the corpus gives that role, and stays
 *   unresolved when the corpus gives it to several or none.
 * - "The navy" goes to the one organisation whose name has that word; "a woman" to the one
 *   woman the article (else the corpus) names who is not an official speaking about the story,
 *   or the one named at least twice as often as any other.
 */
import type { DocumentAnalysis, ReferenceMention } from './model';
import type { DocSpan, EntityReport, EntityType } from './report';
import type { LinkedEntities } from './linkEntities';
import { FEMALE, GENDER_NOUNS, isOrgDescription, MALE, OFFICIAL_ROLES } from './references';
import { firstNameSex } from './firstNames';
import { FORCE_WORDS, GROUP_NOUNS, PERSON_NOUNS, SHIP_PREFIXES, VEHICLE_NOUNS } from './nameLexicon';

/** Words for the one who did it: a story has one such person more often than not. */
const PERPETRATOR_WORDS = new Set(['gunman', 'shooter', 'suspect', 'attacker', 'assailant', 'killer', 'hijacker', 'kidnapper', 'robber', 'bomber', 'perpetrator']);

/** Descriptions of a navy's ship. */
const WARSHIP_WORDS = new Set(['warship', 'frigate', 'destroyer', 'corvette', 'cruiser', 'submarine']);

/** What a first name says of a person's sex, in pronouns' worth (see resolveReferences). */
const FIRST_NAME_PRIOR = 2;

/** +1 for "he", -1 for "she". */
function sexOf(pronoun: string): number {
  const w = pronoun.toLowerCase();
  return MALE.has(w) ? 1 : FEMALE.has(w) ? -1 : 0;
}

/** A resolved reference: where it is and which entity it stands for. */
export interface ResolvedReference {
  sentence: number;
  start: number;
  id: string;
}

/** Adds the references to their entities' mentions; returns them per document for the event stage. */
export function resolveReferences(docs: DocumentAnalysis[], linked: LinkedEntities): Map<string, ResolvedReference[]> {
  const resolved = new Map<string, ResolvedReference[]>();
  const byId = new Map<string, EntityReport>(linked.entities.map((e) => [e.id, e]));
  const owners = new Map<string, Set<string>>();
  const officials = new Set<string>();
  // A person's sex, as the pronouns resolved to them say: +1 per "he", -1 per "she".
  const sex = new Map<string, number>();
  // A first name that only men or only women bear is a prior worth two pronouns: "Ann Berg"
  // is "she" unless three "he"s say otherwise.
  for (const e of linked.entities) {
    if (e.type !== 'PERSON' || !e.name.includes(' ')) continue;
    const bySex = firstNameSex(e.name.split(' ')[0]);
    if (bySex === 'm' || bySex === 'f') sex.set(e.id, bySex === 'm' ? FIRST_NAME_PRIOR : -FIRST_NAME_PRIOR);
  }
  for (const d of docs) {
    const ids = linked.entityOf.get(d.id)!;
    // Only a pronoun with one person before it says that person's sex.
    for (const ref of d.references) {
      const id = ref.kind === 'pronoun' && ref.candidates?.length === 1 && sexOf(ref.text) !== 0 ? ids[ref.target] : undefined;
      if (id) sex.set(id, (sex.get(id) ?? 0) + sexOf(ref.text));
    }
    for (const r of d.roles) {
      const id = ids[r.entity];
      if (!id) continue;
      if (OFFICIAL_ROLES.has(r.role)) officials.add(id);
      const set = owners.get(r.role) ?? new Set<string>();
      set.add(id);
      owners.set(r.role, set);
    }
  }
  // "the navy" is the one organisation of the corpus whose name has that word ("Indian Navy").
  const orgsByWord = new Map<string, Set<string>>();
  for (const e of linked.entities) {
    if (e.type !== 'ORG') continue;
    for (const w of e.name.toLowerCase().split(/\s+/)) {
      if (!isOrgDescription(w)) continue;
      const set = orgsByWord.get(w) ?? new Set<string>();
      set.add(e.id);
      orgsByWord.set(w, set);
    }
  }
  /** "the woman": the one person of the article (else of the corpus) of that sex who is not an official. */
  // The corpus's people of each sex, listed once: many articles may say "a man".
  const bySex = new Map<'m' | 'f', string[]>();
  const onlyPersonOfSex = (want: 'm' | 'f', ids: string[]): string | undefined => {
    const fits = (id: string) => byId.get(id)?.type === 'PERSON' && !officials.has(id) && Math.sign(sex.get(id) ?? 0) === (want === 'm' ? 1 : -1);
    const here = [...new Set(ids.filter((id) => id && fits(id)))];
    if (here.length) return dominant(here);
    if (!bySex.has(want)) bySex.set(want, linked.entities.filter((e) => fits(e.id)).map((e) => e.id));
    return dominant(bySex.get(want)!);
  };
  /** The one candidate, or the one the corpus names at least twice as often as any other. */
  const dominant = (ids: string[]): string | undefined => {
    if (ids.length <= 1) return ids[0];
    const ranked = ids.map((id) => ({ id, n: byId.get(id)!.mentions.length })).sort((a, b) => b.n - a.n);
    return ranked[0].n >= 2 * ranked[1].n ? ranked[0].id : undefined;
  };
  // "the gunman" where some article calls one person "the suspect": the one person the corpus
  // gives any word for who did it.
  let perpetrators: Set<string> | undefined;
  const perpetrator = (): string | undefined => {
    if (!perpetrators) {
      perpetrators = new Set<string>();
      for (const w of PERPETRATOR_WORDS) for (const id of owners.get(w) ?? []) perpetrators.add(id);
    }
    return perpetrators.size === 1 ? [...perpetrators][0] : undefined;
  };
  // "the warship" is the one navy ship the corpus names ("INS Sukanya").
  const warships = linked.entities.filter((e) => e.type === 'PRODUCT' && SHIP_PREFIXES.has(e.name.split(' ')[0])).map((e) => e.id);
  const touched = new Set<EntityReport>();
  const unnamed = new UnnamedParticipants();
  for (const d of docs) {
    const ids = linked.entityOf.get(d.id)!;
    const here: ResolvedReference[] = [];
    resolved.set(d.id, here);
    for (const ref of d.references) {
      let id: string | undefined;
      if (ref.kind === 'pronoun' && !ref.head) {
        // The nearest person whose sex, as far as the corpus knows it, fits the pronoun.
        const want = sexOf(ref.text);
        const fit = (ref.candidates ?? [ref.target]).find((c) => ids[c] && Math.sign(sex.get(ids[c]) ?? 0) !== -want);
        id = fit !== undefined ? ids[fit] : undefined;
      } else if (ref.target >= 0) id = ids[ref.target];
      // "pirates": a group in the plural is never one named person, whatever role the corpus gave that person.
      else if (ref.head && ref.plural && !isOrgDescription(ref.head)) id = undefined;
      else if (ref.head) {
        let candidates = isOrgDescription(ref.head) ? orgsByWord.get(ref.head) : owners.get(ref.head);
        // "the Lindbian navy" among several navies: the one whose name has "Lindbian".
        if (candidates && ref.qualifier) {
          const owner = ref.qualifier.toLowerCase();
          candidates = new Set([...candidates].filter((c) => byId.get(c)!.name.toLowerCase().split(/\s+/).includes(owner)));
        }
        if (candidates?.size === 1) id = [...candidates][0];
        else if (!candidates && GENDER_NOUNS.has(ref.head)) id = onlyPersonOfSex(GENDER_NOUNS.get(ref.head)!, ids);
        else if (!candidates && PERPETRATOR_WORDS.has(ref.head)) id = perpetrator();
        else if (!candidates && WARSHIP_WORDS.has(ref.head) && !ref.plural && warships.length === 1) id = warships[0];
      }
      const entity = id ? byId.get(id) : undefined;
      // Pronouns and people's descriptions stand for people, the others for organisations.
      const expected = ref.head && isOrgDescription(ref.head) ? 'ORG' : ref.head && WARSHIP_WORDS.has(ref.head) ? 'PRODUCT' : 'PERSON';
      if (!entity || entity.type !== expected) {
        // An organisation's word that some named organisation has is that one, unknown which: no participant of its own.
        if (ref.head && !(isOrgDescription(ref.head) && orgsByWord.has(ref.head) && !ref.qualifier)) unnamed.add(d.id, ref);
        continue;
      }
      entity.mentions.push({ doc: d.id, start: ref.start, end: ref.end, text: ref.text, reference: ref.kind });
      here.push({ sentence: ref.sentence, start: ref.start, id: entity.id });
      touched.add(entity);
    }
  }
  for (const { entity, sentences } of unnamed.entities(linked.entities.length)) {
    linked.entities.push(entity);
    entity.mentions.forEach((m, i) => resolved.get(m.doc)!.push({ sentence: sentences[i], start: m.start, id: entity.id }));
    touched.add(entity);
  }
  for (const list of resolved.values()) list.sort((a, b) => a.start - b.start);
  // Mentions in reading order: by document, then offset.
  const order = new Map(docs.map((d, i) => [d.id, i]));
  for (const e of touched) e.mentions.sort((a, b) => order.get(a.doc)! - order.get(b.doc)! || a.start - b.start);
  return resolved;
}

/**
 * How many articles must describe an unnamed participant: a story's unnamed driver or pirates
 * recur across its sources, while a passing "the owner" does not. Measured on ECB+: 2, 3 and
 * 4 sources score alike (0.685 / 0.686 / 0.685); 3 keeps a small folder's noise out.
 */
const MIN_SOURCES = 3;

/** The public a story speaks about rather than people acting in it: "investors", "voters". */
const PUBLICS = new Set(['investor', 'customer', 'voter', 'shareholder', 'billionaire', 'entrepreneur', 'founder', 'owner']);

/**
 * The story's participants that no article names: "the driver", "pirates", "police". A
 * description that no named entity takes becomes one of them when several articles use it
 * (MIN_SOURCES), so that a reader sees the same unnamed person or group across the sources.
 * People who only speak about a story (officials, analysts) or whom it speaks about (the
 * public) are left out, as are descriptions few articles use.
 */
class UnnamedParticipants {
  private readonly byKey = new Map<string, UnnamedGroup>();

  add(doc: string, ref: ReferenceMention): void {
    const head = ref.head!;
    const org = isOrgDescription(head);
    const vehicle = VEHICLE_NOUNS.has(head);
    // Organisations: only the forces that act in a story under their kind's name ("police
    // arrested"); "the government" or "the company" unresolved is some named one, unknown which.
    if (org ? !FORCE_WORDS.has(head) : !vehicle && (OFFICIAL_ROLES.has(head) || PUBLICS.has(head) || !(PERSON_NOUNS.has(head) || GROUP_NOUNS.has(head)))) return;
    const type: EntityType = org ? 'ORG' : vehicle ? 'PRODUCT' : ref.plural ? 'NORP' : 'PERSON';
    const qualifier = ref.qualifier ?? '';
    const key = `${type}:${ref.plural ? 'many' : 'one'}:${head}:${qualifier.toLowerCase()}`;
    let group = this.byKey.get(key);
    if (!group) this.byKey.set(key, (group = { type, head, plural: !!ref.plural, qualifier, docs: new Set(), mentions: [], forms: new Map() }));
    group.docs.add(doc);
    group.mentions.push({ doc, start: ref.start, end: ref.end, text: ref.text, sentence: ref.sentence, kind: ref.kind });
    if (ref.kind === 'pronoun') return;
    const form = ref.text.toLowerCase();
    group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
  }

  /** The participants said in at least two articles, numbered after the named entities. */
  entities(taken: number): { entity: EntityReport; sentences: number[] }[] {
    this.joinUnqualified();
    const out: { entity: EntityReport; sentences: number[] }[] = [];
    for (const g of this.byKey.values()) {
      if (g.docs.size < MIN_SOURCES || g.forms.size === 0) continue;
      const form = [...g.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      const name = g.qualifier ? `${g.qualifier} ${form}` : g.type === 'ORG' || g.plural ? form : `the ${form}`;
      out.push({
        entity: {
          id: `e${taken + out.length + 1}`, name, type: g.type, aliases: [...g.forms.keys()].sort(),
          mentions: g.mentions.map(({ doc, start, end, text, kind }) => ({ doc, start, end, text, reference: kind })),
          unnamed: true,
        },
        sentences: g.mentions.map((m) => m.sentence),
      });
    }
    return out;
  }

  /** "the navy" is the one force of that kind whose owner some article says ("the Lindbian navy"). */
  private joinUnqualified(): void {
    for (const [key, g] of this.byKey) {
      if (g.qualifier) continue;
      const owners = [...this.byKey.values()].filter((o) => o.qualifier && o.type === g.type && o.head === g.head && o.plural === g.plural);
      if (new Set(owners.map((o) => o.qualifier.toLowerCase())).size !== 1) continue;
      const into = owners[0];
      for (const m of g.mentions) into.mentions.push(m);
      for (const d of g.docs) into.docs.add(d);
      for (const [f, n] of g.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
      this.byKey.delete(key);
    }
  }
}

interface UnnamedGroup {
  type: EntityType;
  head: string;
  plural: boolean;
  /** Whose force: "Lindbian" in "the Lindbian navy"; '' when no article says. */
  qualifier: string;
  docs: Set<string>;
  mentions: (DocSpan & { sentence: number; kind: ReferenceMention['kind'] })[];
  /** How often each description is written ("the driver", "driver"); pronouns are not forms of it. */
  forms: Map<string, number>;
}
