/**
 * npm run eval: the analyser measured on the sample articles' gold and the public dev corpora
 * in ../shared, one line per measure with its target. Where ../shared is absent, says so.
 */
import { evaluateConll } from './eval/conll';
import { crossValidateNer } from './eval/conllCv';
import { evaluateEcbPlus } from './eval/ecbplus';
import { evaluateSeeds } from './eval/seedsGold';
import { line, SHARED, sharedPath } from './eval/shared';
import { evaluateTimebank } from './eval/timebank';

function main(): void {
  if (!sharedPath()) {
    console.log(`eval: ${SHARED} is absent; nothing to measure on (set CROSSCHECK_SHARED to its path).`);
    return;
  }
  const sections: [string, () => void][] = [
    ['seeds gold', evaluateSeeds],
    ['CoNLL-2003', evaluateConll],
    ['CoNLL-2003 cross-validation', () => crossValidateNer(line)],
    ['TimeBank', evaluateTimebank],
    ['ECB+', evaluateEcbPlus],
  ];
  const only = process.argv[2];
  for (const [name, run] of sections) {
    if (only && !name.toLowerCase().includes(only.toLowerCase())) continue;
    const t0 = Date.now();
    run();
    console.log(`  (${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

main();
