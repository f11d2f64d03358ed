/**
 * npm run train:ner — trains the named-entity tagger on the CoNLL-2003 dev set in ../shared
 * and writes the weights to src/core/models/ner-weights.json. Only weights are written: no
 * text of the data set goes into the project. Every document is learnt from, unless NER_FOLD
 * names a fifth to hold out (see tools/eval/conllData.ts); the file records which.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldToHoldOut, inFold, readConll } from './eval/conllData';
import { sharedPath } from './eval/shared';
import { trainNerWeights } from './ner/train';

const OUT = join(__dirname, '../src/core/models/ner-weights.json');

function main(): void {
  const file = sharedPath('dev-corpus', 'conll2003', 'dev.txt');
  if (!file) throw new Error('../shared/dev-corpus/conll2003/dev.txt is absent');
  const heldOutFold = foldToHoldOut();
  const { tags, weights } = trainNerWeights(readConll(file), (i) => heldOutFold === null || !inFold(i, heldOutFold), (l) => console.log(l));
  writeFileSync(OUT, JSON.stringify({ tags, heldOutFold, weights }));
  console.log(`-> ${OUT}`);
}

main();
