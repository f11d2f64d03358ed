/**
 * What the entity rules pass between them: spans of tokens with the tagger's coarse type and
 * the cues that typed them, and the small tests on words that every rule asks.
 */
import type { TokenTable } from './model';
import type { NerSpan } from './nerTagger';

/** A model code: "K90", "A320", "RTX-4090". */
export const PRODUCT_CODE = /^[A-Z]{1,4}-?\d{1,5}[A-Za-z]{0,3}$/;

/** Capitalised words that are never a name on their own. */
export const NOT_A_NAME = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'imagine', 'meanwhile', 'however']);

const MONTHS_AND_DAYS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/;

/** Whether a word starts with a capital A-Z: a character test, run for most tokens of every pass. */
export function startsUpper(v: string | undefined): boolean {
  const c = v === undefined ? 0 : v.charCodeAt(0);
  return c >= 65 && c <= 90;
}

export function isMonthOrDay(w: string): boolean {
  return MONTHS_AND_DAYS.test(w);
}

/** Prepositions before a place's name: "in Lindby", "across Kelby". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside', 'inside', 'around', 'throughout']);

export interface Span {
  first: number;
  last: number;
  type: NerSpan['type'];
  /** Set by a cue ("the X summit"): a named event whatever the tagger said. */
  event?: boolean;
  /** Set by a cue ("the X GPU"): a product's name. */
  product?: boolean;
  /** Typed by a cue in the text ("shares of X"): outweighs the tagger in the document's vote. */
  cued?: boolean;
}

/** Whether token k ends "Ohio-based" (one token, or "Ohio", "-", "based" as wink may split it). */
export function endsBased(tokens: TokenTable, k: number): boolean {
  const w = tokens.normal[k] ?? '';
  return w.endsWith('-based') || (w === 'based' && tokens.value[k - 1] === '-');
}

/** Which tokens the spans cover. */
export function coverage(count: number, spans: Span[]): Uint8Array {
  const covered = new Uint8Array(count);
  for (const s of spans) covered.fill(1, s.first, s.last + 1);
  return covered;
}

/** Puts a span a pattern found in place of the spans it overlaps. */
export function replaceOverlapping(spans: Span[], span: Span): void {
  for (let i = spans.length - 1; i >= 0; i--) if (spans[i].first <= span.last && span.first <= spans[i].last) spans.splice(i, 1);
  spans.push(span);
}

/** The spans with `added` in place of those they overlap, in order. */
export function withSpansReplaced(count: number, spans: Span[], added: Span[]): Span[] {
  if (!added.length) return spans;
  const taken = coverage(count, added);
  return [...spans.filter((s) => !taken[s.first] && !taken[s.last]), ...added].sort((a, b) => a.first - b.first);
}

/** Companies' legal forms: after one of them, "and" starts another company. */
export const LEGAL_FORMS = new Set(['inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'spa']);

/** The last words of firms' names that are nobody's surname (unlike "Court", "Post" or "Church"). */
export const FIRM_HEADS = new Set([
  ...LEGAL_FORMS, 'corporation', 'company', 'group', 'holdings', 'bros', 'brothers', 'advisors', 'advisers', 'partners', 'associates', 'consultants',
  'securities', 'investments', 'technologies', 'systems', 'labs', 'airlines', 'airways', 'motors', 'pharmaceuticals',
  'ventures', 'capital', 'industries', 'enterprises', 'networks', 'solutions', 'robotics', 'therapeutics', 'biosciences', 'ai',
  'energy', 'semiconductor', 'semiconductors', 'electronics', 'software', 'entertainment', 'logistics', 'pharma', 'petroleum',
  'mining', 'automotive', 'aerospace', 'telecom', 'telecommunications', 'insurance', 'bancorp', 'chemicals', 'resources',
  'financial', 'properties', 'hotels', 'resorts', 'studios', 'healthcare', 'biotech', 'foods', 'beverages', 'microsystems', 'mutual',
]);

/** Parts of speech a firm's first word never has ("The", "In", "And"). */
export const NOT_IN_FIRM_NAME_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'VERB']);

/** "'s" or "’s": a possessive's token. */
export const isPossessive = (w: string | undefined): boolean => w === "'s" || w === '’s';
