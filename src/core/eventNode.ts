/** A mention of a happening as the corpus stage of events clusters it (clusterEvents). */
import type { LabelMention } from './eventLabels';
import type { DocSpan } from './report';

export interface EventNode {
  doc: string;
  mention: DocSpan;
  /** The blocking key: vocabulary key, verb lemma, or named event. */
  cls: string;
  vocabulary: boolean;
  /** A named event's entity: its name is the label. */
  named: string | null;
  participants: Set<string>;
  /** The person it is done to, if any: a different one makes a different event. */
  people: ReadonlySet<string>;
  /** For the label (eventLabels). */
  label: LabelMention;
  date: string | null;
}

/** Shared by every node that names no person; never written to. */
export const NOBODY: ReadonlySet<string> = new Set();
