/**
 * The report as a reader sees it: a plain-text summary for the terminal and Markdown for
 * "Show Report". Both are views of the same Report; neither computes anything new.
 */
import type { EntityReport, FigureReport, Report } from './report';

const MAX_LIST = 25;

export function figureValue(f: FigureReport): string {
  const q = f.qualifier === 'exact' ? '' : f.qualifier === 'range' && f.range ? `${f.range[0]}–` : `${f.qualifier} `;
  const unit = f.unit ? ` ${f.unit}` : f.kind === 'percent' ? ' %' : '';
  return f.value === null ? 'unresolved' : `${q}${f.value}${unit}`;
}

/** "1 mention", "3 mentions". */
function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

function entityLine(e: EntityReport): string {
  if (e.unnamed) {
    const docs = new Set(e.mentions.map((m) => m.doc)).size;
    return `${e.name} [${e.type}, unnamed]: described ${count(e.mentions.length, 'time')} in ${count(docs, 'source')}`;
  }
  const named = e.mentions.filter((m) => !m.reference);
  const docs = new Set(named.map((m) => m.doc)).size;
  const refs = e.mentions.length - named.length;
  const aka = e.aliases.filter((a) => a !== e.name);
  return `${e.name} [${e.type}]${aka.length ? ` aka ${aka.join(', ')}` : ''}: ${count(named.length, 'mention')} in ${count(docs, 'source')}${refs ? `, referred to ${count(refs, 'more time', 'more times')}` : ''}`;
}

export function formatText(report: Report): string {
  const out: string[] = [];
  const ok = report.documents.filter((d) => !d.error);
  out.push(`Crosscheck ${report.tool.version}: ${ok.length} source${ok.length === 1 ? '' : 's'}, ${report.entities.length} entities, ${report.figures.length} figures, ${report.events.length} events, ${report.disagreements.length} disagreements`);
  out.push('', 'Sources');
  for (const d of report.documents) {
    if (d.error) {
      out.push(`  ${d.id}: not analysed: ${d.error}`);
      continue;
    }
    const signals = d.signals.map((s) => s.kind).join(', ');
    out.push(`  ${d.id}  ${d.published ?? 'date unknown'}  ${d.title ?? '(untitled)'}${signals ? `  [${signals}]` : ''}`);
    for (const w of d.warnings) out.push(`    warning: ${w}`);
  }
  const top = [...report.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, MAX_LIST);
  out.push('', `Entities (${report.entities.length}, most mentioned first)`);
  for (const e of top) out.push(`  ${entityLine(e)}`);
  out.push('', `Figures (${report.figures.length})`);
  for (const f of report.figures.slice(0, MAX_LIST * 2)) {
    out.push(`  ${f.doc}: "${f.text}" ${f.kind} = ${figureValue(f)}${f.about ? ` (${f.about})` : ''}`);
  }
  const events = report.events.filter((e) => e.salient).sort((a, b) => b.docs.length - a.docs.length || b.mentions.length - a.mentions.length);
  out.push('', `Events (${events.length}, most sources first; ${report.events.length - events.length} other repeated actions)`);
  for (const e of events.slice(0, MAX_LIST)) out.push(`  ${e.label}${e.date ? ` (${e.date})` : ''}: ${e.docs.join(', ')}`);
  out.push('', `Disagreements (${report.disagreements.length})`);
  for (const d of report.disagreements) {
    out.push(`  [${d.kind}, ${d.severity}] ${d.message}`);
    for (const c of d.claims) out.push(`    ${c.doc}: "${c.text}" -> ${c.value}${c.date ? ` (${c.date})` : ''}`);
  }
  if (report.corroborations.length) {
    out.push('', `Corroborations (${report.corroborations.length})`);
    for (const c of report.corroborations) out.push(`  ${c.about}: ${c.claims.map((x) => `"${x.text}" (${x.doc})`).join(', ')}`);
  }
  return out.join('\n') + '\n';
}

function md(s: string): string {
  return s.replace(/([\\`*_[\]|<>])/g, '\\$1');
}

export function formatMarkdown(report: Report): string {
  const out: string[] = ['# Crosscheck report', ''];
  out.push('## Sources', '', '| Source | Published | Title | Signals |', '|---|---|---|---|');
  for (const d of report.documents) {
    const signals = d.error ? `not analysed: ${md(d.error)}` : d.signals.map((s) => s.kind).join(', ');
    out.push(`| ${md(d.id)} | ${d.published ?? '—'} | ${md(d.title ?? '')} | ${signals} |`);
  }
  out.push('', `## Disagreements (${report.disagreements.length})`, '');
  for (const d of report.disagreements) {
    out.push(`### ${md(d.about)} (${d.kind}, ${d.severity})`, '', md(d.message), '');
    for (const c of d.claims) out.push(`- **${md(c.doc)}**: “${md(c.text)}” → ${md(c.value)}${c.date ? ` (${c.date})` : ''}`);
    out.push('');
  }
  out.push(`## Events (${report.events.length})`, '');
  for (const e of report.events) out.push(`- ${md(e.label)}${e.date ? ` (${e.date})` : ''}: ${e.docs.map(md).join(', ')}`);
  out.push('', `## Entities (${report.entities.length})`, '');
  for (const e of report.entities) out.push(`- ${md(entityLine(e))}`);
  out.push('', `## Figures (${report.figures.length})`, '', '| Source | Text | Kind | Value | Measures |', '|---|---|---|---|---|');
  for (const f of report.figures) out.push(`| ${md(f.doc)} | ${md(f.text)} | ${f.kind} | ${md(figureValue(f))} | ${md(f.about ?? '')} |`);
  return out.join('\n') + '\n';
}
