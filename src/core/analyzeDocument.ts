/**
 * The per-document pipeline: text -> tokens and sentences -> boilerplate, header, signals ->
 * figures -> entities -> events and claims. Pure: the same text and options give the same
 * DocumentAnalysis, which is what makes the content-hash cache sound.
 */
import { findBoilerplate } from './boilerplate';
import { findClaims } from './claims';
import { findEntities } from './entities';
import { findEventMentions } from './events';
import { findReferences } from './references';
import { describeFigures } from './figureSubjects';
import { findFigures } from './figures';
import { contentHash } from './hash';
import type { DocumentAnalysis, DocumentWork } from './model';
import { findHeader } from './published';
import { findSignals } from './signals';
import { stage } from './stageClock';
import { splitLines, tokenize } from './tokenize';

export interface DocumentOptions {
  /** Publication date (YYYY-MM-DD) assumed when the text states none. */
  referenceDate?: string | null;
}

/** Bump when a stage changes what it finds, so cached analyses from older code are not reused. */
export const ANALYSER_REVISION = 2;

export function documentCacheKey(text: string, options: DocumentOptions): string {
  return contentHash(`${ANALYSER_REVISION}\u0000${options.referenceDate ?? ''}\u0000${text}`);
}

export function analyzeDocument(
  id: string, text: string, options: DocumentOptions = {}, warnings: string[] = [], hash = documentCacheKey(text, options),
): DocumentAnalysis {
  const lines = splitLines(text);
  const { tokens, sentences, winkEntities } = stage('tokens', () => tokenize(text));
  const work: DocumentWork = {
    id, text, lines, tokens, sentences, winkEntities,
    boilerplateToken: [], boilerplate: [], title: null, published: null, anchorDate: null,
    signals: [], figures: [], entities: [], events: [], claims: [],
  };

  const hedgedSentences = stage('layout', () => {
    work.boilerplate = findBoilerplate(text, lines);
    work.boilerplateToken = markTokens(work);
    const header = findHeader(text, lines, (offset) => work.boilerplate.some((b) => b.start <= offset && offset < b.end));
    work.title = header.title;
    work.published = header.published;
    work.anchorDate = header.published && /^\d{4}-\d{2}-\d{2}$/.test(header.published)
      ? header.published
      : options.referenceDate ?? null;
    const found = findSignals(work);
    work.signals = found.signals;
    return found.hedgedSentences;
  });
  stage('figures', () => {
    work.figures = findFigures(work);
    describeFigures(work);
  });
  work.entities = stage('entities', () => findEntities(work));
  work.events = stage('events', () => findEventMentions(work));
  work.claims = stage('claims', () => findClaims(work, hedgedSentences));
  const { references, roles } = stage('references', () => findReferences(work));

  return {
    id, hash, text, title: work.title, published: work.published,
    anchorDate: work.anchorDate, tokenCount: tokens.count, boilerplate: work.boilerplate, signals: work.signals,
    figures: work.figures, entities: work.entities, events: work.events, claims: work.claims, references, roles, warnings,
  };
}

function markTokens(work: DocumentWork): boolean[] {
  const flags = new Array<boolean>(work.tokens.count).fill(false);
  let b = 0;
  const spans = work.boilerplate;
  for (let t = 0; t < work.tokens.count; t++) {
    const s = work.tokens.start[t];
    while (b < spans.length && spans[b].end <= s) b++;
    if (b < spans.length && spans[b].start <= s) flags[t] = true;
  }
  return flags;
}
