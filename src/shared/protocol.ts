/**
 * The protocol between the extension (client) and the Crosscheck language server, in one
 * place so that both sides are typed from the same declarations. Diagnostics, hovers,
 * references, definitions and code actions are plain LSP; what LSP has no message for (the
 * files the client found, the sidebar's model, the highlights, the report) travels here.
 *
 * Offsets are UTF-16 indices into the text the server analysed, as in the JSON report.
 */
import type {
  DisagreementKind, DocSpan, DocumentReport, EventReport, DisagreementReport, Report,
} from '../core/report';
import type { ServerSettings } from './settings';

/** One article the client found: its text as bytes (decoded by the server), or why it was skipped. */
export interface FileEntry {
  uri: string;
  /** The report's document id (path relative to its workspace folder). */
  id: string;
  /** Base64 of the file's bytes; absent when `skipped` says why the file was not read. */
  base64?: string;
  skipped?: string;
}

export interface FilesParams {
  upserts: FileEntry[];
  removals: string[];
  /** After a full scan: the URIs of the whole corpus; every other file is dropped. */
  keepOnly?: string[];
}

/** The sidebar's and the status bar's model: the report without per-mention detail, plus URIs. */
export interface CorpusModel {
  /** Increases with every analysis the server completes. */
  generation: number;
  documents: Array<DocumentReport & { uri: string; counts: { entities: number; figures: number; events: number } }>;
  /** `participantNames`: the participants' canonical names, in the order of `participants` (ids). */
  events: Array<EventReport & { participantNames: string[] }>;
  disagreements: Array<DisagreementReport & { key: string; hidden: boolean }>;
  /** Document id -> URI, to turn a DocSpan into a location. */
  uris: Record<string, string>;
}

export type HighlightKind = `entity.${string}` | `figure.${string}` | 'disputed';

export interface HighlightsResult {
  uri: string;
  /** The editor version the offsets belong to; null when they belong to the text on disk. */
  version: number | null;
  /** Length of the analysed text, a last guard against applying offsets to other text. */
  length: number;
  highlights: Array<{ kind: HighlightKind; spans: Array<[number, number]> }>;
  /** True when the per-file cap cut the list short. */
  capped: boolean;
}

export interface ProgressParams {
  state: 'analysing' | 'idle';
  done: number;
  total: number;
}

/**
 * A message's method with its parameter and result types. Plain data rather than jsonrpc's
 * classes, so that client and server may each bring their own copy of vscode-jsonrpc.
 */
export interface NotificationType<P> { readonly method: string; readonly _params?: P }
export interface RequestType<P, R> { readonly method: string; readonly _params?: P; readonly _result?: R }
const notification = <P>(method: string): NotificationType<P> => ({ method });
const request = <P, R>(method: string): RequestType<P, R> => ({ method });

export const Methods = {
  configure: notification<ServerSettings>('crosscheck/configure'),
  files: notification<FilesParams>('crosscheck/files'),
  /** Analyse now (whatever the run mode) and answer when the model is up to date. */
  analyze: request<{ force?: boolean }, { generation: number }>('crosscheck/analyze'),
  model: notification<CorpusModel>('crosscheck/model'),
  progress: notification<ProgressParams>('crosscheck/progress'),
  highlights: request<{ uri: string }, HighlightsResult | null>('crosscheck/highlights'),
  report: request<{ format: 'json' | 'markdown' | 'text' }, string>('crosscheck/report'),
  /** The full JSON report as an object (used by the extension's API and its tests). */
  fullReport: request<void, Report | null>('crosscheck/fullReport'),
  /** A file was skipped or failed; the client shows it once. */
  fileProblem: notification<{ uri: string; id: string; message: string }>('crosscheck/fileProblem'),
} as const;

/** A disagreement's key: stable across edits and rescans, readable in an ignore file. */
export function disagreementKey(d: { kind: DisagreementKind; about: string }): string {
  return `${d.kind}:${d.about.trim().toLowerCase()}`;
}

export type { DocSpan };
