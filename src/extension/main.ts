/**
 * The extension: registers Crosscheck's commands and status, runs the scan, renders the
 * report. The analysis itself is the core's; here it runs one document per slice with a
 * yield in between, so the extension host stays responsive during a scan.
 */
import * as vscode from 'vscode';
import { Analyzer, type SourceInput } from '../core/analyzer';
import { formatMarkdown } from '../core/formatReport';
import type { Report } from '../core/report';
import { readSettings } from './settings';
import { findArticleUris, readArticle } from './workspaceScan';

export interface CrosscheckApi {
  /** The last report, or undefined before the first scan finishes. */
  report(): Report | undefined;
  rescan(): Promise<Report | undefined>;
}

export interface ScanSummary {
  sources: number;
  failed: number;
  entities: number;
  figures: number;
  events: number;
  disagreements: number;
}

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = 'Crosscheck';
  status.command = 'crosscheck.showReport';
  context.subscriptions.push(log, status);

  let analyzer = new Analyzer({ referenceDate: readSettings().referenceDate });
  let report: Report | undefined;
  let running: Promise<Report | undefined> | undefined;
  const reportedErrors = new Set<string>();

  async function scan(token?: vscode.CancellationToken): Promise<Report | undefined> {
    const settings = readSettings();
    const uris = await findArticleUris(settings, token);
    const inputs: SourceInput[] = [];
    for (const uri of uris) {
      if (token?.isCancellationRequested) return report;
      const { input } = await readArticle(uri, settings);
      inputs.push(input);
      if ('text' in input) {
        try {
          analyzer.analyzeDocument(input.id, input.text, input.warnings);
        } catch (err) {
          log.error(`${input.id}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        }
      }
      await yieldToHost();
    }
    const next = analyzer.analyze(inputs);
    for (const d of next.documents) {
      if (d.error && !reportedErrors.has(`${d.id}:${d.error}`)) {
        reportedErrors.add(`${d.id}:${d.error}`);
        log.warn(`${d.id}: ${d.error}`);
      }
    }
    report = next;
    const ok = next.documents.filter((d) => !d.error).length;
    status.text = `$(checklist) ${ok} source${ok === 1 ? '' : 's'} · ${next.disagreements.length} disagreement${next.disagreements.length === 1 ? '' : 's'}`;
    status.tooltip = 'Crosscheck: show the report';
    status.show();
    log.info(`scanned ${uris.length} files: ${next.entities.length} entities, ${next.figures.length} figures, ${next.events.length} events, ${next.disagreements.length} disagreements`);
    return report;
  }

  function rescan(): Promise<Report | undefined> {
    running ??= Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Crosscheck: analysing', cancellable: true },
        (_progress, token) => scan(token),
      ),
    ).finally(() => { running = undefined; });
    return running;
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.rescan', async (): Promise<ScanSummary | undefined> => {
      const r = await rescan();
      return r && summarise(r);
    }),
    vscode.commands.registerCommand('crosscheck.showReport', async () => {
      const r = report ?? (await rescan());
      if (!r) return undefined;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: formatMarkdown(r) });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return doc.getText().length;
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('crosscheck')) return;
      analyzer = new Analyzer({ referenceDate: readSettings().referenceDate });
      void rescan();
    }),
  );

  void rescan().catch((err) => log.error(`scan failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
  return { report: () => report, rescan };
}

export function deactivate(): void {}

function summarise(r: Report): ScanSummary {
  return {
    sources: r.documents.filter((d) => !d.error).length,
    failed: r.documents.filter((d) => d.error).length,
    entities: r.entities.length,
    figures: r.figures.length,
    events: r.events.length,
    disagreements: r.disagreements.length,
  };
}

/** Lets the extension host handle pending events between two documents' analyses. */
function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
