/**
 * The named-entity tagger: a greedy averaged perceptron over the features of nerFeatures.ts,
 * with weights trained by tools/trainNer.ts and shipped in src/core/models/ner-weights.json.
 * It tags a sentence's tokens with BIO tags over PER, ORG, LOC and MISC; an I- tag that does
 * not continue an entity of its type is read as a B-.
 */
import weightsFile from './models/ner-weights.json';
import { lineCase, NER_TAGS, tokenFeatures, type NerTag } from './nerFeatures';
import type { TokenTable } from './model';

export interface NerWeights {
  tags: string[];
  /** feature -> pairs of [tag index, weight]. */
  weights: Record<string, [number, number][]>;
}

let model: Map<string, [number, number][]> | null = null;

function weights(): Map<string, [number, number][]> {
  model ??= new Map(Object.entries((weightsFile as unknown as NerWeights).weights));
  return model;
}

export interface NerSpan {
  first: number;
  last: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** Scores of each tag for one token's features. */
function scoreTags(features: string[], w: Map<string, [number, number][]>): Float64Array {
  const scores = new Float64Array(NER_TAGS.length);
  for (const f of features) {
    const entry = w.get(f);
    if (entry) for (const [tag, weight] of entry) scores[tag] += weight;
  }
  return scores;
}

/** The best tag that may follow `prev`: I-X only after B-X or I-X. */
export function bestTag(scores: Float64Array, prev: string): NerTag {
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < NER_TAGS.length; i++) {
    const tag = NER_TAGS[i];
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) continue;
    if (scores[i] > bestScore) {
      bestScore = scores[i];
      best = i;
    }
  }
  return NER_TAGS[best];
}

/** Entity spans of the sentence [first, last]; `skip` marks tokens that may not be in one (boilerplate). */
export function tagSentence(tokens: TokenTable, first: number, last: number, skip?: (t: number) => boolean): NerSpan[] {
  const w = weights();
  const line = lineCase(tokens, first, last);
  const spans: NerSpan[] = [];
  let prev = 'O';
  let prevPrev = 'O';
  let open: NerSpan | null = null;
  for (let t = first; t <= last; t++) {
    const tag: NerTag = skip?.(t) ? 'O' : bestTag(scoreTags(tokenFeatures(tokens, t, first, last, prev, prevPrev, line), w), prev);
    if (open && tag !== `I-${open.type}`) {
      spans.push(open);
      open = null;
    }
    if (tag !== 'O' && !open) open = { first: t, last: t, type: tag.slice(2) as NerSpan['type'] };
    else if (open) open.last = t;
    prevPrev = prev;
    prev = tag;
  }
  if (open) spans.push(open);
  return spans;
}
