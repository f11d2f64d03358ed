/** Disagreements view: disagreement -> the claim of each source. Hidden ones stay listed, marked. */
import * as vscode from 'vscode';
import type { CorpusModel } from '../../shared/protocol';
import { ModelTree, spanNode, type Node } from './modelTree';

const ICONS: Record<string, string> = { error: 'error', warning: 'warning', information: 'info' };

export class DisagreementsTree extends ModelTree {
  protected roots(model: CorpusModel): Node[] {
    const list = [...model.disagreements].sort((a, b) => Number(a.hidden) - Number(b.hidden));
    return list.map((d) => ({
      id: `disagreement/${d.key}/${d.id}`,
      label: d.about,
      description: d.hidden ? `${d.kind} · hidden` : d.kind,
      tooltip: new vscode.MarkdownString().appendText(d.message),
      icon: new vscode.ThemeIcon(d.hidden ? 'eye-closed' : ICONS[d.severity] ?? 'info'),
      contextValue: d.hidden ? 'disagreement.hidden' : 'disagreement',
      key: d.key,
      children: () => d.claims.map((c) => spanNode(model, `disagreement/${d.id}`, c, `“${c.text}” — ${c.value}${c.date ? ` (${c.date})` : ''}`)),
    }));
  }
}
