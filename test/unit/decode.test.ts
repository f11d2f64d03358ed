import * as assert from 'assert';
import { decodeArticle } from '../../src/core/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('removes a leading BOM and keeps the rest exactly', () => {
    const r = decodeArticle(utf8('\uFEFFLine one\r\nLine two'));
    assert.ok(r.ok);
    assert.strictEqual(r.text, 'Line one\r\nLine two');
  });

  it('refuses binary content with a clear message', () => {
    const r = decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    assert.ok(!r.ok);
    assert.match(r.error, /binary/);
  });

  it('refuses files above the size limit and says the sizes', () => {
    const r = decodeArticle(utf8('x'.repeat(5000)), 2048);
    assert.ok(!r.ok);
    assert.match(r.error, /too large.*5 KB.*2 KB/);
  });

  it('reads invalid UTF-8 as Windows-1252 and warns', () => {
    const r = decodeArticle(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    assert.ok(r.ok);
    assert.strictEqual(r.text, 'Café “ok”');
    assert.match(r.warnings[0], /not valid UTF-8/);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const r = decodeArticle(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]));
    assert.ok(r.ok);
    assert.strictEqual(r.text, 'Hi');
  });

  it('accepts an empty file', () => {
    const r = decodeArticle(new Uint8Array());
    assert.ok(r.ok);
    assert.strictEqual(r.text, '');
  });
});
