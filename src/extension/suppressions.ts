/**
 * What the user silenced: disagreements hidden in this workspace (workspace state, private to
 * this machine) and the ignore list in `.crosscheck.json` at a workspace folder's root, which
 * can be committed and shared. Quick fixes write here; the server only receives the result.
 */
import * as vscode from 'vscode';
import { IGNORE_FILE, type IgnoreFile } from '../shared/settings';

const HIDDEN_KEY = 'crosscheck.hiddenDisagreements';

export interface IgnoreLists {
  disagreements: string[];
  entities: string[];
  words: string[];
}

export class Suppressions {
  private fileLists: IgnoreLists = { disagreements: [], entities: [], words: [] };
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento, private readonly log: vscode.LogOutputChannel) {}

  hidden(): string[] {
    return this.state.get<string[]>(HIDDEN_KEY, []);
  }

  async hide(key: string): Promise<void> {
    if (this.hidden().includes(key)) return;
    await this.state.update(HIDDEN_KEY, [...this.hidden(), key]);
    this.changed.fire();
  }

  async show(key: string): Promise<boolean> {
    const inFile = this.fileLists.disagreements.includes(key);
    if (!this.hidden().includes(key)) return !inFile;
    await this.state.update(HIDDEN_KEY, this.hidden().filter((k) => k !== key));
    this.changed.fire();
    return !inFile;
  }

  ignored(): IgnoreLists {
    return this.fileLists;
  }

  /** Reads every workspace folder's ignore file; a malformed one is logged and skipped, never rewritten. */
  async reload(): Promise<void> {
    const lists: IgnoreLists = { disagreements: [], entities: [], words: [] };
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, IGNORE_FILE);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no ignore file in this folder
      }
      try {
        const parsed = JSON.parse(text) as IgnoreFile;
        lists.disagreements.push(...strings(parsed.ignore?.disagreements));
        lists.entities.push(...strings(parsed.ignore?.entities));
        lists.words.push(...strings(parsed.ignore?.words));
      } catch (err) {
        this.log.warn(`${uri.toString(true)} is not valid JSON and is ignored: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    this.fileLists = lists;
    this.changed.fire();
  }

  /** Adds an entry to the ignore file of the folder holding `near` (the first folder otherwise). */
  async addToFile(list: keyof IgnoreLists, value: string, near?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = (near && vscode.workspace.getWorkspaceFolder(near)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const uri = vscode.Uri.joinPath(folder.uri, IGNORE_FILE);
    let content: IgnoreFile = {};
    let exists = true;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      exists = false;
    }
    if (exists) {
      try {
        content = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as IgnoreFile;
      } catch {
        // Never overwrite a file we cannot read back: the user may have half-edited it.
        void vscode.window.showErrorMessage(`Crosscheck: ${IGNORE_FILE} is not valid JSON; fix it before adding to it.`);
        return undefined;
      }
    }
    const ignore = { ...content.ignore };
    const current = strings(ignore[list]);
    if (!current.includes(value)) ignore[list] = [...current, value];
    content.ignore = ignore;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`));
    await this.reload();
    return uri;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
