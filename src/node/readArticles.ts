/**
 * The one place the analyser touches Node's file system: it walks the given paths for
 * .txt and .md files and reads their bytes. Decoding and every rule about bad input live
 * in the core (decodeArticle), shared with the extension.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Analyzer, type SourceInput } from '../core/analyzer';
import { DEFAULT_MAX_BYTES } from '../core/decode';

const ARTICLE = /\.(txt|md)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface Found {
  /** The report's document id: path relative to the root it was found under, '/' separated. */
  id: string;
  file: string;
}

export async function findArticles(roots: string[]): Promise<Found[]> {
  const found: Found[] = [];
  for (const root of roots) {
    const stat = await fs.stat(root); // a missing path is a usage error: let it throw
    if (stat.isFile()) {
      found.push({ id: path.basename(root), file: root });
      continue;
    }
    await walk(root, root, found);
  }
  return found;
}

async function walk(root: string, dir: string, out: Found[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(root, full, out);
    } else if (e.isFile() && ARTICLE.test(e.name)) {
      out.push({ id: path.relative(root, full).split(path.sep).join('/'), file: full });
    }
  }
}

export async function readArticle(found: Found, maxBytes = DEFAULT_MAX_BYTES): Promise<SourceInput> {
  try {
    const stat = await fs.stat(found.file);
    if (stat.size > maxBytes) {
      return { id: found.id, error: `file is too large to analyse (${Math.ceil(stat.size / 1024)} KB, limit ${Math.ceil(maxBytes / 1024)} KB)` };
    }
    const bytes = await fs.readFile(found.file);
    return Analyzer.inputFromBytes(found.id, bytes, maxBytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { id: found.id, error: `file could not be read${code ? ` (${code})` : ''}` };
  }
}
