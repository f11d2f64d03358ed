/**
 * Passages the author silenced with inline comments: from a line holding `crosscheck-disable`
 * to the next line holding `crosscheck-enable` (or the end of the file). Any comment syntax
 * works (`<!-- crosscheck-disable -->` in Markdown, a bare line in plain text), as in Vale
 * and Code Spell Checker.
 */
import type { Span } from '../core/report';

const MARKER = /crosscheck-(disable|enable)\b/g;

export function disabledRegions(text: string): Span[] {
  const regions: Span[] = [];
  let openAt: number | null = null;
  for (const m of text.matchAll(MARKER)) {
    if (m[1] === 'disable' && openAt === null) openAt = m.index ?? 0;
    else if (m[1] === 'enable' && openAt !== null) {
      regions.push({ start: openAt, end: (m.index ?? 0) + m[0].length });
      openAt = null;
    }
  }
  if (openAt !== null) regions.push({ start: openAt, end: text.length });
  return regions;
}

export function insideAny(regions: Span[], start: number, end: number): boolean {
  return regions.some((r) => start < r.end && end > r.start);
}
