/**
 * Named-entity span F1 per type on CoNLL-2003 dev (shared/dev-corpus/conll2003/dev.txt): each
 * document's sentences are joined into a text, analysed, and the predicted mentions compared
 * with the gold spans by exact character boundaries and type. The tagger is trained on four
 * fifths of these documents (tools/trainNer.ts), so the held-out fifth is reported apart: it is
 * the fresh-text figure; the trained part only shows what the model memorised.
 */
import { analyzeDocument } from '../../src/core/analyzeDocument';
import type { EntityType } from '../../src/core/report';
import { isHeldOut, readConll, type ConllDoc } from './conllData';
import { f3, line, prf, sharedPath } from './shared';

const TYPE_MAP: Record<EntityType, string> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC',
  PRODUCT: 'MISC', LAW: 'MISC', WORK: 'MISC', MISC: 'MISC',
};

export interface Counts { tp: number; fp: number; fn: number }

/** Exact-span counts per CoNLL type, and of spans whatever their type, over the documents. */
export function score(docs: ConllDoc[]): { byType: Map<string, Counts>; untyped: Counts } {
  const byType = new Map<string, Counts>();
  const untyped: Counts = { tp: 0, fp: 0, fn: 0 };
  const bump = (t: string, k: keyof Counts) => {
    const c = byType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    byType.set(t, c);
  };
  for (const d of docs) {
    const a = analyzeDocument('conll.txt', d.text);
    const predicted = new Set(a.entities.map((e) => `${e.start}:${e.end}:${TYPE_MAP[e.type]}`));
    const gold = new Set(d.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const p of predicted) bump(p.split(':')[2], gold.has(p) ? 'tp' : 'fp');
    for (const g of gold) if (!predicted.has(g)) bump(g.split(':')[2], 'fn');
    const predSpans = new Set(a.entities.map((e) => `${e.start}:${e.end}`));
    const goldSpans = new Set(d.gold.map((g) => `${g.start}:${g.end}`));
    for (const s of predSpans) untyped[goldSpans.has(s) ? 'tp' : 'fp']++;
    for (const s of goldSpans) if (!predSpans.has(s)) untyped.fn++;
  }
  return { byType, untyped };
}

export function evaluateConll(): void {
  const file = sharedPath('dev-corpus', 'conll2003', 'dev.txt');
  if (!file) {
    line('CoNLL-2003 NER', 'skipped: ../shared/dev-corpus/conll2003 is absent');
    return;
  }
  const docs = readConll(file);
  const heldOut = docs.filter((_, i) => isHeldOut(i));
  const trained = docs.filter((_, i) => !isHeldOut(i));
  const fresh = score(heldOut);
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
    const c = fresh.byType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    const s = prf(c.tp, c.fp, c.fn);
    line(`CoNLL dev held-out ${t} P / R / F1`, `${f3(s.p)} / ${f3(s.r)} / ${f3(s.f)}`, t === 'MISC' ? undefined : 'F1 >= 0.85');
  }
  const u = prf(fresh.untyped.tp, fresh.untyped.fp, fresh.untyped.fn);
  line('CoNLL dev held-out spans, untyped F1', `${f3(u.f)}  (P ${f3(u.p)}, R ${f3(u.r)}, ${heldOut.length} documents never trained on)`);
  const memorised = score(trained);
  const perType = ['PER', 'ORG', 'LOC', 'MISC'].map((t) => {
    const c = memorised.byType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    return `${t} ${f3(prf(c.tp, c.fp, c.fn).f)}`;
  });
  line('CoNLL dev trained part, F1 (memorised)', `${perType.join(', ')}  (${trained.length} documents)`);
}
