/**
 * Events view: event -> its date and participants, then one node per source mention. The
 * story's happenings come first; repeated actions outside the event vocabulary wait in one
 * collapsed node, since they link articles but rarely make the story.
 */
import * as vscode from 'vscode';
import type { CorpusModel } from '../../shared/protocol';
import { ModelTree, spanNode, type Node } from './modelTree';

export class EventsTree extends ModelTree {
  protected roots(model: CorpusModel): Node[] {
    // Events most sources report first: those are the story's backbone.
    const events = [...model.events].sort((a, b) => b.docs.length - a.docs.length || (a.date ?? '9').localeCompare(b.date ?? '9'));
    const others = events.filter((e) => !e.salient);
    const roots = events.filter((e) => e.salient).map((e) => this.eventNode(e));
    if (others.length) {
      roots.push({
        id: 'events/others', label: 'Other repeated actions', description: String(others.length),
        tooltip: 'Verbs outside the event vocabulary that several passages share', icon: new vscode.ThemeIcon('list-unordered'),
        children: () => others.map((e) => this.eventNode(e)),
      });
    }
    return roots;
  }

  private eventNode(e: CorpusModel['events'][number]): Node {
    return {
      id: `event/${e.id}`,
      label: e.label,
      description: [e.date ?? 'undated', `${e.docs.length} source${e.docs.length === 1 ? '' : 's'}`].join(' · '),
      tooltip: `${e.label}\nDate: ${e.date ?? 'unknown'}\nParticipants: ${e.participantNames.join(', ') || 'none named'}\nSources: ${e.docs.join(', ')}`,
      icon: new vscode.ThemeIcon('calendar'),
      contextValue: 'event',
      children: () => [
        { id: `event/${e.id}/date`, label: 'Date', description: e.date ?? 'unknown', icon: new vscode.ThemeIcon('clock') },
        { id: `event/${e.id}/who`, label: 'Participants', description: e.participantNames.join(', ') || 'none named', icon: new vscode.ThemeIcon('person') },
        ...e.mentions.map((m) => spanNode(this.model!, `event/${e.id}`, m)),
      ],
    };
  }
}
