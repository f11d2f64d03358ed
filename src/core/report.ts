/**
 * The JSON report: the contract every outside measurement reads
 * (shared/contract/report-format.md). Add fields freely; never rename or drop one
 * without bumping REPORT_VERSION.
 *
 * Offsets are UTF-16 indices into the text as read (BOM removed, line endings untouched);
 * `end` is exclusive.
 */

export const REPORT_VERSION = 1;
export const TOOL_NAME = 'crosscheck';
export const TOOL_VERSION = '0.1.0';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface DocSpan extends TextSpan {
  doc: string;
}

export type SignalKind = 'speculative' | 'opinion' | 'boilerplate';

export interface SourceSignal {
  kind: SignalKind;
  evidence: TextSpan[];
}

export interface DocumentReport {
  id: string;
  title: string | null;
  published: string | null;
  length: number;
  boilerplate: Span[];
  signals: SourceSignal[];
  error: string | null;
  /** Extension of the contract: problems that did not stop the analysis (e.g. not UTF-8). */
  warnings: string[];
}

export type EntityType =
  | 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'PRODUCT' | 'EVENT' | 'NORP' | 'LAW' | 'WORK' | 'MISC';

export interface EntityReport {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: EntityMentionReport[];
  /** Set for a participant no article names ("the driver", "pirates"), known by its description only. */
  unnamed?: true;
}

export interface EntityMentionReport extends DocSpan {
  /** Set when the mention refers to the entity without naming it: "he" (pronoun), "the coach" (description). */
  reference?: 'pronoun' | 'description';
}

export type FigureKind = 'money' | 'percent' | 'count' | 'number' | 'date' | 'time' | 'duration' | 'ordinal';
export type Qualifier = 'exact' | 'about' | 'at-least' | 'at-most' | 'range';

export interface FigureReport extends DocSpan {
  id: string;
  kind: FigureKind;
  value: number | string | null;
  unit: string | null;
  qualifier: Qualifier;
  range: [number, number] | null;
  about: string | null;
}

export interface EventReport {
  id: string;
  label: string;
  date: string | null;
  docs: string[];
  participants: string[];
  mentions: DocSpan[];
  /**
   * A happening of the story: its trigger is a word of the event vocabulary ("killed",
   * "visit", "arrest") or a named event. False for a repeated verb outside the vocabulary
   * ("underscored", "expects"), kept because the same action across articles links them.
   */
  salient: boolean;
}

export type DisagreementKind = 'figure' | 'date' | 'role' | 'quote' | 'status' | 'attribution' | 'other';
export type Severity = 'error' | 'warning' | 'information';

export interface ClaimReport extends DocSpan {
  value: string;
  date: string | null;
}

export interface DisagreementReport {
  id: string;
  kind: DisagreementKind;
  about: string;
  message: string;
  severity: Severity;
  claims: ClaimReport[];
}

export interface CorroborationReport {
  id: string;
  about: string;
  claims: ClaimReport[];
}

export interface Report {
  version: number;
  tool: { name: string; version: string };
  documents: DocumentReport[];
  entities: EntityReport[];
  figures: FigureReport[];
  events: EventReport[];
  disagreements: DisagreementReport[];
  corroborations: CorroborationReport[];
}
