/**
 * Stage 3b: what each quantity measures ("about"), from its sentence, so that figures from
 * different sources can be compared: the noun right before it ("tariffs of up to 25%", "a
 * loss of $3 billion"), the thing after it ("$3 billion in sales", "45% of voters"), or
 * else the clause's subject ("the company's share ... fell from 95% to 50%").
 */
import type { DocumentWork, FigureMention } from './model';

const MEASURED_KINDS = new Set(['money', 'percent', 'count', 'number']);
/** Words that end a noun phrase when reading forward. */
const PHRASE_BREAK = /^(VERB|AUX|PUNCT|SCONJ|CCONJ|PRON|NUM|SYM|ADP)$/;
/** Words a measured noun may be joined to the figure by: "revenue of $X", "tariffs up to 25%". */
const LINKS = new Set(['of', 'at', 'to', 'by', 'from', 'reached', 'totalled', 'totaled', 'hit', 'was', 'were', 'is', 'are', 'about', 'around', 'nearly', 'some', 'up', 'over', 'almost', 'approximately', 'roughly', 'than', 'more', 'less', 'as', 'much', 'many', 'an', 'estimated']);

/** Nouns that point back at an earlier figure ("this figure may rise to ..."). */
const ANAPHORIC = /^(?:(?:this|that|the) )?(figure|number|amount|total|sum|tally|toll)$/i;

export function describeFigures(work: DocumentWork): void {
  const lastAbout = new Map<string, string>();
  for (const f of work.figures) {
    if (!MEASURED_KINDS.has(f.kind)) continue;
    let about = describeFigure(work, f);
    if (about && ANAPHORIC.test(about)) about = lastAbout.get(f.kind) ?? about;
    if (about) lastAbout.set(f.kind, about);
    f.about = about;
  }
}

export function describeFigure(work: DocumentWork, f: FigureMention): string | null {
  const { tokens, text } = work;
  const sent = work.sentences[f.sentence];
  let first = sent.firstToken;
  while (first <= sent.lastToken && tokens.end[first] <= f.start) first++;
  let after = first;
  while (after <= sent.lastToken && tokens.start[after] < f.end) after++;

  if (f.kind === 'count' && f.unit) return f.unit;
  // After it: "$3 billion in sales", "45% of voters" (not a period: "$5 billion in the next quarter").
  let following: string | null = null;
  const link = tokens.normal[after];
  if ((link === 'in' && f.kind === 'money') || (link === 'of' && f.kind === 'percent')) {
    const end = phraseEnd(work, after + 1, sent.lastToken);
    if (end > after && !work.figures.some((g) => g.kind === 'date' && g.start < tokens.end[end] && tokens.start[after + 1] < g.end)) {
      following = text.slice(tokens.start[after + 1], tokens.end[end]);
    }
  }
  // Before it: "tariffs of up to 25%", "an estimated loss of $3 billion", "performance around 70%".
  let k = first - 1;
  let links = 0;
  while (k >= sent.firstToken && LINKS.has(tokens.normal[k]) && links < 4) {
    k--;
    links++;
  }
  const preceding = k >= sent.firstToken && tokens.pos[k] === 'NOUN' ? phraseBackFrom(work, k, sent.firstToken) : null;
  if (preceding && following) return `${preceding} ${link} ${following}`;
  if (preceding || following) return preceding ?? following;

  // The subject of the figure's clause, else of its sentence: the first noun phrase, up to the verb.
  let clause = first - 1;
  while (clause > sent.firstToken && !CLAUSE_MARKS.has(tokens.value[clause])) clause--;
  return subjectBetween(work, clause, first) ?? subjectBetween(work, sent.firstToken, first);
}

const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(']);

function subjectBetween(work: DocumentWork, from: number, to: number): string | null {
  const { tokens, text } = work;
  let s = from;
  while (s < to && tokens.pos[s] !== 'NOUN') s++;
  if (s >= to) return null;
  let e = s;
  while (e + 1 < to && !/^(VERB|AUX|PUNCT)$/.test(tokens.pos[e + 1])) e++;
  return text.slice(tokens.start[ownerStart(work, s)], tokens.end[e]);
}

/** The noun phrase ending at token `last`, read backwards over adjectives, nouns and a possessive owner. */
function phraseBackFrom(work: DocumentWork, last: number, limit: number): string {
  const { tokens, text } = work;
  let s = last;
  while (s - 1 >= limit && /^(NOUN|ADJ|PROPN)$/.test(tokens.pos[s - 1])) s--;
  return text.slice(tokens.start[ownerStart(work, s)], tokens.end[last]);
}

/** Take in a possessive owner just before a phrase ("the company's share"). */
function ownerStart(work: DocumentWork, s: number): number {
  return s >= 2 && /^['’]s$/.test(work.tokens.value[s - 1]) ? s - 2 : s;
}

/** The end of the noun phrase starting at `from`; hyphenated words ("AI-related") stay whole. */
function phraseEnd(work: DocumentWork, from: number, limit: number): number {
  const { tokens } = work;
  let k = from;
  while (k + 1 <= limit) {
    const glued = tokens.value[k + 1] === '-' && tokens.end[k] === tokens.start[k + 1];
    if (PHRASE_BREAK.test(tokens.pos[k + 1]) && !glued && !(tokens.value[k] === '-' && tokens.end[k] === tokens.start[k + 1])) break;
    k++;
  }
  return k;
}
