/**
 * The tagger's context features (emitContextFeatures) scored without strings. The weights are
 * compiled into tables indexed by small numbers (a word's, a shape's, a part of speech's, a
 * tag's), and each token's numbers are looked up once per document: scoring a token then costs
 * array reads where the features as strings cost a dozen map lookups. It adds exactly the
 * weights emitContextFeatures names (a unit test holds the two equal); training still reads
 * the strings.
 */
import { lookupTaggerPlace } from './gazetteer';
import type { TokenTable } from './model';
import { ORG_WORDS, PERSON_TITLES } from './nameLexicon';
import { NER_TAGS, wordShape, type LineCase } from './nerFeatures';
import { wordCluster } from './wordClusters';

/** Where each kind of value is numbered. */
type Domain = 'word' | 'shape' | 'pos' | 'tag' | 'cluster';

/** Templates with one value, by the domain of that value. */
const SINGLE: Record<string, Domain> = {
  'w-1': 'word', 'w+1': 'word', 'w-2': 'word', 'w+2': 'word', 'caps|w': 'word', 'title|w': 'word',
  's-1': 'shape', 's+1': 'shape', 'first|s': 'shape', 'caps|s': 'shape', 'title|s': 'shape',
  p: 'pos', 'p-1': 'pos', 'p+1': 'pos', 'caps|p': 'pos', 'title|p': 'pos',
  't-1': 'tag',
  'c-1': 'cluster', 'c+1': 'cluster',
};
/** Templates whose value is a pair "a|b", by the domains of a and b. */
const PAIRS: Record<string, [Domain, Domain]> = {
  'w-1w': ['word', 'word'], 'ww+1': ['word', 'word'], 't-1w': ['tag', 'word'], 't-1s': ['tag', 'shape'],
  'p-1p': ['pos', 'pos'], 'pp+1': ['pos', 'pos'], 't-2t-1': ['tag', 'tag'],
};
/** Templates without a value: present or not. */
const FLAGS = ['first', 'gaz2+', 'gaz2-', 'title-1', 'orgword+', 'said+1'] as const;

/** A pair's key: a's number times this, plus b's. Numbers stay below it. */
const PAIR_BASE = 1 << 16;

export interface CompiledContext {
  numbers: Record<Domain, Map<string, number>>;
  /** The numbers of the marks before a sentence's first token and after its last ("<s>", "</s>"). */
  start: Record<Domain, number>;
  end: Record<Domain, number>;
  /** template -> value's number -> row start in the weights buffer, or -1. */
  single: Record<string, Int32Array>;
  /** template -> a * PAIR_BASE + b -> row start. */
  pairs: Record<string, Map<number, number>>;
  /** template -> row start, or -1. */
  flags: Record<string, number>;
  /** A word class's index -> its number in the 'cluster' domain, filled on first use. */
  clusterNumbers: number[];
}

/**
 * Builds the tables from the weights as the tagger holds them: template -> value -> row start.
 * Values are split into a pair at their first "|", as the string lookups split them.
 */
export function compileContext(model: Map<string, Map<string, number>>): CompiledContext {
  const numbers: Record<Domain, Map<string, number>> = { word: new Map(), shape: new Map(), pos: new Map(), tag: new Map(), cluster: new Map() };
  NER_TAGS.forEach((tag, i) => numbers.tag.set(tag, i));
  const number = (domain: Domain, value: string): number => {
    const map = numbers[domain];
    let n = map.get(value);
    if (n === undefined) {
      n = map.size;
      if (n >= PAIR_BASE / 2) throw new Error(`nerContextScorer: more than ${PAIR_BASE / 2} values of one kind`);
      map.set(value, n);
    }
    return n;
  };
  const singleRows = new Map<string, Map<number, number>>();
  const pairs: Record<string, Map<number, number>> = {};
  const flags: Record<string, number> = {};
  for (const t of FLAGS) flags[t] = -1;
  for (const t of Object.keys(PAIRS)) pairs[t] = new Map();
  for (const [template, values] of model) {
    const domain = SINGLE[template];
    const pair = PAIRS[template];
    if (domain) {
      const rows = new Map<number, number>();
      for (const [value, row] of values) rows.set(number(domain, value), row);
      singleRows.set(template, rows);
    } else if (pair) {
      const rows = new Map<number, number>();
      for (const [value, row] of values) {
        const bar = value.indexOf('|');
        if (bar < 0) continue;
        rows.set(number(pair[0], value.slice(0, bar)) * PAIR_BASE + number(pair[1], value.slice(bar + 1)), row);
      }
      pairs[template] = rows;
    } else if ((FLAGS as readonly string[]).includes(template)) {
      const row = values.get('');
      if (row !== undefined) flags[template] = row;
    }
  }
  // Dense tables, now that every domain has its final size.
  const single: Record<string, Int32Array> = {};
  for (const template of Object.keys(SINGLE)) {
    const table = new Int32Array(numbers[SINGLE[template]].size).fill(-1);
    for (const [n, row] of singleRows.get(template) ?? []) table[n] = row;
    single[template] = table;
  }
  const mark = (value: string) => ({
    word: numbers.word.get(value) ?? -1, shape: numbers.shape.get(value) ?? -1, pos: numbers.pos.get(value) ?? -1, tag: -1, cluster: -1,
  });
  return { numbers, start: mark('<s>'), end: mark('</s>'), single, pairs, flags, clusterNumbers: [] };
}

/** A document's tokens as numbers, found on first use: -2 not yet looked up, -1 unknown to the weights. */
interface TokenNumbers {
  word: Int32Array;
  shape: Int32Array;
  pos: Int32Array;
  cluster: Int32Array;
  /** Lexicon bits of the word (LEXICON_*), -1 not yet looked up. */
  lexicon: Int8Array;
  /** Whether the token and the next name a place together (1 or 0), -1 not yet looked up. */
  placePair: Int8Array;
}

/** Whether tokens k and k + 1 together name a known place ("New York"), looked up once per document. */
function placePairAt(n: TokenNumbers, tokens: TokenTable, k: number): boolean {
  let x = n.placePair[k];
  if (x < 0) x = n.placePair[k] = lookupTaggerPlace(`${tokens.value[k]} ${tokens.value[k + 1]}`) ? 1 : 0;
  return x === 1;
}

const LEXICON_ORG_WORD = 1;
const LEXICON_TITLE = 2;
const LEXICON_SAID = 4;

/** Token k's lexicon bits, looked up once per document; 0 outside the sentence (its marks are in no lexicon). */
function lexiconAt(n: TokenNumbers, tokens: TokenTable, k: number, first: number, last: number): number {
  if (k < first || k > last) return 0;
  let x = n.lexicon[k];
  if (x < 0) {
    const w = tokens.normal[k];
    x = n.lexicon[k] = (ORG_WORDS.has(w) ? LEXICON_ORG_WORD : 0) | (PERSON_TITLES.has(w) ? LEXICON_TITLE : 0) |
      (w === 'said' || w === 'says' || w === 'told' ? LEXICON_SAID : 0);
  }
  return x;
}
const tokenNumbers = new WeakMap<TokenTable, TokenNumbers>();

function numbersOf(tokens: TokenTable): TokenNumbers {
  let numbers = tokenNumbers.get(tokens);
  if (!numbers) {
    numbers = {
      word: new Int32Array(tokens.count).fill(-2), shape: new Int32Array(tokens.count).fill(-2), pos: new Int32Array(tokens.count).fill(-2),
      cluster: new Int32Array(tokens.count).fill(-2), lexicon: new Int8Array(tokens.count).fill(-1),
      placePair: new Int8Array(tokens.count).fill(-1),
    };
    tokenNumbers.set(tokens, numbers);
  }
  return numbers;
}

/** What a token is in each domain: its lower-case word, its shape, its part of speech. */
const WORD_OF = (tokens: TokenTable, k: number): string => tokens.normal[k];
const SHAPE_OF = (tokens: TokenTable, k: number): string => wordShape(tokens.value[k]);
const POS_OF = (tokens: TokenTable, k: number): string => tokens.pos[k];


/** Token k's number in a domain, looked up once per document; outside the sentence, its boundary mark's. */
function numberAt(
  c: CompiledContext, domain: Exclude<Domain, 'tag'>, cache: Int32Array, textOf: (tokens: TokenTable, k: number) => string,
  tokens: TokenTable, k: number, first: number, last: number,
): number {
  if (k < first) return c.start[domain];
  if (k > last) return c.end[domain];
  let x = cache[k];
  if (x === -2) x = cache[k] = c.numbers[domain].get(textOf(tokens, k)) ?? -1;
  return x;
}

function wordAt(c: CompiledContext, n: TokenNumbers, tokens: TokenTable, k: number, first: number, last: number): number {
  return numberAt(c, 'word', n.word, WORD_OF, tokens, k, first, last);
}

function shapeAt(c: CompiledContext, n: TokenNumbers, tokens: TokenTable, k: number, first: number, last: number): number {
  return numberAt(c, 'shape', n.shape, SHAPE_OF, tokens, k, first, last);
}

function posAt(c: CompiledContext, n: TokenNumbers, tokens: TokenTable, k: number, first: number, last: number): number {
  return numberAt(c, 'pos', n.pos, POS_OF, tokens, k, first, last);
}

/** A neighbour's word class within the sentence; none (-1) outside it, as emitContextFeatures emits none. */
function clusterAt(c: CompiledContext, n: TokenNumbers, tokens: TokenTable, k: number, first: number, last: number): number {
  if (k < first || k > last) return -1;
  let x = n.cluster[k];
  if (x === -2) {
    // The class's number, from its index: no string is built per token.
    const cluster = wordCluster(tokens.normal[k]);
    x = n.cluster[k] = cluster < 0 ? -1 : clusterNumber(c, cluster);
  }
  return x;
}

function clusterNumber(c: CompiledContext, cluster: number): number {
  let x = c.clusterNumbers[cluster];
  if (x === undefined) x = c.clusterNumbers[cluster] = c.numbers.cluster.get(String(cluster)) ?? -1;
  return x;
}

/** Adds the row of weights starting at `row` (if any) to the scores. */
function add(scores: Float64Array, rows: Float32Array, row: number): void {
  if (row < 0) return;
  for (let i = 0; i < scores.length; i++) scores[i] += rows[row + i];
}

function one(table: Int32Array, n: number): number {
  return n < 0 || n >= table.length ? -1 : table[n];
}

function two(table: Map<number, number>, a: number, b: number): number {
  return a < 0 || b < 0 ? -1 : table.get(a * PAIR_BASE + b) ?? -1;
}

/**
 * Adds token t's context weights to `scores`, from the weights buffer `rows`. `prevTag` and
 * `prevPrevTag` are indices into NER_TAGS.
 */
export function scoreContext(
  c: CompiledContext, tokens: TokenTable, t: number, first: number, last: number, prevTag: number, prevPrevTag: number,
  line: LineCase, scores: Float64Array, rows: Float32Array,
): void {
  const n = numbersOf(tokens);
  const { single, pairs, flags } = c;
  // In the order emitContextFeatures emits them, so that the sums match to the last bit.
  const w = wordAt(c, n, tokens, t, first, last);
  const s = shapeAt(c, n, tokens, t, first, last);
  const p = posAt(c, n, tokens, t, first, last);
  const wPrev = wordAt(c, n, tokens, t - 1, first, last);
  const wNext = wordAt(c, n, tokens, t + 1, first, last);
  const pPrev = posAt(c, n, tokens, t - 1, first, last);
  const pNext = posAt(c, n, tokens, t + 1, first, last);
  add(scores, rows, one(single['p'], p));
  add(scores, rows, one(single['w-1'], wPrev));
  add(scores, rows, one(single['s-1'], shapeAt(c, n, tokens, t - 1, first, last)));
  add(scores, rows, one(single['w+1'], wNext));
  add(scores, rows, one(single['s+1'], shapeAt(c, n, tokens, t + 1, first, last)));
  add(scores, rows, one(single['w-2'], wordAt(c, n, tokens, t - 2, first, last)));
  add(scores, rows, one(single['w+2'], wordAt(c, n, tokens, t + 2, first, last)));
  add(scores, rows, one(single['p-1'], pPrev));
  add(scores, rows, one(single['p+1'], pNext));
  add(scores, rows, two(pairs['p-1p'], pPrev, p));
  add(scores, rows, two(pairs['pp+1'], p, pNext));
  add(scores, rows, one(single['t-1'], prevTag));
  add(scores, rows, two(pairs['t-2t-1'], prevPrevTag, prevTag));
  add(scores, rows, two(pairs['t-1w'], prevTag, w));
  add(scores, rows, two(pairs['t-1s'], prevTag, s));
  add(scores, rows, two(pairs['w-1w'], wPrev, w));
  add(scores, rows, two(pairs['ww+1'], w, wNext));
  if (t === first) {
    add(scores, rows, flags['first']);
    add(scores, rows, one(single['first|s'], s));
  }
  const { value } = tokens;
  if (t + 1 <= last && isCapital(value[t + 1]) && placePairAt(n, tokens, t)) add(scores, rows, flags['gaz2+']);
  if (t - 1 >= first && isCapital(value[t - 1]) && placePairAt(n, tokens, t - 1)) add(scores, rows, flags['gaz2-']);
  const next = lexiconAt(n, tokens, t + 1, first, last);
  if (lexiconAt(n, tokens, t - 1, first, last) & LEXICON_TITLE) add(scores, rows, flags['title-1']);
  if ((next | lexiconAt(n, tokens, t + 2, first, last)) & LEXICON_ORG_WORD) add(scores, rows, flags['orgword+']);
  if (next & LEXICON_SAID) add(scores, rows, flags['said+1']);
  add(scores, rows, one(single['c-1'], clusterAt(c, n, tokens, t - 1, first, last)));
  add(scores, rows, one(single['c+1'], clusterAt(c, n, tokens, t + 1, first, last)));
  if (line === 'caps') {
    add(scores, rows, one(single['caps|w'], w));
    add(scores, rows, one(single['caps|s'], s));
    add(scores, rows, one(single['caps|p'], p));
  } else if (line === 'title') {
    add(scores, rows, one(single['title|w'], w));
    add(scores, rows, one(single['title|s'], s));
    add(scores, rows, one(single['title|p'], p));
  }
}

function isCapital(v: string): boolean {
  const c = v.charCodeAt(0);
  return c >= 65 && c <= 90;
}
