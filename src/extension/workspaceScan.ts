/**
 * Finds the workspace's articles and reads them through workspace.fs, so that the same code
 * serves VS Code desktop, VS Code for the Web and virtual workspaces. Every failure becomes
 * a per-file error in the report; nothing here writes to user files.
 */
import * as vscode from 'vscode';
import { Analyzer, type SourceInput } from '../core/analyzer';
import type { Settings } from './settings';

export interface ScannedFile {
  uri: vscode.Uri;
  input: SourceInput;
}

/** Document id: the path relative to its workspace folder (prefixed by the folder's name in multi-root workspaces). */
export function documentId(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.path.split('/').pop() ?? uri.toString();
  const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${rel}` : rel;
}

export async function findArticleUris(settings: Settings, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(settings.include, settings.exclude || undefined, undefined, token);
  return uris.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
}

export async function readArticle(uri: vscode.Uri, settings: Settings): Promise<ScannedFile> {
  const id = documentId(uri);
  // An open editor's unsaved text is what the user sees: analyse that rather than the disk.
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { uri, input: { id, text: open.getText().replace(/^\uFEFF/, '') } };
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > settings.maxFileBytes) {
      return { uri, input: { id, error: `file is too large to analyse (${Math.ceil(stat.size / 1024)} KB, limit ${settings.maxFileBytes / 1024} KB)` } };
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { uri, input: Analyzer.inputFromBytes(id, bytes, settings.maxFileBytes) };
  } catch (err) {
    // Deleted or renamed between the listing and the read: report it, keep going.
    return { uri, input: { id, error: `file could not be read: ${err instanceof Error ? err.message : String(err)}` } };
  }
}
