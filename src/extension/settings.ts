/** Crosscheck's settings, typed and read in one place. */
import * as vscode from 'vscode';

export interface Settings {
  include: string;
  exclude: string;
  maxFileBytes: number;
  referenceDate: string | null;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('crosscheck', scope);
  const ref = c.get<string | null>('referenceDate', null);
  return {
    include: c.get<string>('include', '**/*.{txt,md}'),
    exclude: c.get<string>('exclude', '**/{node_modules,.git,dist,out}/**'),
    maxFileBytes: Math.max(1, c.get<number>('maxFileSizeKB', 1024)) * 1024,
    referenceDate: ref && /^\d{4}-\d{2}-\d{2}$/.test(ref) ? ref : null,
  };
}
