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

const shapeMemo = new Map<string, string>();

/** "Xxxx", "XX", "x.x.", "dd", "Xx-dd": letters as X/x, digits as d, runs of a class collapsed after two. */
export function wordShape(v: string): string {
  let shape = shapeMemo.get(v);
  if (shape === undefined) {
    if (shapeMemo.size > 50_000) shapeMemo.clear();
    shape = computeShape(v);
    shapeMemo.set(v, shape);
  }
  return shape;
}

function computeShape(v: string): string {
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

/** Receives one feature: a template name and its value ('' for a template that is its own feature). */
export type FeatureSink = (template: string, value: string) => void;
/** Receives a feature whose value is a pair, "a|b": the tagger looks the parts up without joining them. */
export type PairSink = (template: string, a: string, b: string) => void;
/** The templates whose values are pairs "a|b". */
export const PAIR_TEMPLATES = new Set(['p-1p', 'pp+1', 't-2t-1', 't-1w', 't-1s', 'w-1w', 'ww+1']);

/**
 * The features of token t in the sentence [first, last], given to `emit` as (template, value)
 * pairs: the bias, the spelling features and the context features. Training reads them all
 * here; the tagger calls the parts itself to score spellings once. `prevTag` is the
 * tag given to token t - 1 ('O' at a sentence start).
 */
export function emitFeatures(
  tokens: TokenTable, t: number, first: number, last: number, prevTag: string, prevPrevTag: string, line: LineCase,
  emit: FeatureSink,
): void {
  emit('b', '');
  emitWordFeatures(tokens.value[t], tokens.normal[t], wordShape(tokens.value[t]), emit);
  emitContextFeatures(tokens, t, first, last, prevTag, prevPrevTag, line, emit);
}

/**
 * The features of token t that depend on where it stands: its part of speech, its neighbours,
 * the tags before it, the line's casing. With `emitWordFeatures` and the bias, all of them.
 */
export function emitContextFeatures(
  tokens: TokenTable, t: number, first: number, last: number, prevTag: string, prevPrevTag: string, line: LineCase,
  emit: FeatureSink, pair: PairSink = (template, a, b) => emit(template, `${a}|${b}`),
): void {
  const w = tokens.normal[t];
  const v = tokens.value[t];
  const pos = tokens.pos[t];
  const at = (k: number) => (k >= first && k <= last ? tokens.normal[k] : k < first ? '<s>' : '</s>');
  const posAt = (k: number) => (k >= first && k <= last ? tokens.pos[k] : k < first ? '<s>' : '</s>');
  const shape = wordShape(v);
  emit('p', pos);
  emitNeighbourFeatures('-1', at(t - 1), inside(t - 1) ? wordShape(tokens.value[t - 1]) : '<s>', emit);
  emitNeighbourFeatures('+1', at(t + 1), inside(t + 1) ? wordShape(tokens.value[t + 1]) : '</s>', emit);
  emitNeighbourFeatures('-2', at(t - 2), null, emit);
  emitNeighbourFeatures('+2', at(t + 2), null, emit);
  emit('p-1', posAt(t - 1));
  emit('p+1', posAt(t + 1));
  pair('p-1p', posAt(t - 1), pos);
  pair('pp+1', pos, posAt(t + 1));
  emit('t-1', prevTag);
  pair('t-2t-1', prevPrevTag, prevTag);
  pair('t-1w', prevTag, w);
  pair('t-1s', prevTag, shape);
  pair('w-1w', at(t - 1), w);
  pair('ww+1', w, at(t + 1));
  if (t === first) {
    emit('first', '');
    emit('first|s', shape);
  }
  if (inside(t + 1) && /^[A-Z]/.test(tokens.value[t + 1]) && lookupPlace(`${v} ${tokens.value[t + 1]}`)) emit('gaz2+', '');
  if (inside(t - 1) && /^[A-Z]/.test(tokens.value[t - 1]) && lookupPlace(`${tokens.value[t - 1]} ${v}`)) emit('gaz2-', '');
  // Lexicon cues: a title before ("Minister ..."), an organisation head word after it.
  if (PERSON_TITLES.has(at(t - 1))) emit('title-1', '');
  if (ORG_WORDS.has(at(t + 1)) || ORG_WORDS.has(at(t + 2))) emit('orgword+', '');
  const next = at(t + 1);
  if (next === 'said' || next === 'says' || next === 'told') emit('said+1', '');
  if (line !== 'normal') {
    emit(`${line}|w`, w);
    emit(`${line}|s`, shape);
    emit(`${line}|p`, pos);
  }

  function inside(i: number): boolean {
    return i >= first && i <= last;
  }
}

/**
 * The features a token has by its spelling alone (word, shape, affixes, gazetteer and lexicon
 * hits): the same wherever the word occurs, so the tagger can score them once per word.
 */
export function emitWordFeatures(v: string, w: string, shape: string, emit: FeatureSink): void {
  emit('w', w);
  emit('s', shape);
  emit('p3', w.slice(0, 3));
  emit('s3', w.slice(-3));
  emit('s4', w.slice(-4));
  const place = lookupPlace(v);
  if (place) emit('gaz', place.type);
  if (v.length > 1 && /^[A-Z]+$/.test(v)) emit('allcaps', '');
  if (PERSON_TITLES.has(w)) emit('title', '');
  if (ORG_WORDS.has(w)) emit('orgword', '');
  if (EVENT_WORDS.has(w)) emit('eventword', '');
}

/** The features a neighbouring word gives ("w-1=the", "s+1=Xxx"); the shape only for the nearest ones. */
export function emitNeighbourFeatures(rel: '-2' | '-1' | '+1' | '+2', w: string, shape: string | null, emit: FeatureSink): void {
  emit(`w${rel}`, w);
  if (shape !== null) emit(`s${rel}`, shape);
}

/** The same features as strings ("w=acme", "b"), the form the weights file is keyed by. */
export function tokenFeatures(
  tokens: TokenTable, t: number, first: number, last: number, prevTag: string, prevPrevTag: string, line: LineCase,
): string[] {
  const out: string[] = [];
  emitFeatures(tokens, t, first, last, prevTag, prevPrevTag, line, (template, value) => out.push(value === '' ? template : `${template}=${value}`));
  return out;
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
