/**
 * Finds the workspace's articles, reads their bytes through workspace.fs (so one code path
 * serves VS Code desktop, VS Code for the Web and virtual workspaces) and hands them to the
 * server, which decodes and analyses them. A watcher keeps the corpus in step with the disk.
 * Nothing here writes to an article.
 */
import * as vscode from 'vscode';
import type { FileEntry, FilesParams } from '../shared/protocol';
import { globToRegExp, matchesAny } from './glob';
import type { ClientSettings } from './settings';

const BATCH = 25;
/** Above this many files a scan shows a cancellable notification rather than a status-bar spinner. */
const NOTIFY_ABOVE = 200;

/** Document id: the path relative to its workspace folder (prefixed by the folder's name in multi-root workspaces). */
export function documentId(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.path.split('/').pop() ?? uri.toString();
  const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${rel}` : rel;
}

export class ArticleScanner implements vscode.Disposable {
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private pending = new Map<string, 'upsert' | 'remove'>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private settings: () => ClientSettings,
    private readonly send: (params: FilesParams) => Promise<void>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The workspace's articles, by include and exclude (with files.exclude), in a stable order. */
  async list(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const s = this.settings();
    const uris = await vscode.workspace.findFiles(s.include, s.exclude || undefined, undefined, token);
    return uris.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
  }

  /** Reads and sends the listed articles, then tells the server that they are the whole corpus. */
  async fullScan(uris: vscode.Uri[], token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<number> {
    const s = this.settings();
    for (let i = 0; i < uris.length; i += BATCH) {
      if (token?.isCancellationRequested) break;
      const batch = await Promise.all(uris.slice(i, i + BATCH).map((u) => this.read(u, s)));
      await this.send({ upserts: batch, removals: [] });
      progress?.report({ message: `read ${Math.min(i + BATCH, uris.length)} of ${uris.length} files`, increment: (batch.length / Math.max(1, uris.length)) * 50 });
    }
    if (!token?.isCancellationRequested) await this.send({ upserts: [], removals: [], keepOnly: uris.map((u) => u.toString()) });
    return uris.length;
  }

  static wantsNotification(fileCount: number): boolean {
    return fileCount > NOTIFY_ABOVE;
  }

  /** (Re)creates the watcher for the current include glob; events are batched. */
  watch(): void {
    this.watcher?.dispose();
    const s = this.settings();
    const excluded = s.exclude ? [globToRegExp(s.exclude)] : [];
    const watcher = vscode.workspace.createFileSystemWatcher(s.include);
    const note = (uri: vscode.Uri, what: 'upsert' | 'remove') => {
      if (what === 'upsert' && excluded.length && matchesAny(excluded, documentId(uri))) return;
      this.pending.set(uri.toString(), what);
      if (this.flushTimer) clearTimeout(this.flushTimer);
      this.flushTimer = setTimeout(() => void this.flush(), 200);
    };
    watcher.onDidCreate((u) => note(u, 'upsert'));
    watcher.onDidChange((u) => note(u, 'upsert'));
    watcher.onDidDelete((u) => note(u, 'remove'));
    this.watcher = watcher;
  }

  private async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = new Map();
    const s = this.settings();
    const upserts: FileEntry[] = [];
    const removals: string[] = [];
    for (const [uri, what] of pending) {
      if (what === 'remove') removals.push(uri);
      else upserts.push(await this.read(vscode.Uri.parse(uri), s));
    }
    if (upserts.length || removals.length) await this.send({ upserts, removals });
  }

  /** One file's bytes, or why it was skipped: too large, unreadable, deleted since it was listed. */
  private async read(uri: vscode.Uri, s: ClientSettings): Promise<FileEntry> {
    const id = documentId(uri);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > s.maxFileBytes) {
        return { uri: uri.toString(), id, skipped: `skipped: the file is ${Math.ceil(stat.size / 1024)} KB, above crosscheck.maxFileSizeKB (${Math.round(s.maxFileBytes / 1024)} KB)` };
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      return { uri: uri.toString(), id, base64: bytesToBase64(bytes) };
    } catch (err) {
      this.log.warn(`${id}: could not be read: ${err instanceof Error ? err.message : String(err)}`);
      return { uri: uri.toString(), id, skipped: `file could not be read: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  dispose(): void {
    this.watcher?.dispose();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    for (const d of this.disposables) d.dispose();
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}
