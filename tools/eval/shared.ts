/** Where the shared measurement data lives, and small scoring helpers. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(process.env.CROSSCHECK_SHARED ?? join(__dirname, '../../shared'));

export function sharedPath(...parts: string[]): string | null {
  const p = join(SHARED, ...parts);
  return existsSync(p) ? p : null;
}

export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

export interface PRF { p: number; r: number; f: number; tp: number; fp: number; fn: number }

export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

export const f3 = (n: number) => n.toFixed(3);

export function line(label: string, value: string, target?: string): void {
  console.log(`${label.padEnd(44)} ${value}${target ? `   (target ${target})` : ''}`);
}

/** Every [start, end) where `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

export function overlaps(a: { start: number; end: number }, b: [number, number]): boolean {
  return a.start < b[1] && b[0] < a.end;
}
