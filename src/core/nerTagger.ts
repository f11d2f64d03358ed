/**
 * The named-entity tagger: a greedy averaged perceptron over the features of nerFeatures.ts,
 * with weights trained by tools/trainNer.ts and shipped in src/core/models/ner-weights.json.
 * It tags a sentence's tokens with BIO tags over PER, ORG, LOC and MISC; an I- tag that does
 * not continue an entity of its type is read as a B-.
 */
import weightsFile from './models/ner-weights.json';
import type { DocumentTopic } from './documentTopic';
import { emitContextFeatures, emitTopicFeatures, emitWordFeatures, lineCase, NER_TAGS, PAIR_TEMPLATES, wordShape, type FeatureSink, type LineCase } from './nerFeatures';
import type { TokenTable } from './model';
import { compileContext, scoreContext, type CompiledContext } from './nerContextScorer';

export interface NerWeights {
  tags: string[];
  /** The fifth of the training set (CoNLL-2003 dev) left out of training, or null: none was. */
  heldOutFold?: number | null;
  /** feature -> pairs of [tag index, weight]. */
  weights: Record<string, [number, number][]>;
}

/** template -> value -> where the feature's row of weights (one per tag) starts in `rows`; features without a value sit under ''. */
type Model = Map<string, Map<string, number>>;
/** Pair templates: template -> a -> b -> row start, for values "a|b". */
type PairModel = Map<string, Map<string, Map<string, number>>>;
let model: Model | null = null;
const pairModel: PairModel = new Map();
/**
 * Every feature's weights in one buffer, a row of NER_TAGS.length per feature: a few hundred
 * kilobytes that stay in cache, where one small array per feature scattered megabytes.
 */
let rows = new Float32Array(0);
const WIDTH = NER_TAGS.length;

/**
 * The shipped weights are sparse pairs keyed "template=value" (a small file); in memory each
 * feature gets a dense row under its template, so that scoring looks values up without
 * building a string per feature.
 */
/** The weights in use: the shipped file, unless a tool (cross-validation) put others in. */
let source: NerWeights = weightsFile as unknown as NerWeights;

/**
 * Tags with other weights from now on (null: the shipped ones again). For tools that measure
 * weights they trained (npm run cv:ner); the extension never calls it.
 */
export function useNerWeights(w: NerWeights | null): void {
  source = w ?? (weightsFile as unknown as NerWeights);
  model = null;
  compiled = null;
  biasScores = null;
  pairModel.clear();
  wordScores.clear();
}

function weights(): Model {
  if (model) return model;
  const m: Model = new Map();
  const features = Object.entries(source.weights);
  rows = new Float32Array(features.length * WIDTH);
  features.forEach(([feature, pairs], index) => {
    const eq = feature.indexOf('=');
    const template = eq < 0 ? feature : feature.slice(0, eq);
    const value = eq < 0 ? '' : feature.slice(eq + 1);
    const row = index * WIDTH;
    for (const [tag, weight] of pairs) rows[row + tag] = weight;
    let values = m.get(template);
    if (!values) m.set(template, (values = new Map()));
    values.set(value, row);
    const bar = value.indexOf('|');
    if (PAIR_TEMPLATES.has(template) && bar >= 0) {
      let byA = pairModel.get(template);
      if (!byA) pairModel.set(template, (byA = new Map()));
      const a = value.slice(0, bar);
      let byB = byA.get(a);
      if (!byB) byA.set(a, (byB = new Map()));
      byB.set(value.slice(bar + 1), row);
    }
  });
  model = m;
  return m;
}

/** Adds the row starting at `row` to the scores. */
function addRow(scores: Float64Array, row: number): void {
  for (let i = 0; i < WIDTH; i++) scores[i] += rows[row + i];
}

/**
 * The summed weights of a word's spelling features (see emitWordFeatures), per spelling: a
 * word met again costs one lookup instead of ten. Bounded; cleared when full.
 */
const wordScores = new Map<string, Float64Array>();
const WORD_SCORES_LIMIT = 100_000;

function wordScore(w: Model, v: string, normal: string): Float64Array {
  let sum = wordScores.get(v);
  if (sum) return sum;
  const row = new Float64Array(WIDTH);
  emitWordFeatures(v, normal, wordShape(v), (template, value) => {
    const r = w.get(template)?.get(value);
    if (r !== undefined) addRow(row, r);
  });
  if (wordScores.size >= WORD_SCORES_LIMIT) wordScores.clear();
  wordScores.set(v, row);
  return row;
}

/** Characters of punctuation and numbers: a token of them alone is no name. */
const NOT_NAME_CHARS = new Set([...'.,;:!?()%$\'"“”‘’-–—/0123456789€£'].map((c) => c.charCodeAt(0)));

/**
 * A word in lower case, or a token of punctuation or a number (a character test, not a
 * regular expression: it runs for every token).
 */
function quickOutside(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  // Punctuation and numbers may not be mixed within one token ("3.5%" is, "'-1" is not).
  let digits = false;
  let punctuation = false;
  for (let i = 0; i < v.length; i++) {
    const k = v.charCodeAt(i);
    if (!NOT_NAME_CHARS.has(k)) return false;
    if ((k >= 48 && k <= 57) || k === 8364 || k === 163) digits = true;
    else if (!DIGIT_PUNCTUATION.has(k)) punctuation = true;
  }
  return v.length > 0 && !(digits && punctuation);
}
/** The punctuation a number may contain: "1,500.5", "12:30", "40%", "$3". */
const DIGIT_PUNCTUATION = new Set([...'.,:%$'].map((c) => c.charCodeAt(0)));

/**
 * Function words that do not start a name when the tagger reads them as such, capitalised or
 * not ("He", "But", "After"): many sentences begin with one. "The", "All" and "In" may
 * ("The Hague", "All Blacks"), so they are scored.
 */
const CLOSED_CLASS = new Set(['DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'ADP']);
const CLOSED_WORDS = new Set([
  'he', 'she', 'it', 'they', 'we', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'but',
  'and', 'or', 'if', 'when', 'while', 'although', 'because', 'after', 'is', 'was', 'are', 'were', 'has', 'have',
  'had', 'there', 'that', 'as', 'for', 'from', 'with', 'by', 'of', 'to',
]);

export interface NerSpan {
  first: number;
  last: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** The weights as the context scorer reads them, compiled on first use. */
let compiled: CompiledContext | null = null;
const TAG_INDEX = new Map<string, number>(NER_TAGS.map((tag, i) => [tag, i]));

/**
 * Token t's context weights summed the plain way, feature by feature as strings: what
 * scoreContext must equal (the unit tests compare the two).
 */
export function contextScoreByStrings(tokens: TokenTable, t: number, first: number, last: number, prev: string, prevPrev: string, line: LineCase): Float64Array {
  const w = weights();
  const scores = new Float64Array(WIDTH);
  emitContextFeatures(tokens, t, first, last, prev, prevPrev, line, (template, value) => {
    const row = w.get(template)?.get(value);
    if (row !== undefined) addRow(scores, row);
  }, (template, a, b) => {
    const row = pairModel.get(template)?.get(a)?.get(b);
    if (row !== undefined) addRow(scores, row);
  });
  return scores;
}

/** Token t's context weights as the tagger sums them (see nerContextScorer). */
export function contextScore(tokens: TokenTable, t: number, first: number, last: number, prev: string, prevPrev: string, line: LineCase): Float64Array {
  const scores = new Float64Array(WIDTH);
  scoreContext(compiled ??= compileContext(weights()), tokens, t, first, last, TAG_INDEX.get(prev)!, TAG_INDEX.get(prevPrev)!, line, scores, rows);
  return scores;
}

/** Each tag's entity type ('' for O) and whether it continues an entity (I-). */
const TAG_TYPE = NER_TAGS.map((tag) => tag.slice(2));
const TAG_INSIDE = NER_TAGS.map((tag) => tag.startsWith('I-'));

/** The best tag (its index) that may follow tag `prev`: I-X only after B-X or I-X. */
function bestTagIndex(scores: Float64Array, prev: number): number {
  const prevType = TAG_TYPE[prev];
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < WIDTH; i++) {
    if (TAG_INSIDE[i] && prevType !== TAG_TYPE[i]) continue;
    if (scores[i] > bestScore) {
      bestScore = scores[i];
      best = i;
    }
  }
  return best;
}

/**
 * The one buffer tokens are scored in, reused: a typed array per sentence cost more than the
 * scoring of its tokens. (Tagging is synchronous and never re-entered.)
 */
const SCORES = new Float64Array(WIDTH);
/** The bias row, found once per set of weights. */
let biasScores: Float64Array | null = null;

function biasOf(w: Model): Float64Array {
  const out = new Float64Array(WIDTH);
  const row = w.get('b')?.get('');
  if (row !== undefined) for (let i = 0; i < WIDTH; i++) out[i] = rows[row + i];
  return out;
}

/** Entity spans of the sentence [first, last]; `skip` marks tokens that may not be in one (boilerplate). */
export function tagSentence(
  tokens: TokenTable, first: number, last: number, skip?: (t: number) => boolean, line: LineCase = lineCase(tokens, first, last),
  topic: DocumentTopic = null,
): NerSpan[] {
  const w = weights();
  const scores = SCORES;
  const bias = biasScores ??= biasOf(w);
  const context = compiled ??= compileContext(w);
  const spans: NerSpan[] = [];
  // A sports report's features are few and scored by name (see emitTopicFeatures).
  const addTopicRow: FeatureSink = (template, value) => {
    const row = w.get(template)?.get(value);
    if (row !== undefined) addRow(scores, row);
  };
  // Tags as indices into NER_TAGS (0 is O).
  let prev = 0;
  let prevPrev = 0;
  let open: NerSpan | null = null;
  for (let t = first; t <= last; t++) {
    // Outside a name, a word in lower case, a punctuation mark or a number does not start
    // one: most tokens of running text are decided here without scoring.
    const quick = prev === 0 && line === 'normal' && (quickOutside(tokens.value[t]) || (CLOSED_CLASS.has(tokens.pos[t]) && CLOSED_WORDS.has(tokens.normal[t])));
    let tag = 0;
    if (!quick && !skip?.(t)) {
      scores.set(bias);
      const word = wordScore(w, tokens.value[t], tokens.normal[t]);
      for (let i = 0; i < WIDTH; i++) scores[i] += word[i];
      scoreContext(context, tokens, t, first, last, prev, prevPrev, line, scores, rows);
      if (topic) emitTopicFeatures(tokens, t, first, last, topic, addTopicRow);
      tag = bestTagIndex(scores, prev);
    }
    // An I- tag continues the open name of its type; any other tag closes it.
    if (open && !(TAG_INSIDE[tag] && TAG_TYPE[tag] === open.type)) {
      spans.push(open);
      open = null;
    }
    if (tag !== 0 && !open) open = { first: t, last: t, type: TAG_TYPE[tag] as NerSpan['type'] };
    else if (open) open.last = t;
    prevPrev = prev;
    prev = tag;
  }
  if (open) spans.push(open);
  return spans;
}
