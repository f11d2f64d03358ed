/**
 * npm run train:ner — trains the named-entity tagger on the CoNLL-2003 dev set in ../shared,
 * without its held-out fifth, and writes the weights to src/core/models/ner-weights.json.
 * Only weights are written: no text of the data set goes into the project. NER_FOLD picks
 * another fifth to hold out (see tools/eval/conllData.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHeldOut, readConll } from './eval/conllData';
import { sharedPath } from './eval/shared';
import { trainNerWeights } from './ner/train';

const OUT = join(__dirname, '../src/core/models/ner-weights.json');

function main(): void {
  const file = sharedPath('dev-corpus', 'conll2003', 'dev.txt');
  if (!file) throw new Error('../shared/dev-corpus/conll2003/dev.txt is absent');
  const { tags, weights } = trainNerWeights(readConll(file), (i) => !isHeldOut(i), (l) => console.log(l));
  writeFileSync(OUT, JSON.stringify({ tags, weights }));
  console.log(`-> ${OUT}`);
}

main();
