/** The status bar item: "N sources · M disagreements"; a click focuses the sidebar. */
import * as vscode from 'vscode';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 50);
  private last = '';

  constructor() {
    this.item.name = 'Crosscheck';
    this.item.command = 'crosscheck.focus';
  }

  show(sources: number, disagreements: number): void {
    this.last = `$(checklist) ${sources} source${sources === 1 ? '' : 's'} · ${disagreements} disagreement${disagreements === 1 ? '' : 's'}`;
    this.item.text = this.last;
    this.item.tooltip = 'Crosscheck: open the sidebar';
    this.item.show();
  }

  progress(active: boolean, done: number, total: number): void {
    if (!active) {
      if (this.last) this.item.text = this.last;
      return;
    }
    this.item.text = `$(sync~spin) Crosscheck ${done}/${total}`;
    this.item.show();
  }

  text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
