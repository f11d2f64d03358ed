/**
 * The base of the sidebar's trees: nodes are plain data built from the server's CorpusModel,
 * re-read whenever a new model arrives. Source locations open the article at the range.
 */
import * as vscode from 'vscode';
import type { CorpusModel, DocSpan } from '../../shared/protocol';

export interface Node {
  id: string;
  label: string;
  description?: string;
  tooltip?: string | vscode.MarkdownString;
  icon?: vscode.ThemeIcon;
  contextValue?: string;
  /** A disagreement's key, for the hide and show commands of the context menu. */
  key?: string;
  location?: { uri: string; start: number; end: number };
  children?: () => Node[];
}

export abstract class ModelTree implements vscode.TreeDataProvider<Node> {
  protected model: CorpusModel | undefined;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  update(model: CorpusModel): void {
    this.model = model;
    this.parents.clear();
    this.changed.fire(undefined);
  }

  protected abstract roots(model: CorpusModel): Node[];

  private readonly parents = new Map<string, Node | undefined>();

  getChildren(node?: Node): Node[] {
    if (!this.model) return [];
    const children = node ? node.children?.() ?? [] : this.roots(this.model);
    for (const c of children) this.parents.set(c.id, node);
    return children;
  }

  /** Needed by TreeView.reveal; nodes are known once listed. */
  getParent(node: Node): Node | undefined {
    return this.parents.get(node.id);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.children ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = node.icon;
    item.contextValue = node.contextValue;
    if (node.location) {
      item.command = { title: 'Open', command: 'crosscheck.revealSpan', arguments: [node.location] };
      item.resourceUri = undefined;
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** A node that opens one span of one source. */
export function spanNode(model: CorpusModel, parentId: string, span: DocSpan, description?: string): Node {
  return {
    id: `${parentId}/${span.doc}:${span.start}`,
    label: span.doc,
    description: description ?? `“${span.text}”`,
    tooltip: `${span.doc}, characters ${span.start}–${span.end}: “${span.text}”`,
    icon: new vscode.ThemeIcon('quote'),
    location: { uri: model.uris[span.doc] ?? '', start: span.start, end: span.end },
  };
}
