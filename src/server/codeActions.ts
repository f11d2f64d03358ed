/**
 * Quick fixes. On a disagreement: hide it in this workspace, or add it to the ignore file that
 * can be committed. On a claim of a hidden disagreement: show it again. On an entity: stop
 * highlighting it. The actions carry client commands; the client owns workspace state and files.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { ServerSettings } from '../shared/settings';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';
import type { ReportIndex } from './reportIndex';

export const ClientCommands = {
  hide: 'crosscheck.hideDisagreement',
  show: 'crosscheck.showDisagreement',
  ignoreDisagreement: 'crosscheck.ignoreDisagreement',
  ignoreEntity: 'crosscheck.ignoreEntity',
} as const;

export function buildCodeActions(
  index: ReportIndex, uri: string, range: Range, diagnostics: Diagnostic[], settings: ServerSettings,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const docId = index.docIdOf(uri);
  for (const diag of diagnostics) {
    if (diag.source !== DIAGNOSTIC_SOURCE || !diag.data) continue;
    const { key } = diag.data as DiagnosticData;
    if (!key) continue;
    actions.push({
      title: 'Hide this disagreement in this workspace',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diag],
      isPreferred: true,
      command: { title: 'Hide disagreement', command: ClientCommands.hide, arguments: [key] },
    });
    actions.push({
      title: 'Ignore this disagreement (add it to .crosscheck.json)',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diag],
      command: { title: 'Ignore disagreement', command: ClientCommands.ignoreDisagreement, arguments: [key, uri] },
    });
  }
  if (!docId) return actions;
  const lines = index.lines(docId);
  if (!lines) return actions;
  const start = lines.offset(range.start);
  const end = Math.max(start, lines.offset(range.end));
  for (const d of index.disagreementsAt(docId, start, end)) {
    const key = index.keyOf.get(d) ?? '';
    if (!settings.suppressedDisagreements.includes(key)) continue;
    actions.push({
      title: `Show the hidden disagreement again: ${d.about}`,
      kind: CodeActionKind.QuickFix,
      command: { title: 'Show disagreement', command: ClientCommands.show, arguments: [key] },
    });
  }
  const mention = index.entityAt(docId, start);
  if (mention && !mention.reference) {
    actions.push({
      title: `Do not highlight “${mention.entity.name}” (add it to .crosscheck.json)`,
      kind: CodeActionKind.QuickFix,
      command: { title: 'Ignore entity', command: ClientCommands.ignoreEntity, arguments: [mention.entity.name, uri] },
    });
  }
  return actions;
}
