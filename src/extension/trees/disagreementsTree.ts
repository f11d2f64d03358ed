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
      children: () => sameClaimsOnce(d.claims).map(({ claim: c, times }) =>
        spanNode(model, `disagreement/${d.id}`, c, `“${c.text}” — ${c.value}${c.date ? ` (${c.date})` : ''}${times > 1 ? ` ×${times}` : ''}`)),
    }));
  }
}

/** A source repeating the same claim in the same words is one node, counted. */
function sameClaimsOnce<C extends { doc: string; text: string; value: string }>(claims: C[]): Array<{ claim: C; times: number }> {
  const out = new Map<string, { claim: C; times: number }>();
  for (const c of claims) {
    const key = `${c.doc}\u0000${c.text}\u0000${c.value}`;
    const seen = out.get(key);
    if (seen) seen.times++;
    else out.set(key, { claim: c, times: 1 });
  }
  return [...out.values()];
}
