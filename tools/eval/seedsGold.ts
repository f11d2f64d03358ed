/**
 * Scores a report of the sample articles against shared/gold/seeds.gold.json, by the rules of
 * shared/gold/README.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/core/analyzer';
import type { Report } from '../../src/core/report';
import { f3, line, occurrences, overlaps, prf, sharedPath } from './shared';

interface GoldClaim { doc: string; text: string; value: string }
interface Gold {
  documents: Record<string, { published: string | null; boilerplate_lines?: string[]; boilerplate_lines_from?: string }>;
  entities: { name: string; type: string; aliases: string[]; docs: string[] }[];
  figures: { doc: string; text: string; kind: string; value: number | string | null; unit?: string; qualifier?: string; occurrences?: number }[];
  not_figures: { doc: string; text: string }[];
  events: { label: string; date: string | null; docs: string[] }[];
  disagreements: { id: string; kind: string; must_flag: boolean; claims: GoldClaim[] }[];
  agreements: { id: string; claims: GoldClaim[] }[];
  source_signals: { doc: string; kind: string; evidence: string[] }[];
}

export function evaluateSeeds(): void {
  const goldFile = sharedPath('gold', 'seeds.gold.json');
  const seedsDir = sharedPath('seeds');
  if (!goldFile || !seedsDir) {
    line('seeds gold', 'skipped: ../shared/gold or ../shared/seeds is absent');
    return;
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const files = readdirSync(seedsDir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(seedsDir, f), 'utf8').replace(/^\uFEFF/, '')]));
  const report = new Analyzer().analyze(files.map((f) => ({ id: f, text: texts.get(f)! })));
  const docOf = (short: string) => files.find((f) => f.startsWith(short)) ?? short;

  scoreEntities(gold, report, texts, docOf);
  scoreFigures(gold, report, texts, docOf);
  scoreBoilerplate(gold, report, texts, docOf);
  scorePublished(gold, report, docOf);
  scoreEvents(gold, report, docOf);
  scoreDisagreements(gold, report, texts, docOf);
  scoreSignals(gold, report, texts, docOf);
}

const lower = (s: string) => s.toLowerCase();

function matchEntity(report: Report, g: Gold['entities'][number]) {
  const aliases = new Set(g.aliases.map(lower));
  return report.entities.find((e) => e.type === g.type && (aliases.has(lower(e.name)) || e.aliases.some((a) => aliases.has(lower(a)))));
}

function scoreEntities(gold: Gold, report: Report, texts: Map<string, string>, docOf: (s: string) => string): void {
  let found = 0;
  let linked = 0;
  const matchedPredicted = new Set<string>();
  for (const g of gold.entities) {
    const e = matchEntity(report, g);
    if (!e) continue;
    found++;
    // Every gold alias that appears in one of its documents must be an alias of the same entity.
    const appearing = g.aliases.filter((a) => g.docs.some((d) => new RegExp(`(^|[^A-Za-z])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`).test(texts.get(docOf(d)) ?? '')));
    const mine = new Set(e.aliases.map(lower));
    if (appearing.every((a) => mine.has(lower(a)))) linked++;
    for (const p of report.entities) {
      const aliases = new Set(g.aliases.map(lower));
      if (p.type === g.type && (aliases.has(lower(p.name)) || p.aliases.some((a) => aliases.has(lower(a))))) matchedPredicted.add(p.id);
    }
  }
  const s = prf(matchedPredicted.size, report.entities.length - matchedPredicted.size, gold.entities.length - found);
  line('seeds entities precision / recall / F1', `${f3(s.p)} / ${f3(found / gold.entities.length)} / ${f3((2 * s.p * (found / gold.entities.length)) / (s.p + found / gold.entities.length || 1))}  (${found}/${gold.entities.length} found, ${report.entities.length} predicted)`, 'F1 >= 0.95');
  line('seeds entities linked', `${f3(linked / gold.entities.length)}  (${linked}/${gold.entities.length})`, '>= 0.95');
}

function valueMatches(gold: number | string | null, pred: number | string | null): boolean {
  if (gold === null) return true;
  if (typeof gold === 'number') return typeof pred === 'number' && Math.abs(pred - gold) <= Math.abs(gold) * 0.005;
  return pred === gold;
}

function scoreFigures(gold: Gold, report: Report, texts: Map<string, string>, docOf: (s: string) => string): void {
  let total = 0;
  let hit = 0;
  let qualifierTotal = 0;
  let qualifierOk = 0;
  const good = new Set<string>();
  const misses: string[] = [];
  for (const g of gold.figures) {
    const doc = docOf(g.doc);
    const spans = occurrences(texts.get(doc) ?? '', g.text).slice(0, g.occurrences ?? 1);
    for (const span of spans) {
      total++;
      const candidates = report.figures.filter((f) => f.doc === doc && overlaps(f, span));
      const m = candidates.find((f) => f.kind === g.kind && valueMatches(g.value, f.value));
      for (const c of candidates) if (c.kind === g.kind) good.add(c.id);
      if (!m) {
        misses.push(`${g.doc} "${g.text}" ${g.kind}=${g.value}${candidates.length ? ` (got ${candidates.map((c) => `${c.kind}=${c.value}`).join(', ')})` : ''}`);
        continue;
      }
      hit++;
      qualifierTotal++;
      if ((g.qualifier ?? 'exact') === m.qualifier) qualifierOk++;
    }
  }
  const precision = report.figures.length ? good.size / report.figures.length : 0;
  line('seeds figures precision / recall', `${f3(precision)} / ${f3(hit / total)}  (${hit}/${total} found, ${report.figures.length} predicted)`, 'P >= 0.90, R >= 0.95');
  line('seeds figure qualifiers', `${f3(qualifierTotal ? qualifierOk / qualifierTotal : 0)}  (${qualifierOk}/${qualifierTotal})`, '>= 0.9');
  if (process.env.CROSSCHECK_EVAL_VERBOSE) for (const m of misses) console.log(`    missed ${m}`);
  let notFigures = 0;
  for (const n of gold.not_figures) {
    const doc = docOf(n.doc);
    for (const span of occurrences(texts.get(doc) ?? '', n.text)) {
      if (report.figures.some((f) => f.doc === doc && overlaps(f, span))) notFigures++;
    }
  }
  line('seeds not-figures reported', String(notFigures), '0');
}

function goldBoilerplate(gold: Gold, texts: Map<string, string>, docOf: (s: string) => string): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const [short, d] of Object.entries(gold.documents)) {
    const doc = docOf(short);
    const text = texts.get(doc) ?? '';
    const spans: [number, number][] = [];
    for (const l of d.boilerplate_lines ?? []) spans.push(...occurrences(text, l));
    if (d.boilerplate_lines_from) {
      const at = text.search(new RegExp(`^${d.boilerplate_lines_from}`, 'm'));
      if (at >= 0) spans.push([at, text.length]);
    }
    out.set(doc, spans);
  }
  return out;
}

function scoreBoilerplate(gold: Gold, report: Report, texts: Map<string, string>, docOf: (s: string) => string): void {
  const spans = goldBoilerplate(gold, texts, docOf);
  const leaks: string[] = [];
  const check = (doc: string, s: { start: number; end: number; text: string }, what: string) => {
    if ((spans.get(doc) ?? []).some((b) => overlaps(s, b))) leaks.push(`${what} "${s.text}" in ${doc}`);
  };
  for (const f of report.figures) check(f.doc, f, 'figure');
  for (const e of report.entities) for (const m of e.mentions) check(m.doc, m, 'entity');
  for (const v of report.events) for (const m of v.mentions) check(m.doc, m, 'event');
  for (const d of report.disagreements) for (const c of d.claims) check(c.doc, c, 'claim');
  line('seeds boilerplate leaks', String(leaks.length), '0');
  if (process.env.CROSSCHECK_EVAL_VERBOSE) for (const l of leaks) console.log(`    leak ${l}`);
}

function scorePublished(gold: Gold, report: Report, docOf: (s: string) => string): void {
  let ok = 0;
  const entries = Object.entries(gold.documents);
  for (const [short, d] of entries) {
    const r = report.documents.find((x) => x.id === docOf(short));
    if (r && r.published === d.published) ok++;
  }
  line('seeds publication dates', `${ok}/${entries.length}`, `${entries.length}/${entries.length}`);
}

function scoreEvents(gold: Gold, report: Report, docOf: (s: string) => string): void {
  const byId = new Map(report.entities.map((e) => [e.id, e]));
  let hits = 0;
  let splits = 0;
  for (const g of gold.events) {
    // Main actors: gold entities named in the label.
    const actors = gold.entities.filter((e) => e.aliases.some((a) => new RegExp(`\\b${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`).test(g.label))).slice(0, 2);
    const docs = g.docs.map(docOf);
    const matching = report.events.filter((v) => {
      const shared = v.docs.filter((d) => docs.includes(d)).length;
      if (shared < Math.ceil(docs.length / 2)) return false;
      return actors.every((a) => v.participants.some((p) => {
        const e = byId.get(p);
        return e && (a.aliases.map(lower).includes(lower(e.name)) || e.aliases.some((x) => a.aliases.map(lower).includes(lower(x))));
      }));
    });
    if (matching.length) hits++;
    if (matching.length > 1) splits += matching.length - 1;
  }
  line('seeds events recall', `${f3(hits / gold.events.length)}  (${hits}/${gold.events.length}, ${splits} split clusters, ${report.events.length} predicted)`, '>= 0.9');
}

function claimHits(claims: GoldClaim[], predicted: Report['disagreements'][number], texts: Map<string, string>, docOf: (s: string) => string): GoldClaim[] {
  return claims.filter((g) => {
    const doc = docOf(g.doc);
    const spans = occurrences(texts.get(doc) ?? '', g.text);
    return predicted.claims.some((c) => c.doc === doc && spans.some((s) => overlaps(c, s)));
  });
}

function scoreDisagreements(gold: Gold, report: Report, texts: Map<string, string>, docOf: (s: string) => string): void {
  const must = gold.disagreements.filter((d) => d.must_flag);
  let flagged = 0;
  let rightKind = 0;
  for (const g of must) {
    const groups = report.disagreements.filter((d) => {
      const hit = claimHits(g.claims, d, texts, docOf);
      return new Set(hit.map((c) => c.doc)).size >= 2 || hit.length >= 2;
    });
    if (groups.length) flagged++;
    if (groups.some((d) => d.kind === g.kind)) rightKind++;
  }
  line('seeds disagreements flagged (right kind)', `${flagged}/${must.length} (${rightKind}/${must.length})`, `${must.length}/${must.length}`);
  let wrong = 0;
  for (const a of gold.agreements) {
    if (report.disagreements.some((d) => claimHits(a.claims, d, texts, docOf).length >= Math.min(2, a.claims.length))) wrong++;
  }
  line('seeds agreements wrongly flagged', `${wrong}/${gold.agreements.length}`, '0');
}

function scoreSignals(gold: Gold, report: Report, texts: Map<string, string>, docOf: (s: string) => string): void {
  let ok = 0;
  for (const g of gold.source_signals) {
    const doc = docOf(g.doc);
    const d = report.documents.find((x) => x.id === doc);
    const sig = d?.signals.find((s) => s.kind === g.kind);
    if (!sig) continue;
    const spans = g.evidence.flatMap((e) => occurrences(texts.get(doc) ?? '', e));
    if (sig.evidence.some((e) => spans.some((s) => overlaps(e, s)))) ok++;
  }
  line('seeds source signals', `${ok}/${gold.source_signals.length}`, `${gold.source_signals.length}/${gold.source_signals.length}`);
}
