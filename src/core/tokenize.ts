/**
 * Stage 1: lines, tokens and sentences with wink-nlp. wink keeps each token's text and the
 * spaces before it, so character offsets are recovered exactly by walking the text.
 * Sentences are wink's, cut again at line breaks: headlines, datelines and section headings
 * in news have no closing punctuation.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Line, Sentence, TokenTable, WinkEntity } from './model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/**
 * The annotations the stages read: sentences, parts of speech and wink's entities (numbers,
 * dates, money). Negation and sentiment are never read, and leaving them out of the pipe
 * saves a fifth of wink's time per document.
 */
const PIPE = ['sbd', 'pos', 'ner'];

/** The model is loaded on first use: activation and the CLI's usage errors stay instant. */
export function languageModel(): Nlp {
  if (!nlp) nlp = winkNLP(model, PIPE);
  return nlp;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--; // CRLF: the CR is not content
    let contentEnd = end;
    while (contentEnd > start && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ start, end, contentEnd });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return lines;
}

export interface Tokenized {
  tokens: TokenTable;
  sentences: Sentence[];
  winkEntities: WinkEntity[];
}

export function tokenize(text: string): Tokenized {
  const n = languageModel();
  const its = n.its;
  const doc = n.readDoc(text);
  const tokenItems = doc.tokens();
  const value = tokenItems.out(its.value) as string[];
  const normal = normalForms(value);
  const pos = tokenItems.out(its.pos) as string[];
  const lemma = lemmasOf(doc, normal, pos, its.lemma as unknown as typeof its.value);
  const count = value.length;
  const start = new Array<number>(count);
  const end = new Array<number>(count);
  let cursor = 0;
  for (let i = 0; i < count; i++) {
    const at = text.indexOf(value[i], cursor);
    // wink returns the token as written; the fallback only guards against a surprise.
    const s = at < 0 ? cursor : at;
    start[i] = s;
    end[i] = at < 0 ? Math.min(text.length, s + value[i].length) : s + value[i].length;
    cursor = end[i];
  }

  const sentence = new Array<number>(count).fill(0);
  const sentences: Sentence[] = [];
  const push = (first: number, last: number) => {
    const idx = sentences.length;
    sentences.push({ start: start[first], end: end[last], firstToken: first, lastToken: last });
    for (let t = first; t <= last; t++) sentence[t] = idx;
  };
  // wink keeps line breaks as whitespace tokens (pos SPACE) inside its sentences: a line
  // break ends a sentence here, and the whitespace token belongs to none.
  const winkSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of winkSpans) {
    let from = first;
    for (let t = first; t <= last; t++) {
      const lineBreakToken = pos[t] === 'SPACE' && /[\n\r]/.test(value[t]);
      if (!lineBreakToken && !hasNewlineBetween(text, t > first ? end[t - 1] : start[t], start[t])) continue;
      if (lineBreakToken) {
        if (from < t) push(from, t - 1);
        sentence[t] = Math.max(0, sentences.length - 1);
        from = t + 1;
      } else if (from < t) {
        push(from, t - 1);
        from = t;
      }
    }
    if (from <= last) push(from, last);
  }

  // Two column reads are far cheaper than visiting each entity item.
  const entityItems = doc.entities();
  const entitySpans = entityItems.out(its.span) as unknown as [number, number][];
  const entityTypes = entityItems.out(its.type) as string[];
  const winkEntities: WinkEntity[] = entitySpans.map(([firstToken, lastToken], i) => ({ type: entityTypes[i], firstToken, lastToken }));

  return { tokens: { count, start, end, value, normal, pos, lemma, sentence }, sentences, winkEntities };
}

/**
 * Lower-cased spellings, with the negative contraction spelled out as wink's `normal` does
 * ("n't" -> "not"). Computed here rather than read from wink: one pass less over the tokens.
 */
function normalForms(value: string[]): string[] {
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const v = value[i].toLowerCase();
    out[i] = v === "n't" || v === 'n’t' ? 'not' : v;
  }
  return out;
}

/**
 * Dictionary forms (lower case) of the verbs and nouns only (the event and claim stages read no others),
 * memoised by word and part of speech: wink's lemmatiser is the dearest of its token views,
 * and a corpus repeats its vocabulary.
 */
const LEMMA_POS = new Set(['VERB', 'NOUN', 'AUX']);
/** part of speech -> normal spelling -> lemma. */
const lemmaMemo = new Map<string, Map<string, string>>();
let lemmaMemoSize = 0;
const LEMMA_MEMO_LIMIT = 50_000;

type WinkDoc = ReturnType<Nlp['readDoc']>;

function lemmasOf(doc: WinkDoc, normal: string[], pos: string[], lemmaIts: unknown): string[] {
  const out = new Array<string>(normal.length);
  let items: ReturnType<WinkDoc['tokens']> | null = null;
  for (let i = 0; i < normal.length; i++) {
    if (!LEMMA_POS.has(pos[i])) {
      out[i] = normal[i];
      continue;
    }
    let forPos = lemmaMemo.get(pos[i]);
    if (!forPos) lemmaMemo.set(pos[i], (forPos = new Map()));
    let l = forPos.get(normal[i]);
    if (l === undefined) {
      items ??= doc.tokens();
      // wink's typings declare `its.lemma` with an addon signature `out` does not accept; it works at run time.
      l = String(items.itemAt(i).out(lemmaIts as never)).toLowerCase();
      if (++lemmaMemoSize > LEMMA_MEMO_LIMIT) {
        lemmaMemo.clear();
        lemmaMemoSize = 0;
      }
      forPos.set(normal[i], l);
    }
    out[i] = l;
  }
  return out;
}

function hasNewlineBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x3000;
}

/** Lower-case word -> whether wink reads it as a common noun's plural; bounded. */
const pluralMemo = new Map<string, boolean>();

/**
 * Whether a lower-case word is the plural of a common noun ("floods", "woods"), as wink's model
 * reads it alone: a noun whose dictionary form differs. Surnames in -s keep theirs ("jones").
 */
export function isCommonPlural(word: string): boolean {
  let known = pluralMemo.get(word);
  if (known === undefined) {
    const n = languageModel();
    const items = n.readDoc(word).tokens();
    known = items.length() === 1 && (items.out(n.its.pos) as string[])[0] === 'NOUN' &&
      String(items.itemAt(0).out(n.its.lemma as unknown as typeof n.its.value)).toLowerCase() !== word;
    if (pluralMemo.size >= 10_000) pluralMemo.clear();
    pluralMemo.set(word, known);
  }
  return known;
}
