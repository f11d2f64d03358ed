/**
 * The JSON report of `crosscheck analyze --json` against shared/contract/report-format.md:
 * shape, types, and every span pointing at exactly its text in the file as read.
 */
import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli';
import type { Report } from '../../src/core/report';

const SEEDS = join(__dirname, '../../seeds');
const FIGURE_KINDS = ['money', 'percent', 'count', 'number', 'date', 'time', 'duration', 'ordinal'];
const QUALIFIERS = ['exact', 'about', 'at-least', 'at-most', 'range'];
const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'EVENT', 'NORP', 'LAW', 'WORK', 'MISC'];
const DISAGREEMENT_KINDS = ['figure', 'date', 'role', 'quote', 'status', 'attribution', 'other'];

async function runJson(args: string[]): Promise<Report> {
  let out = '';
  const code = await main(['analyze', ...args, '--json'], (s) => { out += s; }, () => {});
  assert.strictEqual(code, 0);
  return JSON.parse(out) as Report;
}

describe('JSON report contract', () => {
  let report: Report;
  const texts = new Map<string, string>();
  before(async () => {
    report = await runJson([SEEDS]);
    for (const d of report.documents) texts.set(d.id, readFileSync(join(SEEDS, d.id), 'utf8').replace(/^\uFEFF/, ''));
  });

  function checkSpan(s: { doc?: string; start: number; end: number; text?: string }, doc: string, what: string): void {
    const text = texts.get(doc);
    assert.ok(text !== undefined, `${what}: unknown document ${doc}`);
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${what}: offsets in range (${s.start}-${s.end} of ${text.length})`);
    if (s.text !== undefined) assert.strictEqual(text.slice(s.start, s.end), s.text, `${what}: text is the slice`);
  }

  it('has the top-level shape and version', () => {
    assert.strictEqual(report.version, 1);
    assert.deepStrictEqual(report.tool, { name: 'crosscheck', version: '0.1.0' });
    for (const k of ['documents', 'entities', 'figures', 'events', 'disagreements', 'corroborations'] as const) {
      assert.ok(Array.isArray(report[k]), `${k} is an array`);
    }
  });

  it('lists every article with ids relative to the root', () => {
    assert.strictEqual(report.documents.length, 5);
    for (const d of report.documents) {
      assert.match(d.id, /^[^/].*\.txt$/);
      assert.strictEqual(d.error, null);
      assert.strictEqual(d.length, texts.get(d.id)!.length);
      assert.ok(d.published === null || /^\d{4}(-\d{2}){0,2}$/.test(d.published));
      assert.ok(d.title === null || typeof d.title === 'string');
      for (const b of d.boilerplate) checkSpan(b, d.id, `boilerplate of ${d.id}`);
      for (const s of d.signals) {
        assert.ok(['speculative', 'opinion', 'boilerplate'].includes(s.kind));
        for (const e of s.evidence) checkSpan(e, d.id, `signal evidence of ${d.id}`);
      }
    }
  });

  it('gives entities with types, aliases and exact mentions', () => {
    assert.ok(report.entities.length > 0);
    const ids = new Set<string>();
    for (const e of report.entities) {
      assert.ok(!ids.has(e.id), `unique id ${e.id}`);
      ids.add(e.id);
      assert.ok(ENTITY_TYPES.includes(e.type), `type ${e.type}`);
      assert.ok(e.aliases.includes(e.name) || e.mentions.length > 0);
      assert.ok(e.mentions.length > 0);
      for (const m of e.mentions) {
        checkSpan(m, m.doc, `mention of ${e.id}`);
        // Abbreviations keep their final dot ("U.S.", "Acme Corp."); nothing else ends in punctuation.
        const trimmed = /(^|[^A-Za-z])([A-Za-z]\.)+$|\b(Inc|Corp|Co|Ltd)\.$/.test(m.text) ? m.text.slice(0, -1) : m.text;
        assert.doesNotMatch(trimmed, /^\s|\s$|^[.,;:'’"]|[.,;:'’"]$/, `mention "${m.text}" has no edge space or punctuation`);
        assert.ok(m.reference === undefined || m.reference === 'pronoun' || m.reference === 'description', `reference ${m.reference}`);
      }
      // A pronoun or description never stands alone: the entity is named somewhere.
      assert.ok(e.mentions.some((m) => !m.reference), `${e.id} is named`);
    }
  });

  it('gives figures with kinds, values and qualifiers', () => {
    assert.ok(report.figures.length > 0);
    for (const f of report.figures) {
      checkSpan(f, f.doc, `figure ${f.id}`);
      assert.ok(FIGURE_KINDS.includes(f.kind), `kind ${f.kind}`);
      assert.ok(QUALIFIERS.includes(f.qualifier), `qualifier ${f.qualifier}`);
      if (f.kind === 'date' || f.kind === 'time') assert.ok(f.value === null || typeof f.value === 'string');
      else if (f.kind === 'duration') assert.ok(f.value === null || /^P/.test(String(f.value)));
      else assert.ok(f.value === null || typeof f.value === 'number');
      if (f.qualifier === 'range') assert.ok(Array.isArray(f.range) && f.range.length === 2);
      else assert.strictEqual(f.range, null);
      if (f.kind === 'money' && f.value !== null) assert.match(String(f.unit), /^[A-Z]{3}$/);
    }
  });

  it('gives events whose participants and mentions resolve', () => {
    const entityIds = new Set(report.entities.map((e) => e.id));
    for (const v of report.events) {
      assert.ok(v.label.length > 0);
      assert.ok(v.date === null || /^(\d{4}|XXXX)/.test(v.date));
      for (const p of v.participants) assert.ok(entityIds.has(p), `participant ${p} exists`);
      for (const m of v.mentions) checkSpan(m, m.doc, `event ${v.id} mention`);
      assert.deepStrictEqual([...new Set(v.mentions.map((m) => m.doc))].sort(), [...v.docs].sort());
      assert.strictEqual(typeof v.salient, 'boolean');
    }
    assert.ok(report.events.some((v) => v.salient));
  });

  it('gives disagreements and corroborations with claims in the files', () => {
    for (const d of report.disagreements) {
      assert.ok(DISAGREEMENT_KINDS.includes(d.kind));
      assert.ok(['error', 'warning', 'information'].includes(d.severity));
      assert.ok(d.message.length > 10);
      assert.ok(d.claims.length >= 2);
      for (const c of d.claims) checkSpan(c, c.doc, `claim of ${d.id}`);
      if (d.kind === 'status') assert.match(d.message, /change/i);
    }
    for (const c of report.corroborations) for (const x of c.claims) checkSpan(x, x.doc, `claim of ${c.id}`);
  });

  it('is the same report when run twice (stable ids)', async () => {
    const again = await runJson([SEEDS]);
    assert.deepStrictEqual(again, report);
  });
});
