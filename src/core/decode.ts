/**
 * Turns the bytes of a file into the text the analyser reads, or says clearly why it cannot.
 * Shared by every reader (CLI through Node's fs, the extension through workspace.fs), so the
 * rules for binary, oversized and badly encoded files are the same everywhere.
 */

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; error: string };

/** Share of control characters above which a file is taken for binary rather than text. */
const CONTROL_SHARE_LIMIT = 0.1;
const SNIFF_BYTES = 8192;

export function decodeArticle(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): DecodeResult {
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      error: `file is too large to analyse (${formatKB(bytes.length)}, limit ${formatKB(maxBytes)})`,
    };
  }
  const utf16 = utf16Encoding(bytes);
  if (!utf16 && looksBinary(bytes)) {
    return { ok: false, error: 'file looks binary (control bytes), not text' };
  }
  const warnings: string[] = [];
  let text: string;
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Keep the file rather than drop it: legacy news exports are often Windows-1252.
      text = decodeWindows1252(bytes);
      warnings.push('file is not valid UTF-8; read as Windows-1252');
    }
  }
  return { ok: true, text: stripBom(text), warnings };
}

/** A leading byte order mark is not part of the article; offsets start after it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC-free text are normal; other C0 controls are not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control / n > CONTROL_SHARE_LIMIT;
}

/**
 * Windows-1252 by hand: Node's TextDecoder treats the label as ISO-8859-1 and loses the
 * curly quotes and dashes of 0x80-0x9F, which are exactly what legacy news text uses.
 * These are the code points of bytes 0x80-0x9F (U+FFFD where the code page has none).
 */
const CP1252_HIGH = [
  8364, 65533, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 65533, 381, 65533,
  65533, 8216, 8217, 8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250, 339, 65533, 382, 376,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b)));
  }
  return out;
}

function formatKB(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}
