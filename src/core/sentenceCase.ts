/**
 * How a document is cased, computed once per document: each sentence's case (normal, Title
 * Case, capitals), which the entity and reference stages ask many times per sentence, and the
 * words it writes in lower case, which tell a capitalised common word from a name.
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

const lowerCache = new WeakMap<DocumentWork['tokens'], Set<string>>();

/** The words the document writes in lower case somewhere ("sale" where a headline says "Sale"). */
export function lowerCaseWords(work: DocumentWork): Set<string> {
  let words = lowerCache.get(work.tokens);
  if (!words) {
    words = new Set(work.tokens.value.filter((v) => /^[a-z]/.test(v)));
    lowerCache.set(work.tokens, words);
  }
  return words;
}
