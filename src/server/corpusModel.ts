/** The model the client's sidebar and status bar render: documents with counts, events, disagreements. */
import type { CorpusModel } from '../shared/protocol';
import type { ServerSettings } from '../shared/settings';
import { isSuppressed } from './diagnostics';
import type { ReportIndex } from './reportIndex';

export function buildCorpusModel(index: ReportIndex, settings: ServerSettings, uris: Map<string, string>): CorpusModel {
  const r = index.report;
  const eventsPerDoc = new Map<string, number>();
  for (const e of r.events) if (e.salient) for (const d of e.docs) eventsPerDoc.set(d, (eventsPerDoc.get(d) ?? 0) + 1);
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const uriOf = (id: string) => index.uriOf(id) ?? uris.get(id) ?? '';
  return {
    generation: index.generation,
    documents: r.documents.map((d) => ({
      ...d,
      uri: uriOf(d.id),
      counts: {
        entities: index.mentions(d.id).length,
        figures: index.figures(d.id).length,
        events: eventsPerDoc.get(d.id) ?? 0,
      },
    })),
    events: r.events.map((e) => ({ ...e, participantNames: e.participants.map((id) => names.get(id) ?? id) })),
    disagreements: r.disagreements.map((d) => ({ ...d, key: index.keyOf.get(d) ?? '', hidden: isSuppressed(index, d, settings) })),
    uris: Object.fromEntries(r.documents.map((d) => [d.id, uriOf(d.id)])),
  };
}
