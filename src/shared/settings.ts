/**
 * Crosscheck's settings, typed once. The client reads them from VS Code (and the ignore file)
 * and sends the part the server needs; defaults live here so that both agree.
 */
import type { DisagreementKind, Severity } from '../core/report';

export type RunMode = 'onType' | 'onSave' | 'manual';

export interface ServerSettings {
  run: RunMode;
  referenceDate: string | null;
  maxDiagnosticsPerFile: number;
  maxHighlightsPerFile: number;
  severity: Record<DisagreementKind, Severity | 'hint' | 'off'>;
  /** Disagreement keys hidden in this workspace or listed in the ignore file. */
  suppressedDisagreements: string[];
  /** Entity names (canonical or alias, case-insensitive) never highlighted. */
  ignoredEntities: string[];
  /** Words or phrases never highlighted as entities or figures. */
  ignoredWords: string[];
  debounceMs: number;
}

export const DEFAULT_SEVERITY: ServerSettings['severity'] = {
  figure: 'warning',
  date: 'warning',
  role: 'warning',
  quote: 'information',
  status: 'information',
  attribution: 'information',
  other: 'information',
};

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  run: 'onType',
  referenceDate: null,
  maxDiagnosticsPerFile: 100,
  maxHighlightsPerFile: 2000,
  severity: DEFAULT_SEVERITY,
  suppressedDisagreements: [],
  ignoredEntities: [],
  ignoredWords: [],
  debounceMs: 300,
};

/** The committed ignore file, `.crosscheck.json` at a workspace folder's root. */
export const IGNORE_FILE = '.crosscheck.json';

export interface IgnoreFile {
  ignore?: { disagreements?: string[]; entities?: string[]; words?: string[] };
}
