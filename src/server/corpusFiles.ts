/**
 * The articles the server analyses: what the client found on disk (bytes it decodes here, so
 * every reader applies the same rules about bad input) and, for articles open in an editor,
 * their unsaved text. Which of the two counts depends on the run mode: while typing, the
 * editor's text; on save or by hand, the text last saved.
 */
import { Analyzer, type SourceInput } from '../core/analyzer';
import type { FilesParams } from '../shared/protocol';
import type { RunMode } from '../shared/settings';

interface FileState {
  id: string;
  disk: SourceInput | null;
  editor: { text: string; version: number } | null;
}

export interface CorpusInput {
  uri: string;
  input: SourceInput;
  /** Editor version of the text, or null when it is the text on disk. */
  version: number | null;
}

export class CorpusFiles {
  private readonly files = new Map<string, FileState>();
  /** Editors open on files the client has not (yet) listed as articles. */
  private readonly strayEditors = new Map<string, { text: string; version: number }>();
  /** Increases on every change that can alter the analysis. */
  revision = 0;
  /** Without a client that lists the files (another editor speaking LSP), open documents are the corpus. */
  openDocumentsAreCorpus = true;

  constructor(private maxBytes: number) {}

  applyFiles(params: FilesParams): void {
    this.openDocumentsAreCorpus = false;
    for (const f of params.upserts) {
      const disk: SourceInput = f.base64 !== undefined
        ? Analyzer.inputFromBytes(f.id, base64ToBytes(f.base64), this.maxBytes)
        : { id: f.id, error: f.skipped ?? 'file was not read' };
      const stray = this.strayEditors.get(f.uri);
      const prev = this.files.get(f.uri);
      this.files.set(f.uri, { id: f.id, disk, editor: prev?.editor ?? stray ?? null });
      this.strayEditors.delete(f.uri);
    }
    for (const uri of params.removals) this.files.delete(uri);
    if (params.keepOnly) {
      const keep = new Set(params.keepOnly);
      for (const uri of [...this.files.keys()]) if (!keep.has(uri)) this.files.delete(uri);
    }
    this.revision++;
  }

  /** Add files found by the server itself (standalone mode, scanning workspace folders). */
  addDiskInput(uri: string, input: SourceInput): void {
    const prev = this.files.get(uri);
    this.files.set(uri, { id: input.id, disk: input, editor: prev?.editor ?? this.strayEditors.get(uri) ?? null });
    this.strayEditors.delete(uri);
    this.openDocumentsAreCorpus = false;
    this.revision++;
  }

  editorChanged(uri: string, text: string, version: number): boolean {
    const f = this.files.get(uri);
    const editor = { text: text.replace(/^\uFEFF/, ''), version };
    if (f) f.editor = editor;
    else this.strayEditors.set(uri, editor);
    const counts = Boolean(f) || this.openDocumentsAreCorpus;
    if (counts) this.revision++;
    return counts;
  }

  editorClosed(uri: string): boolean {
    this.strayEditors.delete(uri);
    const f = this.files.get(uri);
    if (!f?.editor) return this.openDocumentsAreCorpus;
    f.editor = null;
    this.revision++;
    return true;
  }

  /** The saved text became what the editor holds (onSave mode reads it from here). */
  editorSaved(uri: string): boolean {
    const f = this.files.get(uri);
    if (!f?.editor) return false;
    f.disk = { id: f.id, text: f.editor.text };
    this.revision++;
    return true;
  }

  has(uri: string): boolean {
    return this.files.has(uri) || (this.openDocumentsAreCorpus && this.strayEditors.has(uri));
  }

  setMaxBytes(maxBytes: number): void {
    this.maxBytes = maxBytes;
  }

  inputs(mode: RunMode): CorpusInput[] {
    const out: CorpusInput[] = [];
    for (const [uri, f] of this.files) {
      if (f.editor && mode === 'onType') out.push({ uri, input: { id: f.id, text: f.editor.text }, version: f.editor.version });
      else if (f.disk) out.push({ uri, input: f.disk, version: null });
      else if (f.editor) out.push({ uri, input: { id: f.id, text: f.editor.text }, version: f.editor.version });
    }
    if (this.openDocumentsAreCorpus) {
      for (const [uri, e] of this.strayEditors) out.push({ uri, input: { id: idFromUri(uri), text: e.text }, version: e.version });
    }
    return out;
  }
}

export function idFromUri(uri: string): string {
  const path = decodeURIComponent(uri.replace(/^[a-z-]+:\/\/[^/]*/i, ''));
  return path.split('/').filter(Boolean).pop() ?? uri;
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}
