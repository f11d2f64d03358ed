import * as assert from 'assert';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';
import type { Report } from '../../src/core/report';
import { Analyzer } from '../../src/core/analyzer';
import { formatText } from '../../src/core/formatReport';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = join(dir, name);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

describe('crosscheck command line', () => {
  it('exits 2 with usage on a missing command, unknown option or bad date', async () => {
    for (const args of [[], ['frobnicate'], ['analyze'], ['analyze', '.', '--yaml'], ['analyze', '.', '--reference-date', '2025-13-40'], ['analyze', '.', '--json', '--markdown']]) {
      const r = await run(args);
      assert.strictEqual(r.code, 2, `args ${JSON.stringify(args)}`);
      assert.match(r.err, /Usage: crosscheck analyze/);
    }
  });

  it('exits 2 when a path does not exist', async () => {
    const r = await run(['analyze', join(tmpdir(), 'no-such-folder-crosscheck')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /no such file or folder/);
  });

  it('scans folders recursively for .txt and .md, ids relative with / separators', async () => {
    const dir = workspace({ 'a.txt': 'One article.', 'sub/b.md': 'Another article.', 'notes.json': '{}' });
    const r = await run(['analyze', dir, '--json']);
    assert.strictEqual(r.code, 0);
    const report = JSON.parse(r.out) as Report;
    assert.deepStrictEqual(report.documents.map((d) => d.id), ['a.txt', 'sub/b.md']);
  });

  it('reports binary, empty and oversized files in documents[] without stopping', async () => {
    const dir = workspace({
      'good.txt': 'The mayor of a small town said on Monday that 24 people were hurt.',
      'binary.txt': new Uint8Array([0, 1, 2, 3, 0, 255]),
      'empty.md': '',
      'big.txt': 'word '.repeat(3000),
    });
    const r = await run(['analyze', dir, '--json', '--max-file-size', '8']);
    assert.strictEqual(r.code, 0);
    const byId = new Map((JSON.parse(r.out) as Report).documents.map((d) => [d.id, d]));
    assert.strictEqual(byId.get('good.txt')!.error, null);
    assert.match(byId.get('binary.txt')!.error!, /binary/);
    assert.match(byId.get('big.txt')!.error!, /too large/);
    assert.strictEqual(byId.get('empty.md')!.error, null);
    assert.strictEqual(byId.get('empty.md')!.length, 0);
  });

  it('resolves relative dates against --reference-date when the article states no date', async () => {
    const dir = workspace({ 'a.txt': 'The minister resigned last month after the vote.' });
    const without = JSON.parse((await run(['analyze', dir, '--json'])).out) as Report;
    const withRef = JSON.parse((await run(['analyze', dir, '--json', '--reference-date', '2024-03-10'])).out) as Report;
    assert.strictEqual(without.figures.find((f) => f.text === 'last month')!.value, null);
    assert.strictEqual(withRef.figures.find((f) => f.text === 'last month')!.value, '2024-02');
  });

  it('prints a readable summary and Markdown', async () => {
    const dir = workspace({ 'a.txt': 'Acme Corp said on Friday it would cut 1,200 jobs.' });
    const text = await run(['analyze', dir]);
    assert.match(text.out, /^Crosscheck .*1 source/);
    assert.match(text.out, /Figures \(\d+\)/);
    const md = await run(['analyze', dir, '--markdown']);
    assert.match(md.out, /^# Crosscheck report/);
    assert.match(md.out, /\| a\.txt \|/);
  });
});

describe('text report', () => {
  it('counts in the singular where there is one ("1 mention in 1 source")', () => {
    const report = new Analyzer().analyze([{ id: 'a.txt', text: 'Ann Berg met Karl Brandt in Lindby on Monday. Berg said talks went well.' }]);
    const text = formatText(report);
    assert.ok(/Karl Brandt \[PERSON\]: 1 mention in 1 source\b/.test(text), text);
    assert.ok(/Ann Berg \[PERSON\] aka Berg: 2 mentions in 1 source\b/.test(text), text);
  });
});
