/**
 * A report indexed for the questions an editor asks: what is at this offset of this document,
 * which figures are disputed, where each document's text and line starts are. Built once per
 * analysis; every provider reads it.
 */
import type { DisagreementReport, EntityReport, FigureReport, Report } from '../core/report';
import { disagreementKey } from '../shared/protocol';
import { disabledRegions } from './disabledRegions';
import { LineIndex } from './lineIndex';

export interface AnalysedDoc {
  id: string;
  uri: string;
  version: number | null;
  text: string;
}

interface MentionRef {
  start: number;
  end: number;
  entity: EntityReport;
  /** "he", "the coach": refers to the entity without naming it. */
  reference?: 'pronoun' | 'description';
}

export class ReportIndex {
  private readonly docsById = new Map<string, AnalysedDoc>();
  private readonly idByUri = new Map<string, string>();
  private readonly lineIndexes = new Map<string, LineIndex>();
  private readonly mentionsByDoc = new Map<string, MentionRef[]>();
  private readonly figuresByDoc = new Map<string, FigureReport[]>();
  private readonly disabledByDoc = new Map<string, ReturnType<typeof disabledRegions>>();
  readonly keyOf = new Map<DisagreementReport, string>();

  constructor(readonly report: Report, docs: AnalysedDoc[], readonly generation: number) {
    for (const d of docs) {
      this.docsById.set(d.id, d);
      this.idByUri.set(d.uri, d.id);
    }
    for (const e of report.entities) {
      for (const m of e.mentions) push(this.mentionsByDoc, m.doc, { start: m.start, end: m.end, entity: e, reference: m.reference });
    }
    for (const f of report.figures) push(this.figuresByDoc, f.doc, f);
    for (const list of this.mentionsByDoc.values()) list.sort((a, b) => a.start - b.start);
    for (const list of this.figuresByDoc.values()) list.sort((a, b) => a.start - b.start);
    for (const d of report.disagreements) this.keyOf.set(d, disagreementKey(d));
  }

  docIds(): string[] {
    return [...this.docsById.keys()];
  }

  doc(id: string): AnalysedDoc | undefined {
    return this.docsById.get(id);
  }

  docIdOf(uri: string): string | undefined {
    return this.idByUri.get(uri);
  }

  uriOf(id: string): string | undefined {
    return this.docsById.get(id)?.uri;
  }

  lines(id: string): LineIndex | undefined {
    let li = this.lineIndexes.get(id);
    if (!li) {
      const d = this.docsById.get(id);
      if (!d) return undefined;
      li = new LineIndex(d.text);
      this.lineIndexes.set(id, li);
    }
    return li;
  }

  disabled(id: string): ReturnType<typeof disabledRegions> {
    let r = this.disabledByDoc.get(id);
    if (!r) {
      r = disabledRegions(this.docsById.get(id)?.text ?? '');
      this.disabledByDoc.set(id, r);
    }
    return r;
  }

  mentions(id: string): readonly MentionRef[] {
    return this.mentionsByDoc.get(id) ?? [];
  }

  figures(id: string): readonly FigureReport[] {
    return this.figuresByDoc.get(id) ?? [];
  }

  entityAt(id: string, offset: number): MentionRef | undefined {
    return this.mentions(id).find((m) => m.start <= offset && offset <= m.end);
  }

  figureAt(id: string, offset: number): FigureReport | undefined {
    return this.figures(id).find((f) => f.start <= offset && offset <= f.end);
  }

  /** Disagreements with a claim overlapping the span. */
  disagreementsAt(id: string, start: number, end: number): DisagreementReport[] {
    return this.report.disagreements.filter((d) => d.claims.some((c) => c.doc === id && c.start < end && c.end > start));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
