/**
 * Paints the server's highlights in visible editors. Offsets are applied only to the text
 * they were computed on (same editor version, or the saved text of a clean editor); otherwise
 * the decorations already shown stay, moved along by VS Code as the user types, until the next
 * analysis arrives.
 */
import * as vscode from 'vscode';
import type { HighlightsResult } from '../shared/protocol';
import { allHighlightKinds, colorId } from './highlightStyles';

export class Highlighter implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  /** What is painted, per document URI and kind (for the extension's API and its tests). */
  private readonly painted = new Map<string, Map<string, vscode.Range[]>>();
  enabled = true;

  constructor(private readonly fetch: (uri: string) => Promise<HighlightsResult | null>, private readonly log: vscode.LogOutputChannel) {
    for (const kind of allHighlightKinds()) this.types.set(kind, this.createType(kind));
  }

  private createType(kind: string): vscode.TextEditorDecorationType {
    if (kind === 'disputed') {
      return vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('crosscheck.disputedFigureBackground'),
        borderColor: new vscode.ThemeColor('crosscheck.disputedFigure'),
        borderStyle: 'dashed',
        borderWidth: '0 0 2px 0',
        overviewRulerColor: new vscode.ThemeColor('crosscheck.disputedFigure'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
    }
    return vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(colorId(kind)),
      borderRadius: '2px',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }

  async refresh(editors: readonly vscode.TextEditor[] = vscode.window.visibleTextEditors): Promise<void> {
    await Promise.all(editors.map((e) => this.refreshEditor(e)));
  }

  private async refreshEditor(editor: vscode.TextEditor): Promise<void> {
    const uri = editor.document.uri.toString();
    if (!this.enabled) {
      this.clear(editor);
      return;
    }
    let result: HighlightsResult | null;
    try {
      result = await this.fetch(uri);
    } catch (err) {
      this.log.warn(`highlights for ${uri}: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (!result) {
      if (this.painted.has(uri)) this.clear(editor);
      return;
    }
    const doc = editor.document;
    const sameText = result.version === null ? !doc.isDirty : result.version === doc.version;
    if (!sameText || doc.getText().length !== result.length) return;
    const byKind = new Map<string, vscode.Range[]>();
    for (const h of result.highlights) {
      byKind.set(h.kind, h.spans.map(([s, e]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e))));
    }
    for (const [kind, type] of this.types) editor.setDecorations(type, byKind.get(kind) ?? []);
    this.painted.set(uri, byKind);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.painted.delete(editor.document.uri.toString());
  }

  /** Ranges painted in a document, by highlight kind. */
  paintedIn(uri: vscode.Uri): Record<string, vscode.Range[]> {
    return Object.fromEntries(this.painted.get(uri.toString()) ?? []);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
  }
}
