/**
 * Corpus stage 2: event mentions grouped into events. Mentions are blocked by event class
 * (never compared all-pairs across the corpus); inside a block two mentions join when they
 * share a participant, their other named people do not conflict, and their dates are
 * compatible.
 */
import { compatibleDates } from './compatibleDates';
import { eventLabel, type LabelMention } from './eventLabels';
import { NOBODY, type EventNode as Node } from './eventNode';
import { absorbGenericNouns, addNamedEventMentions, mergeCoOccurringNames } from './namedEvents';
import { NOUN_KEYS } from './eventVocabulary';
import type { DocumentAnalysis, EventMention } from './model';
import type { EntityReport, EventReport } from './report';
import type { LinkedEntities } from './linkEntities';
import type { ResolvedReference } from './resolveReferences';



export function clusterEvents(docs: DocumentAnalysis[], linked: LinkedEntities, references: Map<string, ResolvedReference[]> = new Map()): EventReport[] {
  const byId = new Map(linked.entities.map((e) => [e.id, e]));
  // Verbs used as triggers anywhere in the corpus: "the shooting" is an event where some
  // article says someone shot.
  const verbs = new Set<string>();
  for (const d of docs) for (const ev of d.events) if (!ev.vocabulary && !ev.stems) verbs.add(ev.lemma);
  const keyOf = (ev: EventMention, ids: string[]): string | null => {
    if (ev.entity !== undefined) {
      const named = ids[ev.entity];
      return named && byId.get(named)?.type === 'EVENT' ? `named:${named}` : null;
    }
    if (!ev.stems) return ev.lemma;
    for (const v of ev.stems) if (verbs.has(v)) return v;
    return null;
  };
  // A verb outside the vocabulary said once is dropped below: count keys first, so that the
  // many such verbs of a corpus never become nodes.
  const keyCount = new Map<string, number>();
  const keys = docs.map((d) => {
    const ids = linked.entityOf.get(d.id)!;
    return d.events.map((ev) => {
      const key = keyOf(ev, ids);
      if (key !== null) keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
      return key;
    });
  });
  const blocks = new Map<string, Node[]>();
  docs.forEach((d, di) => {
    const ids = linked.entityOf.get(d.id)!;
    // "She died": the people pronouns and descriptions stand for are participants like named ones.
    const refsBySentence = new Map<number, ResolvedReference[]>();
    for (const r of references.get(d.id) ?? []) refsBySentence.set(r.sentence, [...(refsBySentence.get(r.sentence) ?? []), r]);
    // Mentions of one sentence share its participants: one set per list of them.
    let from: number[] | null = null;
    let participants = new Set<string>();
    d.events.forEach((ev, ei) => {
      const key = keys[di][ei];
      if (key === null || (!ev.vocabulary && keyCount.get(key)! < 2)) return;
      const named = ev.entity !== undefined ? ids[ev.entity] : null;
      const refs = refsBySentence.get(ev.sentence) ?? [];
      if (ev.participants !== from || named) {
        from = named ? null : ev.participants;
        participants = new Set<string>();
        for (const p of ev.participants) if (ids[p] && ids[p] !== named) participants.add(ids[p]);
        for (const r of refs) participants.add(r.id);
      }
      const label: LabelMention = {
        agent: ev.agent !== undefined ? ids[ev.agent] ?? null : null, patient: ev.patient !== undefined ? ids[ev.patient] ?? null : null,
        passive: !!ev.passive, noun: !!ev.noun, text: ev.text, prep: ev.prep ?? null, verb: ev.noun ? null : ev.verb ?? ev.lemma,
      };
      // The person a happening is done to tells two apart ("meets A", "meets B"); its subject
      // does not: splitting on subjects split one happening into several (ECB+: 0.763 splitting
      // on the names before and after the trigger, 0.773 on the one after, 0.817 on the patient
      // eventRoles reads). A named event is one event whoever it is said of.
      const people = !named && label.patient !== null && byId.get(label.patient)?.type === 'PERSON' ? new Set([label.patient]) : NOBODY;
      const date = ev.time >= 0 ? (d.figures[ev.time].value as string | null) : null;
      const node: Node = {
        doc: d.id, mention: { doc: d.id, start: ev.start, end: ev.end, text: ev.text }, cls: key,
        vocabulary: ev.vocabulary, named, participants, people, label, date,
      };
      const block = blocks.get(key);
      if (block) block.push(node);
      else blocks.set(key, [node]);
    });
  });

  addNamedEventMentions(blocks, linked.entities);
  mergeCoOccurringNames(blocks, byId);
  absorbGenericNouns(blocks);

  const events: { nodes: Node[]; first: number }[] = [];
  for (const nodes of blocks.values()) {
    const parent = nodes.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    // Inside a block, index nodes by participant so that only nodes sharing one are compared.
    const byParticipant = new Map<string, number[]>();
    nodes.forEach((n, i) => n.participants.forEach((p) => {
      const list = byParticipant.get(p);
      if (list) list.push(i);
      else byParticipant.set(p, [i]);
    }));
    for (const members of byParticipant.values()) {
      for (let a = 1; a < members.length; a++) {
        const i = members[0];
        const j = members[a];
        if (compatible(nodes[i], nodes[j], byId)) parent[find(j)] = find(i);
      }
    }
    const groups = new Map<number, Node[]>();
    nodes.forEach((n, i) => {
      const r = find(i);
      const g = groups.get(r);
      if (g) g.push(n);
      else groups.set(r, [n]);
    });
    // Articles in one folder tell one story: happenings named by one word are one event unless
    // their dates or the people in them say otherwise ("meets A" vs "meets B").
    for (const g of mergeCompatibleGroups([...groups.values()])) {
      // A verb outside the event vocabulary, said once, is a detail of a sentence, not an event of the story.
      if (g.length === 1 && !g[0].vocabulary) continue;
      events.push({ nodes: g, first: 0 });
    }
  }

  const docOrder = new Map(docs.map((d, i) => [d.id, i]));
  for (const e of events) {
    e.first = Infinity;
    for (const n of e.nodes) e.first = Math.min(e.first, docOrder.get(n.doc)! * 1e9 + n.mention.start);
  }
  events.sort((a, b) => a.first - b.first);
  return events.map((e, i) => toReport(`v${i + 1}`, e.nodes, byId));
}

interface MergedCluster {
  order: number;
  nodes: Node[];
  people: Set<string>;
  /** Distinct dates only: a cluster repeats the same few dates. */
  dates: Set<string>;
  /** The stated years of its dates ("2025" of "2025-04-17"); a date's year with an X states none. */
  years: Set<string>;
  /** Still listed among the clusters naming nobody / stating no year. */
  unnamed: boolean;
  yearless: boolean;
}

/** Clusters kept in creation order, so that "the first compatible one" can be found by merging lists. */
function insertByOrder(list: MergedCluster[], c: MergedCluster): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].order < c.order) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== c) list.splice(lo, 0, c);
}

/** The first cluster, in creation order, over several ordered lists, that passes `test`. */
function firstFit(lists: MergedCluster[][], test: (c: MergedCluster) => boolean): MergedCluster | undefined {
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      if (at[i] < lists[i].length && (best < 0 || lists[i][at[i]].order < lists[best][at[best]].order)) best = i;
    }
    if (best < 0) return undefined;
    const c = lists[best][at[best]];
    for (let i = 0; i < lists.length; i++) if (at[i] < lists[i].length && lists[i][at[i]] === c) at[i]++;
    if (test(c)) return c;
  }
}

const yearOf = (date: string): string | null => (/^\d{4}/.test(date) ? date.slice(0, 4) : null);
const sameYear = (a: string, b: string): boolean => compatibleDates(a.slice(0, 4), b.slice(0, 4));

/**
 * Groups of one event class merged greedily into the first cluster they are compatible with:
 * no person on either side missing from the other, and the same year where both state one
 * (a sentence's date is often another happening's, so months and days do not separate). Clusters are found
 * through indexes rather than scanned: by person (a group naming people can only join a
 * cluster naming none or one of them) and by year (dates of different years never agree).
 */
function mergeCompatibleGroups(groups: Node[][]): Node[][] {
  const all: MergedCluster[] = [];
  const noPeople: MergedCluster[] = [];
  const byPerson = new Map<string, MergedCluster[]>();
  const noYear: MergedCluster[] = [];
  const byYear = new Map<string, MergedCluster[]>();
  const fits = (c: MergedCluster, people: Set<string>, dates: Set<string>) => {
    if (hasPersonNotIn(c.people, people) && hasPersonNotIn(people, c.people)) return false;
    for (const d of dates) for (const e of c.dates) if (!sameYear(d, e)) return false;
    return true;
  };
  for (const g of groups) {
    const people = new Set(g.flatMap((n) => [...n.people]));
    const dates = new Set(g.map((n) => n.date).filter((d): d is string => !!d));
    const years = new Set([...dates].map(yearOf).filter((y): y is string => y !== null));
    // Clusters that can hold these dates: any, when no year is stated; else those stating no
    // year or the same single year.
    const byDate: MergedCluster[][] | null = years.size === 0 ? null
      : years.size === 1 ? [noYear, byYear.get([...years][0]) ?? []] : [noYear];
    const byWho: MergedCluster[][] | null = people.size === 0 ? null
      : [noPeople, ...[...people].map((p) => byPerson.get(p) ?? [])];
    // A stated year the group does not share rejects a cluster before its dates are compared.
    const test = (c: MergedCluster) => {
      if (years.size > 0) for (const y of c.years) if (!years.has(y) || years.size > 1) return false;
      return fits(c, people, dates);
    };
    // The people index is the narrower one when the group names someone.
    let home = byWho ? firstFit(byWho, test) : byDate ? firstFit(byDate, test) : all.find(test);
    if (!home) {
      home = { order: all.length, nodes: [], people: new Set(), dates: new Set(), years: new Set(), unnamed: true, yearless: true };
      all.push(home);
      noPeople.push(home);
      noYear.push(home);
    }
    home.nodes.push(...g);
    for (const d of dates) {
      home.dates.add(d);
      const y = yearOf(d);
      if (y && !home.years.has(y)) {
        home.years.add(y);
        const list = byYear.get(y) ?? [];
        insertByOrder(list, home);
        byYear.set(y, list);
      }
    }
    for (const p of people) {
      if (home.people.has(p)) continue;
      home.people.add(p);
      const list = byPerson.get(p) ?? [];
      insertByOrder(list, home);
      byPerson.set(p, list);
    }
    // A cluster that now names people is found through them, no longer among the unnamed.
    if (home.people.size > 0 && home.unnamed) {
      home.unnamed = false;
      noPeople.splice(noPeople.indexOf(home), 1);
    }
    if (home.years.size > 0 && home.yearless) {
      home.yearless = false;
      noYear.splice(noYear.indexOf(home), 1);
    }
  }
  return all.map((c) => c.nodes);
}

function compatible(a: Node, b: Node, byId: Map<string, EntityReport>): boolean {
  // They must share a participant, and not only a place when either names someone else.
  let shared = false;
  let sharedBeyondPlace = false;
  for (const p of a.participants) {
    if (!b.participants.has(p)) continue;
    shared = true;
    if (byId.get(p)?.type !== 'GPE') sharedBeyondPlace = true;
  }
  if (!shared) return false;
  if (!sharedBeyondPlace && (hasNonPlace(a, byId) || hasNonPlace(b, byId))) return false;
  // Two meetings of one person with two different people are two events.
  if (hasPersonNotIn(a.people, b.people) && hasPersonNotIn(b.people, a.people)) return false;
  return !a.date || !b.date || sameYear(a.date, b.date);
}

function hasPersonNotIn(people: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  for (const p of people) if (!other.has(p)) return true;
  return false;
}

function hasNonPlace(n: Node, byId: Map<string, EntityReport>): boolean {
  for (const p of n.participants) if (byId.get(p)?.type !== 'GPE') return true;
  return false;
}

function toReport(id: string, nodes: Node[], byId: Map<string, EntityReport>): EventReport {
  const counts = new Map<string, number>();
  for (const n of nodes) for (const p of n.participants) counts.set(p, (counts.get(p) ?? 0) + 1);
  const participants = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  const { cls, named } = nodes[0];
  const label = eventLabel({
    key: cls, name: named ? byId.get(named)?.name ?? cls : null, nounKey: NOUN_KEYS.has(cls),
    mentions: nodes.map((n) => n.label), participants,
  }, byId);
  const dates = nodes.map((n) => n.date).filter((d): d is string => !!d);
  const docs = [...new Set(nodes.map((n) => n.doc))].sort();
  const mentions = nodes.map((n) => n.mention).sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  return { id, label, date: mostSpecificDate(dates), docs, participants, mentions, salient: nodes[0].vocabulary };
}



/** The date most mentions agree on, preferring ones with a stated year, at month precision. */
function mostSpecificDate(dates: string[]): string | null {
  const withYear = dates.filter((d) => /^\d{4}/.test(d));
  const pool = withYear.length ? withYear : dates;
  if (!pool.length) return null;
  const months = new Map<string, number>();
  for (const d of pool) months.set(d.slice(0, 7), (months.get(d.slice(0, 7)) ?? 0) + 1);
  return [...months.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}
