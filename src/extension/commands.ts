/** The commands (category "Crosscheck") and the ones the quick fixes and context menus call. */
import * as vscode from 'vscode';
import { Methods } from '../shared/protocol';
import { IGNORE_FILE } from '../shared/settings';
import type { Controller } from './controller';
import { isIsoDate } from './settings';

export function registerCommands(c: Controller): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg('crosscheck.rescan', () => c.rescan()),
    reg('crosscheck.toggleHighlights', async () => {
      c.highlighter.enabled = !c.highlighter.enabled;
      await c.highlighter.refresh();
      return c.highlighter.enabled;
    }),
    reg('crosscheck.showReport', async () => {
      if (!c.model) await c.rescan();
      const content = await c.request(Methods.report, { format: 'markdown' });
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return content.length;
    }),
    reg('crosscheck.exportJson', async (target?: vscode.Uri) => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const uri = target ?? (await vscode.window.showSaveDialog({
        title: 'Export the Crosscheck report as JSON',
        filters: { JSON: ['json'] },
        defaultUri: folder ? vscode.Uri.joinPath(folder, 'crosscheck-report.json') : undefined,
      }));
      if (!uri) return undefined;
      const json = await c.request(Methods.report, { format: 'json' });
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${json}\n`));
      c.log.info(`report exported to ${uri.toString(true)}`);
      return uri;
    }),
    reg('crosscheck.setReferenceDate', async (value?: string | null) => {
      let date = value;
      if (date === undefined) {
        date = await vscode.window.showInputBox({
          title: 'Reference date for articles that state no publication date',
          prompt: 'YYYY-MM-DD; leave empty to use the crosscheck.referenceDate setting',
          value: c.referenceDate() ?? '',
          validateInput: (s) => (s === '' || isIsoDate(s) ? undefined : 'A date written as year-month-day (YYYY-MM-DD)'),
        });
        if (date === undefined) return c.referenceDate();
      }
      await c.setReferenceDate(date && isIsoDate(date) ? date : null);
      await c.request(Methods.analyze, {});
      return c.referenceDate();
    }),
    reg('crosscheck.focus', () => vscode.commands.executeCommand('workbench.view.extension.crosscheck')),
    reg('crosscheck.focusDisagreements', async () => {
      await vscode.commands.executeCommand('crosscheck.disagreements.focus');
      // Open the first one, so that the claims side by side are what the reader sees.
      const first = c.disagreements.getChildren()[0];
      if (first && c.disagreementsView) await c.disagreementsView.reveal(first, { expand: true, select: true, focus: true });
    }),
    reg('crosscheck.revealSpan', async (loc: { uri: string; start: number; end: number }) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(loc.uri));
      const range = new vscode.Range(doc.positionAt(loc.start), doc.positionAt(loc.end));
      await vscode.window.showTextDocument(doc, { selection: range, preview: true });
    }),
    reg('crosscheck.hideDisagreement', async (arg: string | { key?: string }) => {
      const key = typeof arg === 'string' ? arg : arg?.key;
      if (!key) return;
      await c.suppressions.hide(key);
    }),
    reg('crosscheck.showDisagreement', async (arg?: string | { key?: string }) => {
      let key = typeof arg === 'string' ? arg : arg?.key;
      if (!key) {
        const hidden = c.model?.disagreements.filter((d) => d.hidden) ?? [];
        if (!hidden.length) {
          void vscode.window.showInformationMessage('Crosscheck: no disagreement is hidden.');
          return;
        }
        const pick = await vscode.window.showQuickPick(hidden.map((d) => ({ label: d.about, description: d.kind, detail: d.message, key: d.key })), { title: 'Show a hidden disagreement again' });
        key = pick?.key;
      }
      if (!key) return;
      if (!(await c.suppressions.show(key))) {
        void vscode.window.showInformationMessage(`Crosscheck: this disagreement is also listed in ${IGNORE_FILE}; remove it there to show it.`);
      }
    }),
    reg('crosscheck.ignoreDisagreement', async (key: string, near?: string) => {
      if (typeof key === 'string') await c.suppressions.addToFile('disagreements', key, near ? vscode.Uri.parse(near) : undefined);
    }),
    reg('crosscheck.ignoreEntity', async (name: string, near?: string) => {
      if (typeof name === 'string') await c.suppressions.addToFile('entities', name, near ? vscode.Uri.parse(near) : undefined);
    }),
  ];
}
