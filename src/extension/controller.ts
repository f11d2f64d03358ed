/**
 * The extension's state and wiring: the language client, the scanner that feeds it, the model
 * it sends back, and everything rendered from that model (trees, highlights, status bar).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Report } from '../core/report';
import { Methods, type CorpusModel, type NotificationType, type RequestType } from '../shared/protocol';
import type { ServerSettings } from '../shared/settings';
import { ArticleScanner } from './articleScanner';
import { Highlighter } from './highlighter';
import { readSettings, type ClientSettings } from './settings';
import { StatusItem } from './statusItem';
import { Suppressions } from './suppressions';
import { DisagreementsTree } from './trees/disagreementsTree';
import { EventsTree } from './trees/eventsTree';
import { SourcesTree } from './trees/sourcesTree';

const REFERENCE_DATE_KEY = 'crosscheck.referenceDate';

export interface ScanSummary {
  sources: number;
  failed: number;
  entities: number;
  figures: number;
  events: number;
  disagreements: number;
}

export class Controller implements vscode.Disposable {
  model: CorpusModel | undefined;
  settings: ClientSettings = readSettings();
  readonly events = new EventsTree();
  readonly disagreements = new DisagreementsTree();
  readonly sources = new SourcesTree();
  readonly highlighter: Highlighter;
  disagreementsView: vscode.TreeView<import('./trees/modelTree').Node> | undefined;
  readonly suppressions: Suppressions;
  readonly scanner: ArticleScanner;
  private readonly status = new StatusItem();
  private readonly modelArrived = new vscode.EventEmitter<CorpusModel>();
  readonly onDidChangeModel = this.modelArrived.event;
  private scanning: Promise<ScanSummary | undefined> | undefined;
  private problems: string[] = [];
  private problemTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly context: vscode.ExtensionContext,
    readonly client: BaseLanguageClient,
    readonly log: vscode.LogOutputChannel,
  ) {
    this.suppressions = new Suppressions(context.workspaceState, log);
    this.highlighter = new Highlighter((uri) => this.request(Methods.highlights, { uri }), log);
    this.highlighter.enabled = this.settings.highlight;
    this.scanner = new ArticleScanner(() => this.settings, (p) => this.notify(Methods.files, p), log);
  }

  notify<P>(type: NotificationType<P>, params: P): Promise<void> {
    return this.client.sendNotification(type.method, params);
  }

  request<P, R>(type: RequestType<P, R>, params: P): Promise<R> {
    return this.client.sendRequest<R>(type.method, params);
  }

  /** Subscribes to the server's messages; call once the client is running. */
  listen(): void {
    this.client.onNotification(Methods.model.method, (model: CorpusModel) => this.receive(model));
    this.client.onNotification(Methods.fileProblem.method, (p: { id: string; message: string }) => this.fileProblem(p.id, p.message));
    this.client.onNotification(Methods.progress.method, (p: { state: string; done: number; total: number }) => this.status.progress(p.state === 'analysing', p.done, p.total));
  }

  private receive(model: CorpusModel): void {
    this.model = model;
    this.events.update(model);
    this.disagreements.update(model);
    this.sources.update(model);
    const ok = model.documents.filter((d) => !d.error).length;
    const visible = model.disagreements.filter((d) => !d.hidden).length;
    this.status.show(ok, visible);
    if (this.disagreementsView) {
      this.disagreementsView.badge = visible ? { value: visible, tooltip: `${visible} disagreement${visible === 1 ? '' : 's'} between sources` } : undefined;
    }
    void vscode.commands.executeCommand('setContext', 'crosscheck.hasSources', model.documents.length > 0);
    void vscode.commands.executeCommand('setContext', 'crosscheck.scanned', true);
    void this.highlighter.refresh();
    this.modelArrived.fire(model);
  }

  /** An article that could not be analysed: logged, and told once in one message per batch. */
  private fileProblem(id: string, message: string): void {
    this.log.warn(`${id}: ${message}`);
    this.problems.push(`${id} (${message})`);
    if (this.problemTimer) clearTimeout(this.problemTimer);
    this.problemTimer = setTimeout(() => {
      const list = this.problems;
      this.problems = [];
      const shown = list.slice(0, 3).join('; ') + (list.length > 3 ? `; and ${list.length - 3} more` : '');
      void vscode.window.showWarningMessage(`Crosscheck could not analyse ${list.length} file${list.length === 1 ? '' : 's'}: ${shown}. See the Crosscheck log.`);
    }, 500);
  }

  referenceDate(): string | null {
    return this.context.workspaceState.get<string | null>(REFERENCE_DATE_KEY, null) ?? this.settings.referenceDate;
  }

  async setReferenceDate(date: string | null): Promise<void> {
    await this.context.workspaceState.update(REFERENCE_DATE_KEY, date);
    await this.configureServer();
  }

  serverSettings(): ServerSettings {
    const s = this.settings;
    const ignored = this.suppressions.ignored();
    return {
      run: s.run,
      referenceDate: this.referenceDate(),
      maxDiagnosticsPerFile: s.maxDiagnosticsPerFile,
      maxHighlightsPerFile: s.maxHighlightsPerFile,
      severity: s.severity,
      suppressedDisagreements: [...new Set([...this.suppressions.hidden(), ...ignored.disagreements])],
      ignoredEntities: ignored.entities,
      ignoredWords: ignored.words,
      debounceMs: 300,
    };
  }

  configureServer(): Promise<void> {
    return this.notify(Methods.configure, this.serverSettings());
  }

  /** Resolves with the next model the server sends (or the current one after a timeout). */
  nextModel(timeoutMs = 30_000): Promise<CorpusModel | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        sub.dispose();
        resolve(this.model);
      }, timeoutMs);
      const sub = this.onDidChangeModel((m) => {
        clearTimeout(timer);
        sub.dispose();
        resolve(m);
      });
    });
  }

  /** Full scan: list and read every article, send them, wait for the analysis. Concurrent calls share one scan. */
  rescan(): Promise<ScanSummary | undefined> {
    this.scanning ??= this.runScan().finally(() => {
      this.scanning = undefined;
    });
    return this.scanning;
  }

  private async runScan(): Promise<ScanSummary | undefined> {
    const uris = await this.scanner.list();
    const location = ArticleScanner.wantsNotification(uris.length) ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    return vscode.window.withProgress({ location, title: 'Crosscheck', cancellable: true }, async (progress, token) => {
      progress.report({ message: 'reading articles' });
      await this.scanner.fullScan(uris, token, progress);
      if (token.isCancellationRequested) {
        this.log.info('scan cancelled; the articles read so far are analysed');
      }
      progress.report({ message: 'analysing' });
      await this.request(Methods.analyze, { force: true });
      // The model notification precedes the analyze answer on the same connection.
      const m = this.model;
      if (m) this.log.info(`analysed ${m.documents.length} files: ${m.events.length} events, ${m.disagreements.length} disagreements`);
      return m && summarise(m);
    });
  }

  report(): Promise<Report | null> {
    return this.request(Methods.fullReport, undefined);
  }

  dispose(): void {
    this.status.dispose();
    this.highlighter.dispose();
    this.scanner.dispose();
    this.suppressions.dispose();
    this.events.dispose();
    this.disagreements.dispose();
    this.sources.dispose();
    this.modelArrived.dispose();
    if (this.problemTimer) clearTimeout(this.problemTimer);
  }
}

export function summarise(m: CorpusModel): ScanSummary {
  const entityMentions = m.documents.reduce((n, d) => n + d.counts.entities, 0);
  return {
    sources: m.documents.filter((d) => !d.error).length,
    failed: m.documents.filter((d) => d.error).length,
    entities: entityMentions,
    figures: m.documents.reduce((n, d) => n + d.counts.figures, 0),
    events: m.events.length,
    disagreements: m.disagreements.filter((d) => !d.hidden).length,
  };
}
