/**
 * The analyser: per-document analyses cached by content hash, then the corpus stages
 * (entity linking, event clustering, claim comparison) over all of them, giving the Report.
 * Re-analysing after one document changed redoes that document only.
 */
import { analyzeDocuments, documentCacheKey, type DocumentInput, type DocumentOptions } from './analyzeDocument';
import { clusterEvents } from './clusterEvents';
import { resolveReferences } from './resolveReferences';
import { stage } from './stageClock';
import { compareClaims } from './compareClaims';
import { decodeArticle, DEFAULT_MAX_BYTES } from './decode';
import { linkEntities } from './linkEntities';
import type { DocumentAnalysis } from './model';
import { REPORT_VERSION, TOOL_NAME, TOOL_VERSION, type DocumentReport, type FigureReport, type Report } from './report';

/** One input file: its text, or why it could not be read. */
export type SourceInput =
  | { id: string; text: string; warnings?: string[] }
  | { id: string; error: string };

export interface AnalyzerOptions extends DocumentOptions {
  maxBytes?: number;
}

/**
 * Documents analysed together, stage by stage: large enough that each stage's tables stay in
 * cache across documents, small enough that the working models held meanwhile stay small.
 */
const BATCH_SIZE = 16;

export class Analyzer {
  private readonly cache = new Map<string, DocumentAnalysis>();
  /** How many documents the last run analysed rather than took from the cache. */
  lastRunAnalyzed = 0;

  constructor(private readonly options: AnalyzerOptions = {}) {}

  /** Decode raw bytes the way every reader must, then analyse. */
  static inputFromBytes(id: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): SourceInput {
    const decoded = decodeArticle(bytes, maxBytes);
    return decoded.ok ? { id, text: decoded.text, warnings: decoded.warnings } : { id, error: decoded.error };
  }

  /**
   * Analyses the documents the cache does not hold, a batch at a time and stage by stage
   * (see analyzeDocuments); returns why each one that failed did, by cache key.
   */
  analyzeDocuments(inputs: { id: string; text: string; warnings?: string[]; hash?: string }[]): Map<string, Error> {
    const failures = new Map<string, Error>();
    const missing: DocumentInput[] = [];
    const queued = new Set<string>();
    for (const x of inputs) {
      const hash = x.hash ?? documentCacheKey(x.text, this.options);
      if (this.cache.has(hash) || queued.has(hash)) continue;
      queued.add(hash);
      missing.push({ id: x.id, text: x.text, warnings: x.warnings ?? [], hash });
    }
    for (let i = 0; i < missing.length; i += BATCH_SIZE) {
      const batch = missing.slice(i, i + BATCH_SIZE);
      analyzeDocuments(batch, this.options).forEach((result, k) => {
        if (result instanceof Error) failures.set(batch[k].hash!, result);
        else {
          this.cache.set(batch[k].hash!, result);
          this.lastRunAnalyzed++;
        }
      });
    }
    return failures;
  }

  analyze(inputs: SourceInput[]): Report {
    this.lastRunAnalyzed = 0;
    const sorted = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const texts = sorted.flatMap((input) => ('error' in input ? [] : [{ ...input, hash: documentCacheKey(input.text, this.options) }]));
    const failures = this.analyzeDocuments(texts);
    const hashOf = new Map(texts.map((t) => [t.id, t.hash]));
    const analyses: DocumentAnalysis[] = [];
    const documents: DocumentReport[] = [];
    for (const input of sorted) {
      if ('error' in input) {
        documents.push(errorDocument(input.id, input.error));
        continue;
      }
      const hash = hashOf.get(input.id)!;
      const cached = this.cache.get(hash);
      if (!cached) {
        // One file's failure must not take the others down.
        const err = failures.get(hash);
        documents.push(errorDocument(input.id, `analysis failed: ${err ? err.message : 'unknown error'}`));
        continue;
      }
      const a = cached.id === input.id ? cached : { ...cached, id: input.id };
      analyses.push(a);
      documents.push({
        id: a.id, title: a.title, published: a.published, length: a.text.length, boilerplate: a.boilerplate,
        signals: a.signals, error: null, warnings: a.warnings,
      });
    }
    this.prune(analyses);
    return buildReport(documents, analyses);
  }

  /** Keep the cache to what the corpus holds now, so a long session does not grow it forever. */
  private prune(current: DocumentAnalysis[]): void {
    if (this.cache.size <= current.length * 2 + 16) return;
    const keep = new Set(current.map((a) => a.hash));
    for (const k of this.cache.keys()) if (!keep.has(k)) this.cache.delete(k);
  }
}

function errorDocument(id: string, error: string): DocumentReport {
  return { id, title: null, published: null, length: 0, boilerplate: [], signals: [], error, warnings: [] };
}

export function buildReport(documents: DocumentReport[], analyses: DocumentAnalysis[]): Report {
  const linked = stage('linking', () => linkEntities(analyses));
  const references = stage('resolve references', () => resolveReferences(analyses, linked));
  const events = stage('event clusters', () => clusterEvents(analyses, linked, references));
  const { disagreements, corroborations } = stage('claim comparison', () => compareClaims(analyses, linked.entities));
  const figures: FigureReport[] = [];
  for (const a of analyses) {
    for (const f of a.figures) {
      figures.push({
        id: `f${figures.length + 1}`, doc: a.id, start: f.start, end: f.end, text: f.text, kind: f.kind,
        value: f.value, unit: f.unit, qualifier: f.qualifier, range: f.range, about: f.about,
      });
    }
  }
  return {
    version: REPORT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    documents, entities: linked.entities, figures, events, disagreements, corroborations,
  };
}
