/**
 * English first names and whose they are (men's, women's, or both), from the stdlib datasets
 * compacted at build time (scripts/gazetteer.mjs). The tagger reads a first name as a hint of
 * a person; the reference stage reads its sex as a prior for "he" and "she".
 */
import names from './generated/first-names.json';

export type NameSex = 'm' | 'f' | 'u';

let index: Map<string, NameSex> | null = null;

/** Whose first name `word` is ("Ann" -> 'f'), 'u' for both, null for no first name. Case as written. */
export function firstNameSex(word: string): NameSex | null {
  if (!index) {
    index = new Map();
    for (const sex of ['m', 'f', 'u'] as const) for (const n of (names as Record<NameSex, string>)[sex].split(',')) if (n) index.set(n, sex);
  }
  return index.get(word) ?? null;
}
