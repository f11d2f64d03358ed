/**
 * The language server's modules over the sample workspace: diagnostics, highlights, hovers,
 * code actions, silenced passages and the corpus of files and editors. The protocol round
 * trip itself is tested in languageServer.test.ts against the built server.
 */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/core/analyzer';
import { buildCodeActions } from '../../src/server/codeActions';
import { CorpusFiles } from '../../src/server/corpusFiles';
import { buildCorpusModel } from '../../src/server/corpusModel';
import { buildDiagnostics, DIAGNOSTIC_SOURCE } from '../../src/server/diagnostics';
import { disabledRegions } from '../../src/server/disabledRegions';
import { buildHighlights } from '../../src/server/highlights';
import { entityCard, figureCard } from '../../src/server/hover';
import { LineIndex } from '../../src/server/lineIndex';
import { ReportIndex, type AnalysedDoc } from '../../src/server/reportIndex';
import { globToRegExp } from '../../src/extension/glob';
import { disagreementKey } from '../../src/shared/protocol';
import { DEFAULT_SERVER_SETTINGS, type ServerSettings } from '../../src/shared/settings';

const SEEDS = join(__dirname, '..', '..', 'seeds');

function seedDocs(edit?: (id: string, text: string) => string): AnalysedDoc[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((id) => {
    const text = readFileSync(join(SEEDS, id), 'utf8').replace(/^\uFEFF/, '');
    return { id, uri: `file:///seeds/${id}`, version: null, text: edit ? edit(id, text) : text };
  });
}

function indexOf(docs: AnalysedDoc[]): ReportIndex {
  const report = new Analyzer().analyze(docs.map((d) => ({ id: d.id, text: d.text })));
  return new ReportIndex(report, docs, 1);
}

const settings = (over: Partial<ServerSettings> = {}): ServerSettings => ({ ...DEFAULT_SERVER_SETTINGS, ...over });

describe('language server', () => {
  const docs = seedDocs();
  const index = indexOf(docs);

  describe('diagnostics', () => {
    it('puts one diagnostic on each claim, coded by kind, related to the other side', () => {
      const byDoc = buildDiagnostics(index, settings());
      const all = [...byDoc.values()].flat();
      const distinctClaims = new Set(index.report.disagreements.flatMap((d) => d.claims.map((c) => `${d.id}:${c.doc}:${c.start}:${c.end}`)));
      assert.strictEqual(all.length, distinctClaims.size > 0 ? index.report.disagreements.reduce((n, d) => n + d.claims.length, 0) : 0);
      for (const d of all) {
        assert.strictEqual(d.source, DIAGNOSTIC_SOURCE);
        assert.ok(index.report.disagreements.some((x) => x.kind === d.code));
        assert.ok(d.relatedInformation && d.relatedInformation.length > 0, String(d.message));
      }
      // The range is the claim's text.
      const claim = index.report.disagreements[0].claims[0];
      const diag = byDoc.get(claim.doc)!.find((d) => d.message === index.report.disagreements[0].message)!;
      const lines = new LineIndex(index.doc(claim.doc)!.text);
      assert.strictEqual(lines.offset(diag.range.start), claim.start);
      assert.strictEqual(lines.offset(diag.range.end), claim.end);
    });

    it('a status change is information and says it is a change', () => {
      const status = [...buildDiagnostics(index, settings()).values()].flat().find((d) => d.code === 'status');
      assert.ok(status, 'the sample workspace has a status change');
      assert.strictEqual(status.severity, 3);
      assert.match(String(status.message), /change/i);
    });

    it('hidden disagreements, kinds set to off and silenced passages give no diagnostic', () => {
      const d = index.report.disagreements[0];
      const hidden = [...buildDiagnostics(index, settings({ suppressedDisagreements: [disagreementKey(d)] })).values()].flat();
      assert.ok(!hidden.some((x) => x.message === d.message));
      const off = [...buildDiagnostics(index, settings({ severity: { ...DEFAULT_SERVER_SETTINGS.severity, [d.kind]: 'off' } })).values()].flat();
      assert.ok(!off.some((x) => x.code === d.kind));
    });

    it('the per-file cap keeps the most severe and says how many were left out', () => {
      const byDoc = buildDiagnostics(index, settings({ maxDiagnosticsPerFile: 1 }));
      const busiest = [...byDoc.values()].find((l) => l.some((d) => d.code === 'capped'));
      assert.ok(busiest, 'some file has more than one diagnostic');
      assert.strictEqual(busiest.length, 2);
      assert.match(String(busiest[1].message), /more disagreements/);
    });
  });

  describe('silenced passages', () => {
    it('finds crosscheck-disable … crosscheck-enable and an unclosed disable', () => {
      const text = 'one\n<!-- crosscheck-disable -->\ntwo\n<!-- crosscheck-enable -->\nthree\ncrosscheck-disable\nfour';
      const r = disabledRegions(text);
      assert.strictEqual(r.length, 2);
      assert.ok(text.slice(r[0].start, r[0].end).includes('two'));
      assert.ok(!text.slice(r[0].start, r[0].end).includes('three'));
      assert.ok(text.slice(r[1].start, r[1].end).includes('four'));
      assert.strictEqual(r[1].end, text.length);
    });

    it('drops the diagnostics and highlights inside them', () => {
      const d = index.report.disagreements.find((x) => x.kind === 'quote') ?? index.report.disagreements[0];
      const claim = d.claims[0];
      const edited = seedDocs((id, text) => (id === claim.doc ? `crosscheck-disable\n${text}` : text));
      const ix = indexOf(edited);
      const diags = buildDiagnostics(ix, settings()).get(claim.doc)!;
      assert.strictEqual(diags.length, 0);
      assert.deepStrictEqual(buildHighlights(ix, claim.doc, settings())!.highlights, []);
    });
  });

  describe('highlights', () => {
    it('paints entities by type and figures by kind, and leaves out ignored entities', () => {
      const id = docs[0].id;
      const h = buildHighlights(index, id, settings())!;
      const kinds = h.highlights.map((x) => x.kind);
      assert.ok(kinds.some((k) => k.startsWith('entity.')) && kinds.some((k) => k.startsWith('figure.')), kinds.join());
      for (const { spans } of h.highlights) for (const [s, e] of spans) assert.ok(e > s && e <= h.length);
      const person = index.report.entities.find((e) => e.type === 'PERSON' && e.mentions.some((m) => m.doc === id))!;
      const without = buildHighlights(index, id, settings({ ignoredEntities: [person.name.toUpperCase()] }))!;
      const personSpans = (r: typeof h) => r.highlights.find((x) => x.kind === 'entity.PERSON')?.spans ?? [];
      assert.strictEqual(personSpans(without).length, personSpans(h).length - person.mentions.filter((m) => m.doc === id && !m.reference).length);
      const capped = buildHighlights(index, id, settings({ maxHighlightsPerFile: 3 }))!;
      assert.strictEqual(capped.highlights.reduce((n, x) => n + x.spans.length, 0), 3);
      assert.ok(capped.capped);
    });
  });

  describe('hovers', () => {
    it('an entity card names the entity, its other spellings and its sources with links', () => {
      const e = index.report.entities.find((x) => x.aliases.length > 1 && new Set(x.mentions.map((m) => m.doc)).size > 1)!;
      const card = entityCard(index, e).value;
      assert.ok(card.includes(e.name));
      assert.ok(card.includes('Also written'));
      assert.match(card, /\]\(file:\/\/\/seeds\/[^)]+#L\d+\)/);
    });

    it('a pronoun is not painted, and its card says whom it refers to', () => {
      const e = index.report.entities.find((x) => x.mentions.some((m) => m.reference === 'pronoun'))!;
      const ref = e.mentions.find((m) => m.reference === 'pronoun')!;
      const painted = buildHighlights(index, ref.doc, settings())!.highlights.flatMap((x) => x.spans);
      assert.ok(!painted.some(([s]) => s === ref.start), `“${ref.text}” is not painted`);
      assert.strictEqual(index.entityAt(ref.doc, ref.start)?.entity, e);
      const card = entityCard(index, e, ref.text).value;
      assert.ok(card.startsWith(`“${ref.text}” refers to **${e.name}**`), card);
    });

    it('an unnamed participant is not painted, and its card says no source names it', () => {
      const small = indexOf([
        { id: 'a.txt', uri: 'file:///w/a.txt', version: null, text: 'A driver hit a cyclist on Monday. He fled the scene.' },
        { id: 'b.txt', uri: 'file:///w/b.txt', version: null, text: 'The driver was caught on Tuesday.' },
        { id: 'c.txt', uri: 'file:///w/c.txt', version: null, text: 'The driver will be in court on Friday.' },
      ]);
      const driver = small.report.entities.find((e) => e.unnamed)!;
      assert.ok(driver, JSON.stringify(small.report.entities.map((e) => e.name)));
      const painted = buildHighlights(small, 'a.txt', settings())!.highlights.flatMap((x) => x.spans);
      assert.ok(!painted.some(([s]) => driver.mentions.some((m) => m.doc === 'a.txt' && m.start === s)), 'descriptions are not painted');
      assert.ok(entityCard(small, driver, 'driver').value.startsWith('**the driver** · person, named in no source'));
      assert.ok(entityCard(small, driver, 'He').value.startsWith('“He” refers to **the driver**'));
    });

    it('a figure card gives the normalised value, qualifier and subject', () => {
      const f = index.report.figures.find((x) => x.qualifier === 'about' && x.about)!;
      const card = figureCard(index, f).value;
      assert.ok(card.includes(String(f.value)), card);
      assert.ok(card.includes('qualifier: about'), card);
      assert.ok(card.includes(`Measures: ${f.about}`.replace(/'/g, "'")), card);
    });
  });

  describe('code actions', () => {
    it('offers hide and ignore on a disagreement, show on a hidden one, and ignore on an entity', () => {
      const byDoc = buildDiagnostics(index, settings());
      const [docId, list] = [...byDoc].find(([, l]) => l.length > 0)!;
      const uri = index.uriOf(docId)!;
      const actions = buildCodeActions(index, uri, list[0].range, [list[0]], settings());
      assert.deepStrictEqual(actions.slice(0, 2).map((a) => a.command?.command), ['crosscheck.hideDisagreement', 'crosscheck.ignoreDisagreement']);
      const key = actions[0].command!.arguments![0] as string;
      const hiddenActions = buildCodeActions(index, uri, list[0].range, [], settings({ suppressedDisagreements: [key] }));
      assert.ok(hiddenActions.some((a) => a.command?.command === 'crosscheck.showDisagreement' && a.command.arguments![0] === key));
      const mention = index.mentions(docId)[0];
      const lines = index.lines(docId)!;
      const onEntity = buildCodeActions(index, uri, lines.range(mention.start, mention.start), [], settings());
      assert.ok(onEntity.some((a) => a.command?.command === 'crosscheck.ignoreEntity' && a.command.arguments![0] === mention.entity.name));
    });
  });

  describe('corpus model', () => {
    it('gives every document its URI and counts, and marks hidden disagreements', () => {
      const d = index.report.disagreements[0];
      const model = buildCorpusModel(index, settings({ suppressedDisagreements: [disagreementKey(d)] }), new Map());
      assert.strictEqual(model.documents.length, docs.length);
      for (const doc of model.documents) {
        assert.strictEqual(model.uris[doc.id], `file:///seeds/${doc.id}`);
        assert.ok(doc.counts.entities > 0);
      }
      assert.ok(model.disagreements.find((x) => x.id === d.id)!.hidden);
      assert.ok(model.disagreements.filter((x) => x.id !== d.id).every((x) => !x.hidden));
    });

    it('names the participants of each event, and counts only the story’s happenings per document', () => {
      const model = buildCorpusModel(index, settings(), new Map());
      const names = new Map(index.report.entities.map((e) => [e.id, e.name]));
      for (const e of model.events) assert.deepStrictEqual(e.participantNames, e.participants.map((p) => names.get(p)));
      const salientIn = (id: string) => model.events.filter((e) => e.salient && e.docs.includes(id)).length;
      for (const doc of model.documents) assert.strictEqual(doc.counts.events, salientIn(doc.id));
      assert.ok(model.events.some((e) => !e.salient), 'repeated actions are in the model too');
    });
  });

  describe('corpus files', () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

    it('analyses unsaved text while typing, the saved text on save, and drops files no longer listed', () => {
      const c = new CorpusFiles(1024 * 1024);
      c.applyFiles({ upserts: [{ uri: 'file:///a.txt', id: 'a.txt', base64: b64('on disk') }, { uri: 'file:///b.txt', id: 'b.txt', base64: b64('other') }], removals: [] });
      assert.ok(c.editorChanged('file:///a.txt', 'typed', 3));
      const text = (mode: 'onType' | 'onSave') => c.inputs(mode).map((i) => ('text' in i.input ? i.input.text : i.input.error));
      assert.deepStrictEqual(text('onType'), ['typed', 'other']);
      assert.deepStrictEqual(text('onSave'), ['on disk', 'other']);
      c.editorSaved('file:///a.txt');
      assert.deepStrictEqual(text('onSave'), ['typed', 'other']);
      c.applyFiles({ upserts: [], removals: [], keepOnly: ['file:///b.txt'] });
      assert.deepStrictEqual(text('onType'), ['other']);
    });

    it('ignores editors on files outside the corpus, and reports skipped and binary files as errors', () => {
      const c = new CorpusFiles(1024);
      c.applyFiles({ upserts: [{ uri: 'file:///big.txt', id: 'big.txt', skipped: 'too large' }, { uri: 'file:///bin.txt', id: 'bin.txt', base64: Buffer.from([0, 1, 2, 0, 255, 0]).toString('base64') }], removals: [] });
      assert.strictEqual(c.editorChanged('untitled:Untitled-1', 'report', 1), false);
      const inputs = c.inputs('onType');
      assert.strictEqual(inputs.length, 2);
      assert.ok(inputs.every((i) => 'error' in i.input));
    });

    it('without a client listing files, open documents are the corpus', () => {
      const c = new CorpusFiles(1024);
      assert.ok(c.editorChanged('file:///x/one.md', 'text', 1));
      assert.deepStrictEqual(c.inputs('onType').map((i) => i.input.id), ['one.md']);
    });
  });

  describe('helpers', () => {
    it('line index maps offsets and positions both ways, CRLF included', () => {
      const li = new LineIndex('ab\r\ncd\nef');
      assert.deepStrictEqual(li.position(5), { line: 1, character: 1 });
      assert.strictEqual(li.offset({ line: 2, character: 1 }), 8);
      assert.strictEqual(li.offset(li.position(7)), 7);
    });

    it('globs match the way the exclude setting is written', () => {
      assert.ok(globToRegExp('**/{node_modules,.git}/**').test('a/node_modules/x.txt'));
      assert.ok(globToRegExp('**/*.{txt,md}').test('notes/a.md'));
      assert.ok(globToRegExp('**/*.{txt,md}').test('a.txt'));
      assert.ok(!globToRegExp('drafts/*.txt').test('drafts/old/a.txt'));
    });
  });
});
