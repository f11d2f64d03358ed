/**
 * Named-entity span F1 per type on CoNLL-2003 dev (shared/dev-corpus/conll2003/dev.txt): each
 * document's sentences are joined into a text, analysed, and the predicted mentions compared
 * with the gold spans by exact character boundaries and type. The shipped tagger learnt from
 * these documents (tools/trainNer.ts), so its scores here only show what it memorised; where
 * its weights were trained with a fifth held out (NER_FOLD), that fifth is reported apart. The
 * fresh-text estimate is the cross-validation (conllCv.ts).
 */
import { analyzeDocument } from '../../src/core/analyzeDocument';
import type { EntityType } from '../../src/core/report';
import weightsFile from '../../src/core/models/ner-weights.json';
import type { NerWeights } from '../../src/core/nerTagger';
import { inFold, readConll, type ConllDoc } from './conllData';
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
  const fold = (weightsFile as unknown as NerWeights).heldOutFold ?? null;
  const perType = (counts: Map<string, Counts>) => ['PER', 'ORG', 'LOC', 'MISC'].map((t) => {
    const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    return `${t} ${f3(prf(c.tp, c.fp, c.fn).f)}`;
  });
  if (fold === null) {
    // The shipped weights learnt from every document: scores here show what they memorised;
    // the fresh-text estimate is the cross-validation below.
    const all = score(docs);
    line('CoNLL dev, all trained on (memorised)', `${perType(all.byType).join(', ')}  (${docs.length} documents; fresh text: see cross-validation)`);
    return;
  }
  const heldOut = docs.filter((_, i) => inFold(i, fold));
  const trained = docs.filter((_, i) => !inFold(i, fold));
  const fresh = score(heldOut);
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
    const c = fresh.byType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    const s = prf(c.tp, c.fp, c.fn);
    line(`CoNLL dev held-out ${t} P / R / F1`, `${f3(s.p)} / ${f3(s.r)} / ${f3(s.f)}`, t === 'MISC' ? undefined : 'F1 >= 0.85');
  }
  const u = prf(fresh.untyped.tp, fresh.untyped.fp, fresh.untyped.fn);
  line('CoNLL dev held-out spans, untyped F1', `${f3(u.f)}  (P ${f3(u.p)}, R ${f3(u.r)}, ${heldOut.length} documents never trained on)`);
  line('CoNLL dev trained part, F1 (memorised)', `${perType(score(trained).byType).join(', ')}  (${trained.length} documents)`);
}
