/**
 * Hover cards. On an entity: its canonical name, type, other spellings, and its mentions per
 * source with links that open them. On a figure: the normalised value, qualifier and unit,
 * what it measures, and what the other sources say about the same thing.
 */
import type { MarkupContent } from 'vscode-languageserver';
import { figureValue } from '../core/formatReport';
import type { EntityReport, FigureReport } from '../core/report';
import type { ReportIndex } from './reportIndex';

const TYPE_NAMES: Record<string, string> = {
  PERSON: 'person', ORG: 'organisation', GPE: 'country, city or state', LOC: 'place', FAC: 'building or facility',
  PRODUCT: 'product', EVENT: 'named event', NORP: 'nationality or group', LAW: 'law', WORK: 'work', MISC: 'name',
};
const MAX_ROWS = 12;

/** `via`: the pronoun or description hovered, which refers to the entity without naming it. */
export function entityCard(index: ReportIndex, entity: EntityReport, via?: string): MarkupContent {
  const type = TYPE_NAMES[entity.type] ?? entity.type.toLowerCase();
  // An unnamed participant is known by its descriptions alone: every mention is one.
  // A description of an unnamed participant is one of its names; a pronoun still says what it stands for.
  const says = via && !(entity.unnamed && entity.aliases.includes(via.toLowerCase())) ? `“${md(via)}” refers to ` : '';
  const out: string[] = [`${says}**${md(entity.name)}** · ${type}${entity.unnamed ? ', named in no source' : ''}`];
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  if (aliases.length) out.push('', `Also written: ${aliases.map((a) => `“${md(a)}”`).join(', ')}`);
  const perDoc = new Map<string, typeof entity.mentions>();
  const named = entity.unnamed ? entity.mentions : entity.mentions.filter((m) => !m.reference);
  for (const m of named) perDoc.set(m.doc, [...(perDoc.get(m.doc) ?? []), m]);
  const refs = entity.mentions.length - named.length;
  out.push('', `${named.length} mention${named.length === 1 ? '' : 's'} in ${perDoc.size} source${perDoc.size === 1 ? '' : 's'}${refs ? ` (and ${refs} as “he”, “she” or a description)` : ''}:`, '');
  for (const [doc, mentions] of [...perDoc].slice(0, MAX_ROWS)) {
    out.push(`- ${link(index, doc, mentions[0].start)} — ${mentions.length}×`);
  }
  if (perDoc.size > MAX_ROWS) out.push(`- … and ${perDoc.size - MAX_ROWS} more sources`);
  return { kind: 'markdown', value: out.join('\n') };
}

export function figureCard(index: ReportIndex, figure: FigureReport): MarkupContent {
  const out: string[] = [`**${md(figureValue(figure))}** · ${figure.kind}`];
  const details: string[] = [];
  if (figure.qualifier !== 'exact') details.push(`qualifier: ${figure.qualifier}`);
  if (figure.range) details.push(`range: ${figure.range[0]} to ${figure.range[1]}`);
  if (figure.unit) details.push(`unit: ${figure.unit}`);
  if (details.length) out.push('', details.join(' · '));
  if (figure.about) out.push('', `Measures: ${md(figure.about)}`);

  const rows: string[] = [];
  const seen = new Set<string>();
  const self = (c: { doc: string; start: number; end: number }) => c.doc === figure.doc && c.start < figure.end && c.end > figure.start;
  for (const d of index.report.disagreements) {
    if (!d.claims.some(self)) continue;
    for (const c of d.claims) {
      if (self(c) || seen.has(`${c.doc}:${c.start}`)) continue;
      seen.add(`${c.doc}:${c.start}`);
      rows.push(`- ✗ disagrees: ${link(index, c.doc, c.start)} “${md(c.text)}” — ${md(c.value)}`);
    }
  }
  for (const g of index.report.corroborations) {
    if (!g.claims.some(self)) continue;
    for (const c of g.claims) {
      if (self(c) || seen.has(`${c.doc}:${c.start}`)) continue;
      seen.add(`${c.doc}:${c.start}`);
      rows.push(`- ✓ agrees: ${link(index, c.doc, c.start)} “${md(c.text)}” — ${md(c.value)}`);
    }
  }
  // Beyond the compared claims: other sources' figures about the same thing, or of the same value.
  const about = figure.about?.toLowerCase();
  for (const f of index.report.figures) {
    if (f.doc === figure.doc || f.kind !== figure.kind || seen.has(`${f.doc}:${f.start}`)) continue;
    const sameSubject = about !== undefined && f.about?.toLowerCase() === about;
    const sameValue = f.value !== null && f.value === figure.value && f.unit === figure.unit;
    if (sameSubject || sameValue) {
      seen.add(`${f.doc}:${f.start}`);
      const label = sameValue ? (sameSubject ? 'same figure' : 'same value') : 'also reported';
      rows.push(`- · ${label}: ${link(index, f.doc, f.start)} “${md(f.text)}” — ${md(figureValue(f))}${!sameSubject && f.about ? ` (${md(f.about)})` : ''}`);
    }
  }
  if (rows.length) {
    out.push('', 'Other sources:', '', ...rows.slice(0, MAX_ROWS));
    if (rows.length > MAX_ROWS) out.push(`- … and ${rows.length - MAX_ROWS} more`);
  } else {
    out.push('', '_No other source gives this figure._');
  }
  return { kind: 'markdown', value: out.join('\n') };
}

/** A link that opens the source at the line of the offset. */
function link(index: ReportIndex, doc: string, offset: number): string {
  const uri = index.uriOf(doc);
  const line = (index.lines(doc)?.position(offset).line ?? 0) + 1;
  const label = `${md(doc)}:${line}`;
  return uri ? `[${label}](${uri}#L${line})` : label;
}

function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
