/**
 * One decoration style per entity type and figure kind, each coloured by a themable colour
 * contributed in package.json (`contributes.colors`), so that themes and users can restyle
 * them. A figure caught in a disagreement gets a dashed underline of its own.
 */
import type { EntityType, FigureKind } from '../core/report';

export const ENTITY_TYPES: EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'EVENT', 'NORP', 'LAW', 'WORK', 'MISC'];
export const FIGURE_KINDS: FigureKind[] = ['money', 'percent', 'count', 'number', 'date', 'time', 'duration', 'ordinal'];

/** Highlight kind (as the server names it) -> id of its themable colour. */
export function colorId(kind: string): string {
  if (kind === 'disputed') return 'crosscheck.disputedFigure';
  const [group, name] = kind.split('.');
  return `crosscheck.${group}.${name.toLowerCase()}`;
}

export function allHighlightKinds(): string[] {
  return [...ENTITY_TYPES.map((t) => `entity.${t}`), ...FIGURE_KINDS.map((k) => `figure.${k}`), 'disputed'];
}
