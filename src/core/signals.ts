/**
 * Stage 2c: what a reader should know about a source's reliability: speculative or
 * hypothetical writing, first-person opinion, page furniture. Each signal carries the
 * passages that show it.
 */
import type { DocumentSignal, DocumentWork } from './model';
import type { TextSpan } from './report';

/** Markers that make a passage speculation, not report. Hedges like "could" alone are not enough. */
const SPECULATIVE = /\b(let['’]s assume|let us assume|assuming that|hypothetical(ly)?|(analysts?|experts?|observers?|some) (speculate|speculated|believe|suggest|suggested)|it is rumou?red|rumou?rs? (say|suggest)|imagine (a|that|if)|reportedly|unconfirmed|allegedly|presumably)\b/gi;
const OPINION = /\b(I (think|believe|find|feel|suspect|would argue)|in my (view|opinion)|as someone who|we should|it['’]s (clear|obvious) that)\b/gi;
const CLAUSE_END = /[,;:.!?)(—–]|\n/;
const MAX_EVIDENCE = 8;

export function findSignals(work: DocumentWork): { signals: DocumentSignal[]; hedgedSentences: Set<number> } {
  const signals: DocumentSignal[] = [];
  const hedgedSentences = new Set<number>();
  const speculative = evidenceOf(work, SPECULATIVE, hedgedSentences);
  if (speculative.length) signals.push({ kind: 'speculative', evidence: speculative });
  const opinion = evidenceOf(work, OPINION, null);
  if (opinion.length) signals.push({ kind: 'opinion', evidence: opinion });
  if (work.boilerplate.length) {
    signals.push({
      kind: 'boilerplate',
      evidence: work.boilerplate.slice(0, MAX_EVIDENCE).map((b) => ({ ...b, text: work.text.slice(b.start, b.end) })),
    });
  }
  return { signals, hedgedSentences };
}

function evidenceOf(work: DocumentWork, pattern: RegExp, hedged: Set<number> | null): TextSpan[] {
  const { text } = work;
  const out: TextSpan[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && out.length < MAX_EVIDENCE; m = pattern.exec(text)) {
    const start = m.index;
    if (insideBoilerplate(work, start)) continue;
    // The evidence runs to the end of the clause the marker opens.
    const rest = text.slice(start + m[0].length, start + m[0].length + 120);
    const stop = rest.search(CLAUSE_END);
    const tail = stop < 0 ? rest : rest.slice(0, stop);
    const end = start + m[0].length + tail.trimEnd().length;
    out.push({ start, end, text: text.slice(start, end) });
    if (hedged) {
      const s = work.sentences.findIndex((x) => x.start <= start && start < x.end);
      if (s >= 0) hedged.add(s);
    }
  }
  return out;
}

function insideBoilerplate(work: DocumentWork, offset: number): boolean {
  return work.boilerplate.some((b) => b.start <= offset && offset < b.end);
}
