/**
 * The extension in a real workbench, `seeds/` open as the workspace: it activates, scans the
 * articles through workspace.fs, and its commands run through executeCommand.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrosscheckApi, ScanSummary } from '../../src/extension/main';

const EXTENSION_ID = 'crosscheck.crosscheck';

async function api(): Promise<CrosscheckApi> {
  const ext = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.activate();
}

describe('Crosscheck in VS Code', () => {
  it('activates and exposes its API', async () => {
    const a = await api();
    assert.strictEqual(typeof a.rescan, 'function');
  });

  it('finds the sample articles through the workspace', async () => {
    const files = await vscode.workspace.findFiles('**/*.{txt,md}');
    assert.ok(files.length >= 5, `found ${files.length} articles`);
  });

  it('Rescan Workspace analyses every article and returns a summary', async () => {
    const summary = await vscode.commands.executeCommand<ScanSummary>('crosscheck.rescan');
    const files = await vscode.workspace.findFiles('**/*.{txt,md}');
    assert.ok(summary, 'the command returns a summary');
    assert.strictEqual(summary.sources + summary.failed, files.length);
    assert.strictEqual(summary.failed, 0);
    assert.ok(summary.entities > 0 && summary.figures > 0 && summary.events > 0, JSON.stringify(summary));
  });

  it('reports spans that point at the text of the files', async () => {
    const a = await api();
    const report = a.report() ?? (await a.rescan());
    assert.ok(report);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    for (const d of report.documents) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, d.id));
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      assert.strictEqual(d.length, text.length, `${d.id} length`);
      for (const f of report.figures.filter((x) => x.doc === d.id)) {
        assert.strictEqual(text.slice(f.start, f.end), f.text, `figure ${f.id} in ${d.id}`);
      }
    }
  });

  it('Show Report opens the Markdown report beside', async () => {
    const length = await vscode.commands.executeCommand<number>('crosscheck.showReport');
    assert.ok(typeof length === 'number' && length > 0);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /^# Crosscheck report/);
  });
});
