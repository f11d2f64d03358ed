/**
 * Names of brands and companies that are one word ("Google", "YouTube"), from the registry
 * package simple-icons, compacted at build time (scripts/gazetteer.mjs). The tagger reads a
 * hit as a feature: word classes learnt from lower-case text put such names among common
 * nouns ("internet", "software"), and the tagger had read them as none.
 */
import names from './generated/brands.json';

let index: Set<string> | null = null;

/** Whether `word`, spelt as written, is a known brand's name. */
export function isBrand(word: string): boolean {
  index ??= new Set((names as string).split('|'));
  return index.has(word);
}

/** Every name of the list: training puts them in organisations' places (tools/ner/train.ts). */
export function brandNames(): string[] {
  return (names as string).split('|');
}
