/** Shared helpers of the unit tests: analyse sentences written for the tests. */
import { analyzeDocument } from '../../src/core/analyzeDocument';
import type { FigureMention } from '../../src/core/model';

export function figuresOf(text: string, referenceDate: string | null = null): FigureMention[] {
  return analyzeDocument('test.txt', text, { referenceDate }).figures;
}

export function figure(text: string, surface: string, referenceDate: string | null = null): FigureMention {
  const all = figuresOf(text, referenceDate);
  const found = all.find((f) => f.text.includes(surface) || surface.includes(f.text));
  if (!found) throw new Error(`no figure "${surface}" in ${JSON.stringify(all.map((f) => f.text))}`);
  return found;
}
