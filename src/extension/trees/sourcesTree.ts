/** Sources view: document -> publication date, boilerplate, speculation and opinion signals, counts, problems. */
import * as vscode from 'vscode';
import type { CorpusModel } from '../../shared/protocol';
import { ModelTree, spanNode, type Node } from './modelTree';

export class SourcesTree extends ModelTree {
  protected roots(model: CorpusModel): Node[] {
    return model.documents.map((d) => {
      const id = `source/${d.id}`;
      if (d.error) {
        return { id, label: d.id, description: 'not analysed', tooltip: d.error, icon: new vscode.ThemeIcon('warning'), contextValue: 'source.error', children: () => [{ id: `${id}/error`, label: d.error ?? '', icon: new vscode.ThemeIcon('error') }] };
      }
      const children = (): Node[] => {
        const out: Node[] = [
          { id: `${id}/published`, label: 'Published', description: d.published ?? 'unknown', icon: new vscode.ThemeIcon('calendar') },
          { id: `${id}/counts`, label: 'Found', description: `${d.counts.entities} entity mentions · ${d.counts.figures} figures · ${d.counts.events} events`, icon: new vscode.ThemeIcon('symbol-numeric') },
          { id: `${id}/boilerplate`, label: 'Boilerplate', description: d.boilerplate.length ? `${d.boilerplate.length} passage${d.boilerplate.length === 1 ? '' : 's'} left out` : 'none', icon: new vscode.ThemeIcon('archive'),
            children: d.boilerplate.length ? () => d.boilerplate.map((b) => ({ id: `${id}/bp/${b.start}`, label: `characters ${b.start}–${b.end}`, icon: new vscode.ThemeIcon('archive'), location: { uri: d.uri, start: b.start, end: b.end } })) : undefined },
        ];
        for (const s of d.signals) {
          out.push({
            id: `${id}/signal/${s.kind}`, label: s.kind === 'speculative' ? 'Speculative writing' : s.kind === 'opinion' ? 'Opinion' : s.kind,
            description: `${s.evidence.length} passage${s.evidence.length === 1 ? '' : 's'}`, icon: new vscode.ThemeIcon('lightbulb'),
            children: () => s.evidence.map((e) => spanNode(model, `${id}/signal/${s.kind}`, { ...e, doc: d.id })),
          });
        }
        for (const w of d.warnings) out.push({ id: `${id}/warning/${w}`, label: w, icon: new vscode.ThemeIcon('warning') });
        return out;
      };
      const speculative = d.signals.some((s) => s.kind === 'speculative' || s.kind === 'opinion');
      return {
        id, label: d.id,
        description: [d.published ?? 'undated', speculative ? 'speculative' : ''].filter(Boolean).join(' · '),
        tooltip: d.title ?? d.id,
        icon: new vscode.ThemeIcon(speculative ? 'comment-discussion' : 'file-text'),
        contextValue: 'source',
        location: { uri: d.uri, start: 0, end: 0 },
        children,
      };
    });
  }
}
