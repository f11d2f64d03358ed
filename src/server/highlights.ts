/**
 * The inline highlights of one document: entity mentions by type, figures by kind, and the
 * figures caught in a visible disagreement. Ignored entities and words, silenced passages and
 * the per-file cap are applied here; the client only paints.
 */
import type { HighlightKind, HighlightsResult } from '../shared/protocol';
import type { ServerSettings } from '../shared/settings';
import { insideAny } from './disabledRegions';
import { isSuppressed } from './diagnostics';
import type { ReportIndex } from './reportIndex';

export function buildHighlights(index: ReportIndex, docId: string, settings: ServerSettings): HighlightsResult | null {
  const doc = index.doc(docId);
  if (!doc) return null;
  const disabled = index.disabled(docId);
  const ignoredNames = new Set(settings.ignoredEntities.map((s) => s.toLowerCase()));
  const ignoredWords = new Set(settings.ignoredWords.map((s) => s.toLowerCase()));
  const spans = new Map<HighlightKind, Array<[number, number]>>();
  let count = 0;
  let capped = false;
  const add = (kind: HighlightKind, start: number, end: number, text: string): void => {
    if (insideAny(disabled, start, end) || ignoredWords.has(text.toLowerCase())) return;
    if (count >= settings.maxHighlightsPerFile) {
      capped = true;
      return;
    }
    count++;
    const list = spans.get(kind);
    if (list) list.push([start, end]);
    else spans.set(kind, [[start, end]]);
  };

  const disputed: Array<[number, number]> = [];
  for (const d of index.report.disagreements) {
    if (isSuppressed(index, d, settings)) continue;
    for (const c of d.claims) if (c.doc === docId) disputed.push([c.start, c.end]);
  }
  const isDisputed = (start: number, end: number) => disputed.some(([s, e]) => start < e && end > s);

  for (const f of index.figures(docId)) {
    add(isDisputed(f.start, f.end) ? 'disputed' : `figure.${f.kind}`, f.start, f.end, f.text);
  }
  for (const m of index.mentions(docId)) {
    // Only names are painted: a tinted "he" on every line would be noise; its hover says who.
    if (m.reference) continue;
    const e = m.entity;
    if (ignoredNames.has(e.name.toLowerCase()) || e.aliases.some((a) => ignoredNames.has(a.toLowerCase()))) continue;
    add(`entity.${e.type}`, m.start, m.end, doc.text.slice(m.start, m.end));
  }
  return {
    uri: doc.uri,
    version: doc.version,
    length: doc.text.length,
    highlights: [...spans].map(([kind, list]) => ({ kind, spans: list })),
    capped,
  };
}
