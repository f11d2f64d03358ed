/**
 * Named-entity span F1 per type on CoNLL-2003 dev (shared/dev-corpus/conll2003/dev.txt):
 * each document's sentences are joined into a text, analysed, and the predicted mentions are
 * compared with the gold IOB2 spans by exact token boundaries and type.
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../src/core/analyzeDocument';
import type { EntityType } from '../../src/core/report';
import { f3, line, prf, sharedPath } from './shared';

const TYPE_MAP: Record<EntityType, string> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC',
  PRODUCT: 'MISC', LAW: 'MISC', WORK: 'MISC', MISC: 'MISC',
};

interface ConllDoc { text: string; starts: number[]; ends: number[]; gold: Set<string> }

function readConll(file: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let cur: { sentences: { token: string; tag: string }[][] } | null = null;
  let sentence: { token: string; tag: string }[] = [];
  const flushSentence = () => {
    if (sentence.length && cur) cur.sentences.push(sentence);
    sentence = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (cur && cur.sentences.length) docs.push(build(cur.sentences));
    cur = { sentences: [] };
  };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const l = raw.trim();
    if (l.startsWith('-DOCSTART-')) { flushDoc(); continue; }
    if (!l) { flushSentence(); continue; }
    const parts = l.split(' ');
    cur ??= { sentences: [] };
    sentence.push({ token: parts[0], tag: parts[parts.length - 1] });
  }
  flushDoc();
  return docs;
}

function build(sentences: { token: string; tag: string }[][]): ConllDoc {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const gold = new Set<string>();
  for (const s of sentences) {
    if (text) text += '\n';
    let open: { start: number; type: string } | null = null;
    let lastEnd = 0;
    s.forEach((t, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += t.token;
      starts.push(start);
      ends.push(text.length);
      const [bio, type] = t.tag.split('-');
      if (open && (bio !== 'I' || type !== open.type)) { gold.add(`${open.start}:${lastEnd}:${open.type}`); open = null; }
      if (bio === 'B' || (bio === 'I' && !open)) open = { start, type };
      lastEnd = text.length;
    });
    if (open) gold.add(`${(open as { start: number }).start}:${lastEnd}:${(open as { type: string }).type}`);
  }
  return { text, starts, ends, gold };
}

export function evaluateConll(): void {
  const file = sharedPath('dev-corpus', 'conll2003', 'dev.txt');
  if (!file) {
    line('CoNLL-2003 NER', 'skipped: ../shared/dev-corpus/conll2003 is absent');
    return;
  }
  const docs = readConll(file);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (t: string, k: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(t, c);
  };
  let untypedTp = 0;
  let untypedPred = 0;
  let untypedGold = 0;
  for (const d of docs) {
    const a = analyzeDocument('conll.txt', d.text);
    const predicted = new Set(a.entities.map((e) => `${e.start}:${e.end}:${TYPE_MAP[e.type]}`));
    const goldSpans = new Set([...d.gold].map((g) => g.split(':').slice(0, 2).join(':')));
    for (const p of predicted) {
      bump(p.split(':')[2], d.gold.has(p) ? 'tp' : 'fp');
    }
    for (const g of d.gold) if (!predicted.has(g)) bump(g.split(':')[2], 'fn');
    const predSpans = new Set(a.entities.map((e) => `${e.start}:${e.end}`));
    untypedPred += predSpans.size;
    untypedGold += goldSpans.size;
    for (const s of predSpans) if (goldSpans.has(s)) untypedTp++;
  }
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
    const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    const s = prf(c.tp, c.fp, c.fn);
    line(`CoNLL-2003 dev ${t} P / R / F1`, `${f3(s.p)} / ${f3(s.r)} / ${f3(s.f)}`, t === 'MISC' ? undefined : 'F1 >= 0.85');
  }
  const u = prf(untypedTp, untypedPred - untypedTp, untypedGold - untypedTp);
  line('CoNLL-2003 dev spans, untyped F1', `${f3(u.f)}  (P ${f3(u.p)}, R ${f3(u.r)}, ${docs.length} documents)`);
}
