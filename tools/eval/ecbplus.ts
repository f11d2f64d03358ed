/**
 * Cross-document event and entity clustering on the ECB+ dev clusters. Each cluster folder is
 * analysed as one workspace; gold mentions in gold-coreference sentences are assigned to the
 * predicted event (or entity) whose mention overlaps them, else to a cluster of their own, and
 * scored with MUC, B-cubed and CEAF-e against the gold chains, beside a same-lemma (events) or
 * same-string (entities) baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/core/analyzer';
import { languageModel } from '../../src/core/tokenize';
import { conllF1 } from './corefMetrics';
import { f3, line, sharedPath } from './shared';

interface Mention { m_id: number; type: string; chain?: string; start: number; end: number; text: string; in_gold_coref_sentence: boolean }
interface Annotations { docs: Record<string, { mentions: Mention[] }> }

const isEvent = (t: string) => /^(ACTION|NEG_ACTION)/.test(t);
const isEntity = (t: string) => /^(HUMAN_PART|NON_HUMAN_PART|LOC)/.test(t);

export function evaluateEcbPlus(): void {
  const root = sharedPath('dev-corpus', 'ecbplus');
  if (!root) {
    line('ECB+ clustering', 'skipped: ../shared/dev-corpus/ecbplus is absent');
    return;
  }
  const nlp = languageModel();
  const lemmaOf = (s: string) => {
    const toks = nlp.readDoc(s).tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[];
    return (toks[toks.length - 1] ?? s).toLowerCase();
  };
  const goldEv = new Map<string, string>();
  const predEv = new Map<string, string>();
  const baseEv = new Map<string, string>();
  const goldEn = new Map<string, string>();
  const predEn = new Map<string, string>();
  const baseEn = new Map<string, string>();
  const folders = readdirSync(root).filter((f) => f.startsWith('ecbplus-')).sort();
  // Per topic (its ecb and ecbplus folders), events only: whether the gain holds everywhere.
  type Scored = { gold: Map<string, string>; pred: Map<string, string>; base: Map<string, string> };
  const byTopic = new Map<string, Scored>();
  const entitiesByTopic = new Map<string, Scored>();
  const note = (topics: Map<string, Scored>, topic: string, key: string, gold: string, pred: string, base: string) => {
    const t = topics.get(topic) ?? { gold: new Map(), pred: new Map(), base: new Map() };
    topics.set(topic, t);
    t.gold.set(key, gold);
    t.pred.set(key, pred);
    t.base.set(key, base);
  };
  for (const folder of folders) {
    const ann = JSON.parse(readFileSync(join(root, folder, 'annotations.json'), 'utf8')) as Annotations;
    const inputs = Object.keys(ann.docs).map((n) => ({ id: n, text: readFileSync(join(root, folder, `${n}.txt`), 'utf8') }));
    const report = new Analyzer().analyze(inputs);
    for (const [doc, d] of Object.entries(ann.docs)) {
      for (const m of d.mentions) {
        if (!m.in_gold_coref_sentence) continue;
        const key = `${folder}:${doc}:${m.m_id}`;
        const chain = m.chain ? `${folder}:${m.chain}` : `single:${key}`;
        if (isEvent(m.type)) {
          goldEv.set(key, chain);
          const ev = report.events.find((v) => v.mentions.some((x) => x.doc === doc && x.start < m.end && m.start < x.end));
          predEv.set(key, ev ? `${folder}:${ev.id}` : `single:${key}`);
          baseEv.set(key, `${folder}:${lemmaOf(m.text)}`);
          note(byTopic, folder.split('-')[1], key, goldEv.get(key)!, predEv.get(key)!, baseEv.get(key)!);
        } else if (isEntity(m.type)) {
          goldEn.set(key, chain);
          const en = report.entities.find((e) => e.mentions.some((x) => x.doc === doc && x.start < m.end && m.start < x.end));
          predEn.set(key, en ? `${folder}:${en.id}` : `single:${key}`);
          baseEn.set(key, `${folder}:${m.text.toLowerCase()}`);
          note(entitiesByTopic, folder.split('-')[1], key, goldEn.get(key)!, predEn.get(key)!, baseEn.get(key)!);
        }
      }
    }
  }
  const ev = conllF1(goldEv, predEv);
  const evBase = conllF1(goldEv, baseEv);
  line('ECB+ events CoNLL F1 (MUC/B3/CEAF-e)', `${f3(ev.conll)} (${f3(ev.muc.f)}/${f3(ev.b3.f)}/${f3(ev.ceafe.f)})  same-lemma baseline ${f3(evBase.conll)} (${f3(evBase.muc.f)}/${f3(evBase.b3.f)}/${f3(evBase.ceafe.f)})  ${goldEv.size} mentions`, 'baseline + 0.05');
  line('ECB+ events per topic (ours/baseline)', perTopic(byTopic));
  const en = conllF1(goldEn, predEn);
  const enBase = conllF1(goldEn, baseEn);
  line('ECB+ entities CoNLL F1 (MUC/B3/CEAF-e)', `${f3(en.conll)} (${f3(en.muc.f)}/${f3(en.b3.f)}/${f3(en.ceafe.f)})  same-string baseline ${f3(enBase.conll)} (${f3(enBase.muc.f)}/${f3(enBase.b3.f)}/${f3(enBase.ceafe.f)})  ${goldEn.size} mentions`, '> baseline');
  line('ECB+ entities per topic (ours/baseline)', perTopic(entitiesByTopic));
}

/** Whether a gain holds in every topic: each topic's CoNLL F1 beside its baseline's. */
function perTopic(topics: Map<string, { gold: Map<string, string>; pred: Map<string, string>; base: Map<string, string> }>): string {
  const scores = [...topics].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, t]) => ({ name, ours: conllF1(t.gold, t.pred).conll, base: conllF1(t.gold, t.base).conll }));
  const won = scores.filter((s) => s.ours > s.base).length;
  return `${won}/${scores.length} topics above the baseline: ${scores.map((s) => `${s.name} ${f3(s.ours)}/${f3(s.base)}`).join(', ')}`;
}
