/**
 * Corpus stage 1b: pronouns and descriptions added to the entities they refer to. A pronoun
 * was resolved in its document; a description ("the coach") whose role its own article does
 * not give goes to the one person the corpus gives that role, and stays unresolved when the
 * corpus gives it to several or none.
 */
import type { DocumentAnalysis } from './model';
import type { EntityReport } from './report';
import type { LinkedEntities } from './linkEntities';

export function resolveReferences(docs: DocumentAnalysis[], linked: LinkedEntities): void {
  const byId = new Map<string, EntityReport>(linked.entities.map((e) => [e.id, e]));
  const owners = new Map<string, Set<string>>();
  for (const d of docs) {
    const ids = linked.entityOf.get(d.id)!;
    for (const r of d.roles) {
      const id = ids[r.entity];
      if (!id) continue;
      const set = owners.get(r.role) ?? new Set<string>();
      set.add(id);
      owners.set(r.role, set);
    }
  }
  const touched = new Set<EntityReport>();
  for (const d of docs) {
    const ids = linked.entityOf.get(d.id)!;
    for (const ref of d.references) {
      let id: string | undefined;
      if (ref.target >= 0) id = ids[ref.target];
      else if (ref.head) {
        const candidates = owners.get(ref.head);
        if (candidates?.size === 1) id = [...candidates][0];
      }
      const entity = id ? byId.get(id) : undefined;
      // Pronouns and descriptions stand for people: a mention the corpus typed otherwise is not one.
      if (!entity || entity.type !== 'PERSON') continue;
      entity.mentions.push({ doc: d.id, start: ref.start, end: ref.end, text: ref.text, reference: ref.kind });
      touched.add(entity);
    }
  }
  // Mentions in reading order: by document, then offset.
  const order = new Map(docs.map((d, i) => [d.id, i]));
  for (const e of touched) e.mentions.sort((a, b) => order.get(a.doc)! - order.get(b.doc)! || a.start - b.start);
}
