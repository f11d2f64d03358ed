/**
 * Named events in the corpus stage of events: every mention the corpus finds of a named event,
 * its other names, and the generic nouns ("the ceremony") that stand for it.
 */
import { NOBODY, type EventNode } from './eventNode';
import type { EntityReport } from './report';

/**
 * A named event is written in places the per-document tagger missed ("host the Winter Gala")
 * but the corpus found: each of its named mentions is a mention of the event.
 */
export function addNamedEventMentions(blocks: Map<string, EventNode[]>, entities: EntityReport[]): void {
  for (const e of entities) {
    if (e.type !== 'EVENT') continue;
    const key = `named:${e.id}`;
    const block = blocks.get(key) ?? [];
    const seen = new Set(block.map((n) => `${n.doc}:${n.mention.start}`));
    for (const m of e.mentions) {
      if (m.reference || seen.has(`${m.doc}:${m.start}`)) continue;
      block.push({
        doc: m.doc, mention: { doc: m.doc, start: m.start, end: m.end, text: m.text }, cls: key, vocabulary: true,
        named: e.id, participants: new Set(), people: NOBODY, date: null,
        label: { agent: null, patient: null, passive: false, noun: true, text: m.text, prep: null, verb: null },
      });
    }
    if (block.length) blocks.set(key, block);
  }
}

/** Nouns that name a happening by its kind only: "the ceremony", "the show". */
const GENERIC_EVENT_KEYS = new Set(['ceremony', 'show', 'broadcast', 'telecast', 'award', 'event']);

/**
 * "The ceremony" in an article about the Winter Games is the Games: a generic happening noun
 * joins the named event its article names most, else the one the corpus names at least twice
 * as often as any other. Without a named event it stays what it is.
 */
export function absorbGenericNouns(blocks: Map<string, EventNode[]>): void {
  const named = [...blocks.entries()].filter(([k]) => k.startsWith('named:'));
  if (!named.length) return;
  const perDoc = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  for (const [k, nodes] of named) {
    total.set(k, nodes.length);
    for (const n of nodes) {
      const m = perDoc.get(n.doc) ?? new Map<string, number>();
      m.set(k, (m.get(k) ?? 0) + 1);
      perDoc.set(n.doc, m);
    }
  }
  const top = (counts: Map<string, number>): string | null => {
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    return ranked.length === 1 || (ranked.length > 1 && ranked[0][1] >= 2 * ranked[1][1]) ? ranked[0][0] : null;
  };
  const corpusTop = top(total);
  for (const key of GENERIC_EVENT_KEYS) {
    const nodes = blocks.get(key);
    if (!nodes) continue;
    const kept: EventNode[] = [];
    for (const n of nodes) {
      const home = (perDoc.has(n.doc) ? top(perDoc.get(n.doc)!) : null) ?? corpusTop;
      if (!home) {
        kept.push(n);
        continue;
      }
      const target = blocks.get(home)!;
      target.push({ ...n, cls: home, named: target[0].named, people: NOBODY });
    }
    if (kept.length) blocks.set(key, kept);
    else blocks.delete(key);
  }
}

/**
 * Two names of one event are one event: a name that ends with another ("2026 Winter Gala",
 * "Winter Gala"), and names written in mostly the same articles ("Lindby Film Festival", "Northern Lights Festival"), the
 * more named one keeping the label.
 */
export function mergeCoOccurringNames(blocks: Map<string, EventNode[]>, byId: Map<string, EntityReport>): void {
  const named = [...blocks.entries()].filter(([k]) => k.startsWith('named:')).sort((a, b) => b[1].length - a[1].length);
  const docsOf = new Map(named.map(([k, nodes]) => [k, new Set(nodes.map((n) => n.doc))]));
  const nameOf = (k: string) => (byId.get(k.slice('named:'.length))?.name ?? '').toLowerCase();
  const move = (from: string, to: string) => {
    const target = blocks.get(to)!;
    for (const n of blocks.get(from)!) target.push({ ...n, cls: to, named: target[0].named });
    for (const d of docsOf.get(from)!) docsOf.get(to)!.add(d);
    blocks.delete(from);
  };
  // "2026 Winter Gala", "Host Winter Gala": a name that ends with another event's name is that event.
  for (const [ka] of named) {
    const a = nameOf(ka);
    const home = named.find(([kb]) => kb !== ka && blocks.has(kb) && a.length > nameOf(kb).length && a.endsWith(` ${nameOf(kb)}`));
    if (home && blocks.has(ka)) move(ka, home[0]);
  }
  for (let i = 0; i < named.length; i++) {
    const [ka] = named[i];
    if (!blocks.has(ka)) continue;
    for (let j = i + 1; j < named.length; j++) {
      const [kb] = named[j];
      if (!blocks.has(kb)) continue;
      const a = docsOf.get(ka)!;
      const b = docsOf.get(kb)!;
      let shared = 0;
      for (const d of b) if (a.has(d)) shared++;
      if (shared < 2 || shared < 0.5 * Math.min(a.size, b.size)) continue;
      move(kb, ka);
    }
  }
}

