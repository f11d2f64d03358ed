/**
 * The named-entity tagger's accuracy on text it was never trained on, by
 * five-fold cross-validation over CoNLL-2003 dev: for each fifth, train on the other four,
 * tag that fifth, score it. The mean over the folds estimates fresh-text accuracy better than
 * the one held-out fifth of npm run eval, on which the rules after the tagger were tuned.
 * Nothing is written: the shipped weights stay as they are. About twenty seconds.
 */
import { useNerWeights } from '../../src/core/nerTagger';
import { score, type Counts } from './conll';
import { readConll } from './conllData';
import { f3, prf, sharedPath } from './shared';
import { trainNerWeights } from '../ner/train';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const FOLDS = 5;

/** Prints each fold's F1 per type and their mean; `say` prints one line. */
export function crossValidateNer(say: (label: string, value: string, target?: string) => void): void {
  const file = sharedPath('dev-corpus', 'conll2003', 'dev.txt');
  if (!file) {
    say('CoNLL-2003 cross-validation', 'skipped: ../shared/dev-corpus/conll2003/dev.txt is absent');
    return;
  }
  const docs = readConll(file);
  const f1: Record<string, number[]> = Object.fromEntries([...TYPES, 'spans'].map((t) => [t, []]));
  for (let k = 0; k < FOLDS; k++) {
    const { weights, tags } = trainNerWeights(docs, (i) => i % FOLDS !== k);
    useNerWeights({ tags, weights });
    const fold = docs.filter((_, i) => i % FOLDS === k);
    const { byType, untyped } = score(fold);
    const of = (c: Counts | undefined) => prf(c?.tp ?? 0, c?.fp ?? 0, c?.fn ?? 0).f;
    for (const t of TYPES) f1[t].push(of(byType.get(t)));
    f1.spans.push(of(untyped));
    say(`CoNLL dev cross-validation, fold ${k}`, `${TYPES.map((t) => `${t} ${f3(f1[t][k])}`).join(', ')}, spans ${f3(f1.spans[k])}  (${fold.length} documents)`);
  }
  useNerWeights(null);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  say(`CoNLL dev cross-validation, mean F1`, `${TYPES.map((t) => `${t} ${f3(mean(f1[t]))}`).join(', ')}, spans ${f3(mean(f1.spans))}  (fresh-text estimate)`, 'PER, ORG, LOC >= 0.85');
}

