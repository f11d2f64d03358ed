/**
 * The Crosscheck language server: the analyser behind LSP. It keeps the corpus (files the
 * client found, plus the unsaved text of open articles), re-analyses after a debounce, in
 * slices that yield between documents so that requests are answered meanwhile, and publishes
 * diagnostics and the sidebar's model. The same code runs as a Node process (VS Code desktop,
 * other editors over stdio) and as a web worker (VS Code for the Web).
 */
import { TextDocuments, type Connection, CodeActionKind, TextDocumentSyncKind, type Diagnostic, type InitializeResult, type Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, type SourceInput } from '../core/analyzer';
import { DEFAULT_MAX_BYTES } from '../core/decode';
import { formatMarkdown, formatText } from '../core/formatReport';
import type { Report } from '../core/report';
import { Methods, type NotificationType, type RequestType } from '../shared/protocol';
import { DEFAULT_SERVER_SETTINGS, type ServerSettings } from '../shared/settings';
import { buildCodeActions } from './codeActions';
import { buildCorpusModel } from './corpusModel';
import { CorpusFiles, type CorpusInput } from './corpusFiles';
import { buildDiagnostics } from './diagnostics';
import { buildHighlights } from './highlights';
import { entityCard, figureCard } from './hover';
import { ReportIndex } from './reportIndex';

export interface InitializationOptions {
  /** The client finds and sends the articles (`crosscheck/files`); otherwise open documents are the corpus. */
  clientListsFiles?: boolean;
  settings?: Partial<ServerSettings>;
  maxFileBytes?: number;
}

export interface ServerHost {
  /** Finds and reads the articles under workspace folders, for clients that do not list them (Node only). */
  scanFolders?: (folderUris: string[], maxBytes: number) => Promise<Array<{ uri: string; input: SourceInput }>>;
}

export function startServer(connection: Connection, host: ServerHost = {}): void {
  let settings: ServerSettings = { ...DEFAULT_SERVER_SETTINGS };
  let maxBytes = DEFAULT_MAX_BYTES;
  const corpus = new CorpusFiles(maxBytes);
  let analyzer = new Analyzer({ referenceDate: settings.referenceDate });
  let index: ReportIndex | null = null;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let rerun = false;
  const published = new Map<string, string>();
  const toldProblems = new Set<string>();
  const documents = new TextDocuments(TextDocument);
  let workspaceFolders: string[] = [];
  let clientListsFiles = false;

  const notify = <P>(type: NotificationType<P>, params: P) => void connection.sendNotification(type.method, params);
  const onNotify = <P>(type: NotificationType<P>, handler: (params: P) => void) => connection.onNotification(type.method, handler);
  const onRequest = <P, R>(type: RequestType<P, R>, handler: (params: P) => R | Promise<R>) =>
    connection.onRequest(type.method, (params: P) => handler(params) as never);
  const log = (message: string) => connection.console.log(message);
  const logError = (what: string, err: unknown) =>
    connection.console.error(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    clientListsFiles = Boolean(options.clientListsFiles);
    // The client will list the articles: an editor opened before its list arrives is not the corpus.
    if (clientListsFiles) corpus.openDocumentsAreCorpus = false;
    if (options.settings) settings = { ...settings, ...options.settings };
    if (options.maxFileBytes) {
      maxBytes = options.maxFileBytes;
      corpus.setMaxBytes(maxBytes);
    }
    analyzer = new Analyzer({ referenceDate: settings.referenceDate });
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'crosscheck-ls', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (clientListsFiles || !host.scanFolders || !workspaceFolders.length) return;
    host.scanFolders(workspaceFolders, maxBytes).then((found) => {
      for (const f of found) corpus.addDiskInput(f.uri, f.input);
      schedule(0);
    }, (err) => logError('workspace scan failed', err));
  });

  function schedule(delay = settings.debounceMs): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void analyse();
    }, delay);
  }

  /** Runs the analysis to completion, again if something changed meanwhile; concurrent callers share it. */
  function analyse(): Promise<void> {
    if (running) {
      rerun = true;
      // Resolve when the run this call asked for is over, not the one already under way.
      return running.then(() => running);
    }
    running = (async () => {
      do {
        rerun = false;
        try {
          await analyseOnce();
        } catch (err) {
          logError('analysis failed', err);
        }
      } while (rerun);
    })().finally(() => {
      running = undefined;
      // A change that arrived after the loop's last check but before this point asked for a
      // run that the loop will not make: start it now rather than lose it.
      if (rerun) void analyse();
    });
    return running;
  }

  async function analyseOnce(): Promise<void> {
    const revision = corpus.revision;
    const inputs = corpus.inputs(settings.run);
    const total = inputs.length;
    notify(Methods.progress, { state: 'analysing', done: 0, total });
    let done = 0;
    for (let i = 0; i < inputs.length; i += DOCUMENTS_PER_SLICE) {
      const slice = inputs.slice(i, i + DOCUMENTS_PER_SLICE).flatMap(({ input }) => ('text' in input ? [input] : []));
      // A failure here is remembered nowhere: Analyzer.analyze below turns it into the document's error.
      analyzer.analyzeDocuments(slice);
      done = Math.min(total, i + DOCUMENTS_PER_SLICE);
      // A few documents per slice: hovers and edits are answered between two slices.
      await yieldNow();
      if (corpus.revision !== revision) {
        rerun = true; // newer text arrived; what was analysed stays cached
        return;
      }
      notify(Methods.progress, { state: 'analysing', done, total });
    }
    const report = analyzer.analyze(inputs.map((i) => i.input));
    generation++;
    index = new ReportIndex(report, analysedDocs(inputs), generation);
    publish(index, inputs);
    notify(Methods.progress, { state: 'idle', done: total, total });
  }

  function analysedDocs(inputs: CorpusInput[]) {
    return inputs.flatMap(({ uri, input, version }) => ('text' in input ? [{ id: input.id, uri, version, text: input.text }] : []));
  }

  function publish(ix: ReportIndex, inputs: CorpusInput[]): void {
    const byDoc = buildDiagnostics(ix, settings);
    const current = new Set<string>();
    for (const { uri, input } of inputs) {
      current.add(uri);
      sendDiagnostics(uri, byDoc.get(input.id) ?? []);
    }
    for (const uri of [...published.keys()]) if (!current.has(uri)) sendDiagnostics(uri, []);
    const uris = new Map(inputs.map((i) => [i.input.id, i.uri] as const));
    notify(Methods.model, buildCorpusModel(ix, settings, uris));
    for (const d of ix.report.documents) {
      if (!d.error) continue;
      const key = `${d.id}\u0000${d.error}`;
      if (toldProblems.has(key)) continue;
      toldProblems.add(key);
      notify(Methods.fileProblem, { uri: uris.get(d.id) ?? '', id: d.id, message: d.error });
    }
  }

  /** Only documents whose diagnostics changed are sent again. */
  function sendDiagnostics(uri: string, diagnostics: Diagnostic[]): void {
    const json = JSON.stringify(diagnostics);
    if (published.get(uri) === json) return;
    if (diagnostics.length) published.set(uri, json);
    else published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  function republish(): void {
    if (!index) return;
    published.clear();
    publish(index, corpus.inputs(settings.run));
  }

  // Custom messages (src/shared/protocol.ts).
  onNotify(Methods.configure, (next) => {
    const referenceChanged = next.referenceDate !== settings.referenceDate;
    const modeChanged = next.run !== settings.run;
    settings = { ...settings, ...next };
    if (referenceChanged) analyzer = new Analyzer({ referenceDate: settings.referenceDate });
    if (referenceChanged || modeChanged) schedule(0);
    else republish();
  });
  onNotify(Methods.files, (params) => {
    try {
      corpus.applyFiles(params);
    } catch (err) {
      logError('reading files failed', err);
    }
    if (settings.run !== 'manual' || !index) schedule(params.keepOnly ? 0 : settings.debounceMs);
  });
  onRequest(Methods.analyze, async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    await analyse();
    return { generation };
  });
  onRequest(Methods.highlights, ({ uri }) => {
    const id = index?.docIdOf(uri);
    return index && id ? buildHighlights(index, id, settings) : null;
  });
  onRequest(Methods.report, ({ format }) => {
    const r = index?.report;
    if (!r) return '';
    return format === 'json' ? JSON.stringify(r, null, 2) : format === 'markdown' ? formatMarkdown(r) : formatText(r);
  });
  onRequest(Methods.fullReport, (): Report | null => index?.report ?? null);

  // Editors.
  documents.onDidChangeContent(({ document }) => {
    if (corpus.editorChanged(document.uri, document.getText(), document.version) && settings.run === 'onType') schedule();
  });
  documents.onDidClose(({ document }) => {
    if (corpus.editorClosed(document.uri) && settings.run !== 'manual') schedule();
  });
  documents.onDidSave(({ document }) => {
    corpus.editorChanged(document.uri, document.getText(), document.version);
    if (corpus.editorSaved(document.uri) && settings.run === 'onSave') schedule();
  });
  documents.listen(connection);

  // Language features over the last analysis.
  const at = (uri: string, position: { line: number; character: number }) => {
    const id = index?.docIdOf(uri);
    const lines = id ? index?.lines(id) : undefined;
    return index && id && lines ? { ix: index, id, offset: lines.offset(position) } : undefined;
  };
  connection.onHover(({ textDocument, position }) => {
    try {
      const hit = at(textDocument.uri, position);
      if (!hit) return null;
      const figure = hit.ix.figureAt(hit.id, hit.offset);
      if (figure) return { contents: figureCard(hit.ix, figure), range: hit.ix.lines(hit.id)!.range(figure.start, figure.end) };
      const mention = hit.ix.entityAt(hit.id, hit.offset);
      if (mention) return { contents: entityCard(hit.ix, mention.entity, mention.reference ? hit.ix.doc(hit.id)?.text.slice(mention.start, mention.end) : undefined), range: hit.ix.lines(hit.id)!.range(mention.start, mention.end) };
      return null;
    } catch (err) {
      logError('hover failed', err);
      return null;
    }
  });
  const mentionLocations = (uri: string, position: { line: number; character: number }, canonicalOnly: boolean): Location[] => {
    const hit = at(uri, position);
    const mention = hit && hit.ix.entityAt(hit.id, hit.offset);
    if (!hit || !mention) return [];
    const e = mention.entity;
    const chosen = canonicalOnly && e.mentions.some((m) => m.text === e.name) ? e.mentions.filter((m) => m.text === e.name) : e.mentions;
    return chosen.flatMap((m) => {
      const target = hit.ix.uriOf(m.doc);
      const lines = hit.ix.lines(m.doc);
      return target && lines ? [{ uri: target, range: lines.range(m.start, m.end) }] : [];
    });
  };
  connection.onReferences(({ textDocument, position }) => mentionLocations(textDocument.uri, position, false));
  connection.onDefinition(({ textDocument, position }) => mentionLocations(textDocument.uri, position, true));
  connection.onCodeAction(({ textDocument, range, context }) => {
    if (!index) return [];
    try {
      return buildCodeActions(index, textDocument.uri, range, context.diagnostics, settings);
    } catch (err) {
      logError('code actions failed', err);
      return [];
    }
  });

  connection.listen();
  log('Crosscheck language server started');
}

/**
 * Documents analysed between two yields to the message loop: a news article takes a few
 * milliseconds, so a slice stays well under what a hover may wait, while the stages still
 * run over several documents at once (see analyzeDocuments).
 */
const DOCUMENTS_PER_SLICE = 8;

function yieldNow(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
