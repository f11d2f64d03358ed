/**
 * Features of a token for the named-entity tagger: the word, its shape, affixes, part of
 * speech, its neighbours, place-gazetteer hits and the tag given to the previous token.
 * Shared by training (tools/trainNer.ts) and tagging (nerTagger.ts), so both see the same.
 */
import { isBrand } from './brands';
import { lookupTaggerPlace } from './gazetteer';
import type { DocumentTopic } from './documentTopic';
import type { TokenTable } from './model';
import { EVENT_WORDS, ORG_WORDS, PERSON_TITLES } from './nameLexicon';
import { coarseCluster, wordCluster } from './wordClusters';

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
  // Training reads these strings; the tagger scores the same features from compiled tables
  // (nerContextScorer), so a change here must be made there too: a unit test compares the two.
  const { normal, value, pos: posOf } = tokens;
  const w = normal[t];
  const v = value[t];
  const pos = posOf[t];
  const hasPrev = t - 1 >= first;
  const hasNext = t + 1 <= last;
  const wPrev = hasPrev ? normal[t - 1] : '<s>';
  const wNext = hasNext ? normal[t + 1] : '</s>';
  const wNext2 = t + 2 <= last ? normal[t + 2] : '</s>';
  const pPrev = hasPrev ? posOf[t - 1] : '<s>';
  const pNext = hasNext ? posOf[t + 1] : '</s>';
  const shape = wordShape(v);
  emit('p', pos);
  emit('w-1', wPrev);
  emit('s-1', hasPrev ? wordShape(value[t - 1]) : '<s>');
  emit('w+1', wNext);
  emit('s+1', hasNext ? wordShape(value[t + 1]) : '</s>');
  emit('w-2', t - 2 >= first ? normal[t - 2] : '<s>');
  emit('w+2', wNext2);
  emit('p-1', pPrev);
  emit('p+1', pNext);
  pair('p-1p', pPrev, pos);
  pair('pp+1', pos, pNext);
  emit('t-1', prevTag);
  pair('t-2t-1', prevPrevTag, prevTag);
  pair('t-1w', prevTag, w);
  pair('t-1s', prevTag, shape);
  pair('w-1w', wPrev, w);
  pair('ww+1', w, wNext);
  if (t === first) {
    emit('first', '');
    emit('first|s', shape);
  }
  if (hasNext && isCapital(value[t + 1]) && lookupTaggerPlace(`${v} ${value[t + 1]}`)) emit('gaz2+', '');
  if (hasPrev && isCapital(value[t - 1]) && lookupTaggerPlace(`${value[t - 1]} ${v}`)) emit('gaz2-', '');
  // Lexicon cues: a title before ("Minister ..."), an organisation head word after it.
  if (PERSON_TITLES.has(wPrev)) emit('title-1', '');
  if (ORG_WORDS.has(wNext) || ORG_WORDS.has(wNext2)) emit('orgword+', '');
  if (wNext === 'said' || wNext === 'says' || wNext === 'told') emit('said+1', '');
  // The neighbours' word classes: "[club] beat X", "shares in X rose".
  if (hasPrev) emitCluster('c-1', wPrev, emit);
  if (hasNext) emitCluster('c+1', wNext, emit);
  if (line !== 'normal') {
    const templates = LINE_TEMPLATES[line];
    emit(templates[0], w);
    emit(templates[1], shape);
    emit(templates[2], pos);
  }
}

function emitCluster(template: string, word: string, emit: FeatureSink): void {
  const cluster = wordCluster(word);
  if (cluster >= 0) emit(template, String(cluster));
}

const LINE_TEMPLATES: Record<'caps' | 'title', readonly [string, string, string]> = {
  caps: ['caps|w', 'caps|s', 'caps|p'],
  title: ['title|w', 'title|s', 'title|p'],
};

function isCapital(v: string): boolean {
  const c = v.charCodeAt(0);
  return c >= 65 && c <= 90;
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
  const place = lookupTaggerPlace(v);
  if (place) emit('gaz', place.type);
  if (isBrand(v)) emit('brand', '');
  if (v.length > 1 && /^[A-Z]+$/.test(v)) emit('allcaps', '');
  if (PERSON_TITLES.has(w)) emit('title', '');
  if (ORG_WORDS.has(w)) emit('orgword', '');
  if (EVENT_WORDS.has(w)) emit('eventword', '');
  // The word's class, fine and coarse: what a name unseen in training shares with seen ones.
  const cluster = wordCluster(w);
  if (cluster >= 0) {
    emit('c', String(cluster));
    emit('cc', String(coarseCluster(cluster)));
  }
}

/**
 * The features a document's topic adds (none outside a sports report): in a sports report a
 * town's name is often its club, so the tagger weighs the place gazetteer, the word's class,
 * its neighbours, its part of speech and its shape apart there.
 */
export function emitTopicFeatures(tokens: TokenTable, t: number, first: number, last: number, topic: DocumentTopic, emit: FeatureSink): void {
  if (topic === null) return;
  const prefix = TOPIC_PREFIX[topic];
  const place = lookupTaggerPlace(tokens.value[t]);
  emit(prefix[0], place ? place.type : '-');
  const cluster = wordCluster(tokens.normal[t]);
  if (cluster >= 0) emit(prefix[1], String(cluster));
  emit(prefix[2], t > first ? tokens.normal[t - 1] : '<s>');
  emit(prefix[3], t < last ? tokens.normal[t + 1] : '</s>');
  emit(prefix[4], tokens.pos[t]);
  emit(prefix[5], wordShape(tokens.value[t]));
}

/** Each topic's feature templates, built once: the tagger emits them for every token it scores. */
const TOPIC_PREFIX: Record<NonNullable<DocumentTopic>, readonly string[]> = {
  sport: ['sp|gaz', 'sp|c', 'sp|w-1', 'sp|w+1', 'sp|p', 'sp|s'],
};

/** The same features as strings ("w=acme", "b"), the form the weights file is keyed by. */
export function tokenFeatures(
  tokens: TokenTable, t: number, first: number, last: number, prevTag: string, prevPrevTag: string, line: LineCase,
  topic: DocumentTopic = null,
): string[] {
  const out: string[] = [];
  const sink: FeatureSink = (template, value) => out.push(value === '' ? template : `${template}=${value}`);
  emitFeatures(tokens, t, first, last, prevTag, prevPrevTag, line, sink);
  emitTopicFeatures(tokens, t, first, last, topic, sink);
  return out;
}

const HEADLINE_LOWER = new Set(['with', 'from', 'into', 'onto', 'over', 'amid', 'upon', 'than', 'that', 'this', 'after', 'about', 'against', 'between', 'under', 'without', 'within', 'while', 'during', 'amidst', 'across', 'through', 'toward', 'towards', 'before', 'since', 'until', 'among']);

/** How a line is cased: headlines in capitals or in Title Case say nothing about names by their capitals. */
export type LineCase = 'normal' | 'caps' | 'title';

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function lineCase(tokens: TokenTable, first: number, last: number): LineCase {
  let words = 0;
  let caps = 0;
  let long = 0;
  let longCapitalised = 0;
  for (let t = first; t <= last; t++) {
    const v = tokens.value[t];
    // Character tests rather than regular expressions: every sentence of every document comes here.
    if (!isAsciiLetter(v.charCodeAt(0))) continue;
    words++;
    if (v === v.toUpperCase()) caps++;
    // Title Case shows in the longer words: every one of them starts with a capital (short
    // function words such as "with" or "from" stay lower case in headlines).
    if (v.length >= 4 && isAsciiLetter(v.charCodeAt(1)) && isAsciiLetter(v.charCodeAt(2)) && isAsciiLetter(v.charCodeAt(3)) && !HEADLINE_LOWER.has(v)) {
      long++;
      const c = v.charCodeAt(0);
      if (c >= 65 && c <= 90) longCapitalised++;
    }
  }
  if (words >= 3 && caps === words) return 'caps';
  return long >= 4 && longCapitalised === long ? 'title' : 'normal';
}
