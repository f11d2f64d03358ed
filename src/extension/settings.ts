/** Crosscheck's settings, read from VS Code in one place and typed by src/shared/settings. */
import * as vscode from 'vscode';
import type { DisagreementKind } from '../core/report';
import { DEFAULT_SERVER_SETTINGS, DEFAULT_SEVERITY, type RunMode, type ServerSettings } from '../shared/settings';

export interface ClientSettings {
  include: string;
  /** Crosscheck's own exclude glob joined with the `files.exclude` globs that are on. */
  exclude: string;
  maxFileBytes: number;
  highlight: boolean;
  run: RunMode;
  referenceDate: string | null;
  maxDiagnosticsPerFile: number;
  maxHighlightsPerFile: number;
  severity: ServerSettings['severity'];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readSettings(): ClientSettings {
  const c = vscode.workspace.getConfiguration('crosscheck');
  const ref = c.get<string | null>('referenceDate', null);
  const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude', {});
  const excludes = [c.get<string>('exclude', '**/{node_modules,.git,dist,out}/**'), ...Object.keys(filesExclude).filter((k) => filesExclude[k] === true)]
    .filter((g) => g && !g.includes(','));
  const severity = { ...DEFAULT_SEVERITY };
  const configured = c.get<Partial<Record<DisagreementKind, string>>>('severity', {});
  for (const [kind, value] of Object.entries(configured)) {
    if (kind in severity && ['error', 'warning', 'information', 'hint', 'off'].includes(String(value))) {
      severity[kind as DisagreementKind] = value as ServerSettings['severity'][DisagreementKind];
    }
  }
  const run = c.get<string>('run', 'onType');
  return {
    include: c.get<string>('include', '**/*.{txt,md}'),
    exclude: excludes.length > 1 ? `{${excludes.join(',')}}` : excludes[0] ?? '',
    maxFileBytes: Math.max(1, c.get<number>('maxFileSizeKB', 1024)) * 1024,
    highlight: c.get<boolean>('highlight.enabled', true),
    run: run === 'onSave' || run === 'manual' ? run : 'onType',
    referenceDate: ref && DATE.test(ref) ? ref : null,
    maxDiagnosticsPerFile: Math.max(0, c.get<number>('maxDiagnosticsPerFile', DEFAULT_SERVER_SETTINGS.maxDiagnosticsPerFile)),
    maxHighlightsPerFile: Math.max(0, c.get<number>('maxHighlightsPerFile', DEFAULT_SERVER_SETTINGS.maxHighlightsPerFile)),
    severity,
  };
}

export function isIsoDate(s: string): boolean {
  return DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}
