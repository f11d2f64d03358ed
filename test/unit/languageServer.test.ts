/**
 * The built language server as another editor sees it: `crosscheck-ls --stdio`, no client
 * listing files, the workspace folder given at initialisation. Over real JSON-RPC it must
 * find the articles itself, publish diagnostics, answer hovers and references, and
 * re-analyse an open article's unsaved text.
 */
import * as assert from 'assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Report } from '../../src/core/report';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const SEEDS = join(ROOT, 'seeds');

interface Published { uri: string; diagnostics: Array<{ message: string; code: string; range: { start: { line: number; character: number } } }> }

describe('crosscheck-ls over stdio', function () {
  this.timeout(60_000);
  let proc: ChildProcess;
  let conn: MessageConnection;
  const diagnostics = new Map<string, Published['diagnostics']>();
  let published: () => void = () => {};

  before(async function () {
    assert.ok(existsSync(SERVER), 'dist/server.js is built (npm run build)');
    proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      diagnostics.set(p.uri, p.diagnostics);
      published();
    });
    conn.listen();
    const root = pathToFileURL(SEEDS).toString();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'seeds' }], capabilities: {} });
    await conn.sendNotification('initialized', {});
    // The server scans the folder itself; wait until its first report holds every article.
    for (let i = 0; i < 200; i++) {
      const r = await conn.sendRequest<Report | null>('crosscheck/fullReport');
      if (r && r.documents.length === 5) break;
      await new Promise((res) => setTimeout(res, 100));
    }
  });

  after(() => {
    conn?.dispose();
    proc?.kill();
  });

  const uriOf = (doc: string) => pathToFileURL(join(SEEDS, doc)).toString();
  const positionOf = (doc: string, offset: number) => {
    const before = readFileSync(join(SEEDS, doc), 'utf8').slice(0, offset).split(/\r?\n/);
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  it('finds the workspace articles and publishes diagnostics with related locations', async () => {
    const report = (await conn.sendRequest<Report | null>('crosscheck/fullReport'))!;
    assert.strictEqual(report.documents.length, 5);
    await conn.sendRequest('crosscheck/analyze', {});
    const withDiagnostics = [...diagnostics].filter(([, d]) => d.length > 0);
    assert.ok(withDiagnostics.length >= 2, `diagnostics in ${withDiagnostics.length} files`);
    const kinds = new Set(withDiagnostics.flatMap(([, d]) => d.map((x) => x.code)));
    for (const d of report.disagreements) assert.ok(kinds.has(d.kind), d.kind);
  });

  it('answers hover and references on an entity mention', async () => {
    const report = (await conn.sendRequest<Report | null>('crosscheck/fullReport'))!;
    const e = report.entities.find((x) => new Set(x.mentions.map((m) => m.doc)).size >= 3)!;
    const m = e.mentions[0];
    const pos = positionOf(m.doc, m.start + 1);
    const hover = await conn.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uriOf(m.doc) }, position: pos });
    assert.ok(hover?.contents.value.includes(e.name));
    const refs = await conn.sendRequest<Array<{ uri: string }>>('textDocument/references', { textDocument: { uri: uriOf(m.doc) }, position: pos, context: { includeDeclaration: true } });
    assert.strictEqual(refs.length, e.mentions.length);
  });

  it('re-analyses the unsaved text of an open article and updates its diagnostics', async () => {
    const report = (await conn.sendRequest<Report | null>('crosscheck/fullReport'))!;
    const quote = report.disagreements.find((d) => d.kind === 'quote')!;
    const keep = quote.claims[0];
    const change = quote.claims.find((c) => c.value !== keep.value)!;
    const uri = uriOf(change.doc);
    const text = readFileSync(join(SEEDS, change.doc), 'utf8');
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const edited = text.slice(0, change.start) + keep.text + text.slice(change.end);
    const arrived = new Promise<void>((res) => { published = res; });
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    await arrived;
    await conn.sendRequest('crosscheck/analyze', {});
    const after = (await conn.sendRequest<Report | null>('crosscheck/fullReport'))!;
    assert.ok(!after.disagreements.some((d) => d.kind === 'quote' && d.about === quote.about), 'the quote now agrees');
    assert.ok(!(diagnostics.get(uri) ?? []).some((d) => d.code === 'quote'));
    // Closing the editor without saving brings the text on disk back.
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await new Promise((res) => setTimeout(res, 500));
    await conn.sendRequest('crosscheck/analyze', {});
    const restored = (await conn.sendRequest<Report | null>('crosscheck/fullReport'))!;
    assert.ok(restored.disagreements.some((d) => d.kind === 'quote' && d.about === quote.about));
  });
});
