import * as assert from 'assert';
import { Analyzer } from '../../src/core/analyzer';
import { analyzeDocument } from '../../src/core/analyzeDocument';

describe('document pipeline', () => {
  it('keeps offsets exact with CRLF line endings', () => {
    const text = 'City Daily\r\nThe council approved $3.5 million on Tuesday.\r\nIt will hire 40 teachers.\r\n';
    const a = analyzeDocument('crlf.txt', text);
    assert.ok(a.figures.length >= 2);
    for (const f of a.figures) assert.strictEqual(text.slice(f.start, f.end), f.text);
    for (const e of a.entities) assert.strictEqual(text.slice(e.start, e.end), e.text);
  });

  it('cuts sentences at line breaks (headlines have no full stop)', () => {
    const a = analyzeDocument('h.txt', 'Storm Hits Coast\nThe storm hit the coast at dawn.');
    assert.strictEqual(a.title, 'Storm Hits Coast');
  });

  it('finds the publication date in a header, and none when the text gives none', () => {
    assert.strictEqual(analyzeDocument('a', 'Published: March 3, 2021\nA story.').published, '2021-03-03');
    assert.strictEqual(analyzeDocument('b', 'date 2019-11-05 Headline here\nBody.').published, '2019-11-05');
    assert.strictEqual(analyzeDocument('c', 'LONDON, June 2 (Wire) - Prices rose.').published, null);
    assert.strictEqual(analyzeDocument('d', 'LONDON, June 2, 2020 (Wire) - Prices rose.').published, '2020-06-02');
  });

  it('yields nothing from boilerplate lines', () => {
    const text = [
      'Home / World News',
      'Mayor Anna Lindqvist opened the bridge on Saturday, 3 years late.',
      'Share this article',
      'Phone',
      '+44 20 7946 0958',
      'Copyright © 2024 Example Media Ltd',
    ].join('\n');
    const a = analyzeDocument('b.txt', text);
    const body = text.indexOf('Mayor');
    const bodyEnd = text.indexOf('\nShare');
    assert.ok(a.boilerplate.length >= 4, JSON.stringify(a.boilerplate));
    for (const f of a.figures) assert.ok(f.start >= body && f.end <= bodyEnd, `figure ${f.text} is in the body`);
    for (const e of a.entities) assert.ok(e.start >= body && e.end <= bodyEnd, `entity ${e.text} is in the body`);
  });

  it('reads a table after the prose as text: a header like a breadcrumb does not start a footer', () => {
    const text = [
      'Standings after the games played on Saturday, with points last:',
      'W D L / F A P',
      'Kelby 3 1 0 6 1 10',
      'Ostra 3 0 1 13 10 9',
      'Copyright © 2024 Example Media Ltd',
    ].join('\n');
    const a = analyzeDocument('t.txt', text);
    const boiler = a.boilerplate.map((b) => text.slice(b.start, b.end));
    assert.ok(boiler.some((b) => b.startsWith('Copyright')), JSON.stringify(boiler));
    assert.ok(!boiler.some((b) => /Kelby|Ostra/.test(b)), JSON.stringify(boiler));
  });

  it('marks speculative writing with its evidence', () => {
    const a = analyzeDocument('s.txt', 'Let us assume for this hypothetical case that prices fall. Analysts speculate that the firm may sell.');
    const spec = a.signals.find((s) => s.kind === 'speculative');
    assert.ok(spec);
    assert.ok(spec.evidence.some((e) => /assume/i.test(e.text)));
    assert.ok(spec.evidence.some((e) => /speculate/i.test(e.text)));
  });

  it('re-analyses only the document that changed (content-hash cache)', () => {
    const analyzer = new Analyzer();
    const docs = [
      { id: 'a.txt', text: 'Ada Lovelace visited Paris in May 2020.' },
      { id: 'b.txt', text: 'Lovelace met officials in Paris.' },
      { id: 'c.txt', text: 'The visit cost $2 million.' },
    ];
    analyzer.analyze(docs);
    assert.strictEqual(analyzer.lastRunAnalyzed, 3);
    analyzer.analyze(docs);
    assert.strictEqual(analyzer.lastRunAnalyzed, 0);
    const edited = [docs[0], docs[1], { id: 'c.txt', text: 'The visit cost $3 million.' }];
    const report = analyzer.analyze(edited);
    assert.strictEqual(analyzer.lastRunAnalyzed, 1);
    assert.strictEqual(report.figures.find((f) => f.doc === 'c.txt' && f.kind === 'money')!.value, 3_000_000);
  });

  it('keeps going when one input could not be read', () => {
    const report = new Analyzer().analyze([{ id: 'bad.txt', error: 'file looks binary' }, { id: 'ok.txt', text: 'Rain fell.' }]);
    assert.strictEqual(report.documents.length, 2);
    assert.strictEqual(report.documents[0].error, 'file looks binary');
    assert.strictEqual(report.documents[1].error, null);
  });
});

describe('publication date and page furniture (issue 4)', () => {
  it('reads "Updated" when nothing says "Published"', () => {
    assert.strictEqual(analyzeDocument('u', 'Updated: 14 February 2023\nThe council met.').published, '2023-02-14');
  });

  it('prefers "Published" over "Updated"', () => {
    assert.strictEqual(analyzeDocument('p', 'Updated: 2023-02-14\nPublished: 2023-02-10\nThe council met.').published, '2023-02-10');
  });

  it('takes no figure from office hours and contact blocks', () => {
    const text = 'The museum reopened with 40 new rooms.\n\nWorking Hours\n\n9:00 a.m. to 5:30 p.m., Monday to Friday\n\nTel: +1 415 555 0199';
    const a = analyzeDocument('h.txt', text);
    assert.deepStrictEqual(a.figures.map((f) => f.text), ['40 new rooms']);
  });
});
