/**
 * Disagreements as Problems: one diagnostic on each claim, pointing at the other claims
 * through related information, with a stable source and code (its kind) so that other tools
 * can filter on them. Hidden and ignored disagreements, silenced passages and the per-file cap
 * are applied here.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ClaimReport, DisagreementReport, Severity } from '../core/report';
import type { ServerSettings } from '../shared/settings';
import { insideAny } from './disabledRegions';
import type { ReportIndex } from './reportIndex';

export const DIAGNOSTIC_SOURCE = 'crosscheck';

export interface DiagnosticData {
  key: string;
  disagreement: string;
}

const RANK: Record<Severity | 'hint', number> = { error: 0, warning: 1, information: 2, hint: 3 };
const LSP: Record<Severity | 'hint', DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The configured severity for the kind, except that the analyser's own downgrade (a claim from
 * a hedged or speculative passage) stands: it is information whatever the kind's setting.
 */
export function effectiveSeverity(d: DisagreementReport, settings: ServerSettings): Severity | 'hint' | 'off' {
  const configured = settings.severity[d.kind] ?? 'information';
  if (configured === 'off') return 'off';
  return RANK[d.severity] > RANK[configured] ? d.severity : configured;
}

const suppressedSets = new WeakMap<string[], Set<string>>();

export function isSuppressed(index: ReportIndex, d: DisagreementReport, settings: ServerSettings): boolean {
  let set = suppressedSets.get(settings.suppressedDisagreements);
  if (!set) {
    set = new Set(settings.suppressedDisagreements);
    suppressedSets.set(settings.suppressedDisagreements, set);
  }
  return set.has(index.keyOf.get(d) ?? '');
}

/** Diagnostics per document id. Every analysed document gets an entry, empty when clean. */
export function buildDiagnostics(index: ReportIndex, settings: ServerSettings): Map<string, Diagnostic[]> {
  const byDoc = new Map<string, Diagnostic[]>();
  for (const id of index.docIds()) byDoc.set(id, []);
  for (const d of index.report.disagreements) {
    if (isSuppressed(index, d, settings)) continue;
    const severity = effectiveSeverity(d, settings);
    if (severity === 'off') continue;
    const reps = representatives(d);
    for (const claim of d.claims) {
      const lines = index.lines(claim.doc);
      const list = byDoc.get(claim.doc);
      if (!lines || !list || insideAny(index.disabled(claim.doc), claim.start, claim.end)) continue;
      const related = relatedClaims(reps, claim).flatMap((other) => {
        const uri = index.uriOf(other.doc);
        const otherLines = index.lines(other.doc);
        if (!uri || !otherLines) return [];
        const when = other.date ? ` (${other.date})` : '';
        return [{ location: { uri, range: otherLines.range(other.start, other.end) }, message: `“${other.text}” — ${other.value}${when}` }];
      });
      const data: DiagnosticData = { key: index.keyOf.get(d) ?? '', disagreement: d.id };
      list.push({
        range: lines.range(claim.start, claim.end),
        severity: LSP[severity],
        source: DIAGNOSTIC_SOURCE,
        code: d.kind,
        message: d.message,
        relatedInformation: related,
        data,
      });
    }
  }
  for (const [id, list] of byDoc) byDoc.set(id, capped(list, settings.maxDiagnosticsPerFile));
  return byDoc;
}

const MAX_RELATED = 12;

/** One claim per source and value, in the disagreement's order: what related information draws on. */
function representatives(d: DisagreementReport): ClaimReport[] {
  const seen = new Set<string>();
  return d.claims.filter((c) => {
    const key = `${c.doc}\u0000${c.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The other side(s) of a claim: claims elsewhere, and in its own document those that say
 * otherwise; the ones that disagree with it first, at most MAX_RELATED (a disagreement among
 * hundreds of articles must not give each of its diagnostics hundreds of entries).
 */
function relatedClaims(reps: ClaimReport[], claim: ClaimReport): ClaimReport[] {
  const out: ClaimReport[] = [];
  for (const differing of [true, false]) {
    for (const o of reps) {
      if (out.length === MAX_RELATED) return out;
      if ((o.value !== claim.value) !== differing || o.doc === claim.doc && (o.value === claim.value || o === claim)) continue;
      out.push(o);
    }
  }
  return out;
}

/** The most severe first, then in reading order; past the cap, one line says how many were left out. */
function capped(list: Diagnostic[], max: number): Diagnostic[] {
  list.sort((a, b) => (a.severity ?? 9) - (b.severity ?? 9) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  if (list.length <= max) return list;
  const kept = list.slice(0, Math.max(0, max));
  kept.push({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'capped',
    message: `${list.length - kept.length} more disagreements in this file are not shown (crosscheck.maxDiagnosticsPerFile is ${max}).`,
  });
  return kept;
}
