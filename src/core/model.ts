/**
 * The document model every stage reads and adds to. Plain data only (it is cached, sent to a
 * worker and serialised), flat arrays indexed by token, as wink-nlp keeps its own model.
 */
import type { EntityType, FigureKind, Qualifier, SignalKind, Span, TextSpan } from './report';

export interface Line extends Span {
  /** Offset just past the last non-space character (the line's content end). */
  contentEnd: number;
}

export interface Sentence extends Span {
  firstToken: number;
  /** Inclusive. */
  lastToken: number;
}

/** Tokens as parallel arrays: token i spans text.slice(start[i], end[i]). */
export interface TokenTable {
  count: number;
  start: number[];
  end: number[];
  value: string[];
  /** Lower-cased, normalised spelling (wink's `normal`). */
  normal: string[];
  /** Universal part of speech (PROPN, NOUN, VERB, NUM, ...). */
  pos: string[];
  /** Dictionary form ("visited" -> "visit"), the key of event and claim triggers. */
  lemma: string[];
  sentence: number[];
}

/** A named-entity span wink-nlp's model found (DATE, MONEY, CARDINAL, ...), by token. */
export interface WinkEntity {
  type: string;
  firstToken: number;
  lastToken: number;
}

export interface FigureMention extends TextSpan {
  kind: FigureKind;
  value: number | string | null;
  unit: string | null;
  qualifier: Qualifier;
  range: [number, number] | null;
  about: string | null;
  sentence: number;
}

export interface EntityMention extends TextSpan {
  type: EntityType;
  sentence: number;
  /** The mention as written in running text (possessive removed), for linking. */
  key: string;
  /** A capital standing for its government ("Washington's measures"): the country it refers to. */
  refersTo?: string;
}

export interface EventMention extends TextSpan {
  /** The blocking key of clustering: the trigger's key in the event vocabulary, else its lemma. */
  lemma: string;
  /** The trigger is a word of the event vocabulary or a named event. */
  vocabulary: boolean;
  /** A noun or participle outside the vocabulary: the verbs it may come from. */
  stems?: string[];
  /** A named event: index of its entity mention. */
  entity?: number;
  /** Entity mentions that do and undergo it, from the names next to the trigger (eventRoles). */
  agent?: number;
  patient?: number;
  /** "was fired": written in the passive. */
  passive?: boolean;
  /** The preposition before the patient ("met with"). */
  prep?: string;
  /** The trigger is a noun ("the arrest"), not a verb. */
  noun?: boolean;
  /** A verb trigger's own lemma where it differs from the key ("die" for the key "kill"). */
  verb?: string;
  sentence: number;
  /** Indices into the document's entity mentions. */
  participants: number[];
  /** Index of a date figure in the same sentence, or -1. */
  time: number;
}

/** A word that refers to a named entity without naming it: "he", "the coach". */
export interface ReferenceMention extends TextSpan {
  kind: 'pronoun' | 'description';
  sentence: number;
  /** The entity mention (index) it refers to in this document, or -1: then `head` finds it across the corpus. */
  target: number;
  /** A description's head noun ("coach"). */
  head: string | null;
  /** A pronoun's possible people (entity mention indices), nearest first; `target` is the nearest. */
  candidates?: number[];
  /** A description in the plural ("the pirates"): a group, never one named person. */
  plural?: boolean;
  /** Whose force a description names: "Lindbian" in "the Lindbian navy". */
  qualifier?: string;
}

/** A role a document gives a named person: "coach" in "coach Ann Berg". */
export interface RoleLink {
  /** Index of the entity mention. */
  entity: number;
  role: string;
}

export type ClaimKind = 'figure' | 'status' | 'role' | 'quote';

export interface Claim extends TextSpan {
  kind: ClaimKind;
  /** What the claim is about, normalised for comparison (e.g. an entity key plus an attribute). */
  subject: string;
  /** The asserted value, readable. */
  value: string;
  /** Resolved date the claim refers to, when known. */
  date: string | null;
  /** Index of the figure this claim rests on, or -1. */
  figure: number;
  /** Set when the passage is speculative: the claim carries less weight. */
  hedged: boolean;
  /** Keys of the people and organisations its sentence names: whose figure it is. */
  participants?: string[];
}

export interface DocumentSignal {
  kind: SignalKind;
  evidence: TextSpan[];
}

/** Everything the per-document stages find; the unit of the content-hash cache. */
export interface DocumentAnalysis {
  id: string;
  hash: string;
  text: string;
  title: string | null;
  published: string | null;
  /** Publication date used to resolve relative dates: published, else the reference date. */
  anchorDate: string | null;
  tokenCount: number;
  boilerplate: Span[];
  signals: DocumentSignal[];
  figures: FigureMention[];
  entities: EntityMention[];
  events: EventMention[];
  claims: Claim[];
  references: ReferenceMention[];
  roles: RoleLink[];
  warnings: string[];
}

/** The working state of one document while the stages run over it. */
export interface DocumentWork {
  id: string;
  text: string;
  lines: Line[];
  tokens: TokenTable;
  sentences: Sentence[];
  winkEntities: WinkEntity[];
  /** Per token: inside page furniture. */
  boilerplateToken: boolean[];
  boilerplate: Span[];
  title: string | null;
  published: string | null;
  anchorDate: string | null;
  signals: DocumentSignal[];
  figures: FigureMention[];
  entities: EntityMention[];
  events: EventMention[];
  claims: Claim[];
}
