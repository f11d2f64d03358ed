/**
 * Features of a token for the named-entity tagger: the word, its shape, affixes, part of
 * speech, its neighbours, place-gazetteer hits and the tag given to the previous token.
 * Shared by training (tools/trainNer.ts) and tagging (nerTagger.ts), so both see the same.
 */
import { lookupPlace } from './gazetteer';
import type { TokenTable } from './model';
import { EVENT_WORDS, ORG_WORDS, PERSON_TITLES } from './nameLexicon';

/** The tag set: BIO over the CoNLL types. */
export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerTag = (typeof NER_TAGS)[number];

/** "Xxxx", "XX", "x.x.", "dd", "Xx-dd": letters as X/x, digits as d, runs of a class collapsed after two. */
export function wordShape(v: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of v) {
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch.toUpperCase() ? (ch === ch.toUpperCase() ? 'X' : 'x') : ch;
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run <= 2) out += c;
  }
  return out;
}

/**
 * The features of token t in the sentence [first, last], as strings. `prevTag` is the tag
 * the tagger gave token t - 1 ('O' at a sentence start).
 */
export function tokenFeatures(
  tokens: TokenTable, t: number, first: number, last: number, prevTag: string, prevPrevTag: string, line: LineCase,
): string[] {
  const w = tokens.normal[t];
  const v = tokens.value[t];
  const at = (k: number) => (k >= first && k <= last ? tokens.normal[k] : k < first ? '<s>' : '</s>');
  const posAt = (k: number) => (k >= first && k <= last ? tokens.pos[k] : k < first ? '<s>' : '</s>');
  const shape = wordShape(v);
  const f = [
    'b',
    `w=${w}`,
    `s=${shape}`,
    `p=${tokens.pos[t]}`,
    `p3=${w.slice(0, 3)}`,
    `s3=${w.slice(-3)}`,
    `s4=${w.slice(-4)}`,
    `w-1=${at(t - 1)}`,
    `w+1=${at(t + 1)}`,
    `w-2=${at(t - 2)}`,
    `w+2=${at(t + 2)}`,
    `p-1=${posAt(t - 1)}`,
    `p+1=${posAt(t + 1)}`,
    `p-1p=${posAt(t - 1)}|${tokens.pos[t]}`,
    `pp+1=${tokens.pos[t]}|${posAt(t + 1)}`,
    `s-1=${k(t - 1) ? wordShape(tokens.value[t - 1]) : '<s>'}`,
    `s+1=${k(t + 1) ? wordShape(tokens.value[t + 1]) : '</s>'}`,
    `t-1=${prevTag}`,
    `t-2t-1=${prevPrevTag}|${prevTag}`,
    `t-1w=${prevTag}|${w}`,
    `t-1s=${prevTag}|${shape}`,
    `w-1w=${at(t - 1)}|${w}`,
    `ww+1=${w}|${at(t + 1)}`,
  ];
  if (t === first) f.push('first', `first|s=${shape}`);
  const place = lookupPlace(v);
  if (place) f.push(`gaz=${place.type}`);
  if (k(t + 1) && lookupPlace(`${v} ${tokens.value[t + 1]}`)) f.push('gaz2+');
  if (k(t - 1) && lookupPlace(`${tokens.value[t - 1]} ${v}`)) f.push('gaz2-');
  if (/^[A-Z]+$/.test(v) && v.length > 1) f.push('allcaps');
  // Lexicon cues: a title before ("Minister ..."), an organisation or event head word in or after it.
  if (PERSON_TITLES.has(at(t - 1))) f.push('title-1');
  if (PERSON_TITLES.has(w)) f.push('title');
  if (ORG_WORDS.has(w)) f.push('orgword');
  if (ORG_WORDS.has(at(t + 1)) || ORG_WORDS.has(at(t + 2))) f.push('orgword+');
  if (EVENT_WORDS.has(w)) f.push('eventword');
  if (at(t + 1) === 'said' || at(t + 1) === 'says' || at(t + 1) === 'told') f.push('said+1');
  if (line !== 'normal') f.push(`${line}|w=${w}`, `${line}|s=${shape}`, `${line}|p=${tokens.pos[t]}`);
  return f;

  function k(i: number): boolean {
    return i >= first && i <= last;
  }
}

const HEADLINE_LOWER = new Set(['with', 'from', 'into', 'onto', 'over', 'amid', 'upon', 'than', 'that', 'this', 'after', 'about', 'against', 'between', 'under', 'without', 'within', 'while', 'during', 'amidst', 'across', 'through', 'toward', 'towards', 'before', 'since', 'until', 'among']);

/** How a line is cased: headlines in capitals or in Title Case say nothing about names by their capitals. */
export type LineCase = 'normal' | 'caps' | 'title';

export function lineCase(tokens: TokenTable, first: number, last: number): LineCase {
  let words = 0;
  let caps = 0;
  let long = 0;
  let longCapitalised = 0;
  for (let t = first; t <= last; t++) {
    const v = tokens.value[t];
    if (!/^[A-Za-z]/.test(v)) continue;
    words++;
    if (v === v.toUpperCase()) caps++;
    // Title Case shows in the longer words: every one of them starts with a capital (short
    // function words such as "with" or "from" stay lower case in headlines).
    if (/^[A-Za-z]{4}/.test(v) && !HEADLINE_LOWER.has(v)) {
      long++;
      if (/^[A-Z]/.test(v)) longCapitalised++;
    }
  }
  if (words >= 3 && caps === words) return 'caps';
  return long >= 4 && longCapitalised === long ? 'title' : 'normal';
}
