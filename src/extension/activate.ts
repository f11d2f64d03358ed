/**
 * Activation, shared by the desktop and the web entry points: they differ only in how the
 * language server is started (a Node process, or a web worker).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { Report } from '../core/report';
import type { CorpusModel } from '../shared/protocol';
import { registerCommands } from './commands';
import { Controller, type ScanSummary } from './controller';
import { readSettings } from './settings';
import type { Node } from './trees/modelTree';

export type ClientFactory = (context: vscode.ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient;

/** The extension's API, for other extensions and for the integration tests. */
export interface CrosscheckApi {
  model(): CorpusModel | undefined;
  nextModel(timeoutMs?: number): Promise<CorpusModel | undefined>;
  report(): Promise<Report | null>;
  rescan(): Promise<ScanSummary | undefined>;
  trees: { events: vscode.TreeDataProvider<Node>; disagreements: vscode.TreeDataProvider<Node>; sources: vscode.TreeDataProvider<Node> };
  highlights(uri: vscode.Uri): Record<string, vscode.Range[]>;
  hiddenDisagreements(): string[];
  /** The extension's own storage (a place tests may write to). */
  storageUri(): vscode.Uri;
}

export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<CrosscheckApi> {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  context.subscriptions.push(log);
  const settings = readSettings();
  const client = createClient(context, {
    documentSelector: [{ language: 'plaintext' }, { language: 'markdown' }],
    outputChannel: log,
    diagnosticCollectionName: 'crosscheck',
    initializationOptions: { clientListsFiles: true, maxFileBytes: settings.maxFileBytes },
  });
  const c = new Controller(context, client, log);
  context.subscriptions.push(c, { dispose: () => void client.stop() });
  c.disagreementsView = vscode.window.createTreeView('crosscheck.disagreements', { treeDataProvider: c.disagreements, showCollapseAll: true });

  context.subscriptions.push(
    vscode.window.createTreeView('crosscheck.events', { treeDataProvider: c.events, showCollapseAll: true }),
    c.disagreementsView,
    vscode.window.createTreeView('crosscheck.sources', { treeDataProvider: c.sources, showCollapseAll: true }),
    ...registerCommands(c),
    vscode.window.onDidChangeVisibleTextEditors((editors) => void c.highlighter.refresh(editors)),
    c.suppressions.onDidChange(() => void c.configureServer()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('crosscheck') && !e.affectsConfiguration('files.exclude')) return;
      const before = c.settings;
      c.settings = readSettings();
      if (e.affectsConfiguration('crosscheck.highlight.enabled')) {
        c.highlighter.enabled = c.settings.highlight;
        void c.highlighter.refresh();
      }
      void c.configureServer();
      if (before.include !== c.settings.include || before.exclude !== c.settings.exclude || before.maxFileBytes !== c.settings.maxFileBytes) {
        c.scanner.watch();
        void c.rescan();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void c.rescan()),
  );
  const ignoreWatcher = vscode.workspace.createFileSystemWatcher('**/.crosscheck.json');
  const reloadIgnores = () => void c.suppressions.reload();
  ignoreWatcher.onDidCreate(reloadIgnores);
  ignoreWatcher.onDidChange(reloadIgnores);
  ignoreWatcher.onDidDelete(reloadIgnores);
  context.subscriptions.push(ignoreWatcher);

  await client.start();
  c.listen();
  await c.suppressions.reload();
  await c.configureServer();
  c.scanner.watch();
  void c.rescan().catch((err) => log.error(`scan failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));

  return {
    model: () => c.model,
    nextModel: (t) => c.nextModel(t),
    report: () => c.report(),
    rescan: () => c.rescan(),
    trees: { events: c.events, disagreements: c.disagreements, sources: c.sources },
    highlights: (uri) => c.highlighter.paintedIn(uri),
    hiddenDisagreements: () => c.suppressions.hidden(),
    storageUri: () => context.globalStorageUri,
  };
}
