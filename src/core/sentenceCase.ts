/**
 * How each sentence of a document is cased (normal, Title Case, capitals), computed once per
 * document: the entity stage and the reference stage both ask, many times per sentence.
 */
import type { DocumentWork } from './model';
import { lineCase, type LineCase } from './nerFeatures';

const cache = new WeakMap<DocumentWork['tokens'], LineCase[]>();

export function sentenceCase(work: DocumentWork, sentence: number): LineCase {
  return sentenceCases(work)[sentence] ?? 'normal';
}

/** Every sentence's case, by sentence index. */
export function sentenceCases(work: DocumentWork): readonly LineCase[] {
  let cases = cache.get(work.tokens);
  if (!cases) {
    cases = work.sentences.map((s) => lineCase(work.tokens, s.firstToken, s.lastToken));
    cache.set(work.tokens, cases);
  }
  return cases;
}
