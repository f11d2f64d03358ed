/**
 * Corpus stage 3: claims about the same subject compared across sources (and inside one).
 * Values that cannot both be true are disagreements; compatible ones from several sources
 * are corroborations. A status that moves from closed to open is a change over time, and
 * different words from one speaker are a quote variance, not an error.
 */
import { OPEN_STATUSES } from './claims';
import type { Claim, DocumentAnalysis, FigureMention } from './model';
import type { ClaimReport, CorroborationReport, DisagreementReport, EntityReport } from './report';

interface Located {
  doc: string;
  claim: Claim;
  figure: FigureMention | null;
}

export interface Comparison {
  disagreements: DisagreementReport[];
  corroborations: CorroborationReport[];
}

export function compareClaims(docs: DocumentAnalysis[], entities: EntityReport[]): Comparison {
  const nameOf = entityNames(entities);
  const bySubject = new Map<string, Located[]>();
  for (const d of docs) {
    for (const claim of d.claims) {
      const located = { doc: d.id, claim, figure: claim.figure >= 0 ? d.figures[claim.figure] : null };
      const subject = canonicalSubject(claim, nameOf);
      const list = bySubject.get(subject);
      if (list) list.push(located);
      else bySubject.set(subject, [located]);
    }
  }
  const disagreements: Omit<DisagreementReport, 'id'>[] = [];
  const corroborations: Omit<CorroborationReport, 'id'>[] = [];
  for (const [subject, claims] of bySubject) {
    if (claims.length < 2) continue;
    const kind = claims[0].claim.kind;
    if (kind === 'figure') compareFigures(subject, claims, byParticipants(claims, nameOf), disagreements, corroborations);
    else if (kind === 'status') compareStatuses(subject, claims, disagreements);
    else if (kind === 'role') compareRoles(claims, nameOf, disagreements);
    else if (kind === 'quote') compareQuotes(subject, claims, disagreements);
  }
  return {
    disagreements: disagreements.map((d, i) => ({ id: `d${i + 1}`, ...d })),
    corroborations: corroborations.map((c, i) => ({ id: `c${i + 1}`, ...c })),
  };
}

/**
 * Figures of one kind and subject said of different people or organisations are different
 * figures ("Ruiz played 11 seasons", "Berg coached five seasons"). Claims are grouped by
 * the people and organisations their sentences name, joined when they share one; a claim that
 * names nobody belongs to every group, as does every claim when none names anybody.
 */
const MEASURE_NOUNS = /\b(miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|yards?|inch(?:es)?|centimet(?:er|re)s?|acres?|hectares?|square|nautical|kilograms?|kg|pounds|tons?|tonnes?|degrees?|storeys?|stories|floors?)\b/i;

/**
 * Tallies of games, seasons, times: "the last 10 games", "four seasons as director", "won 40
 * games" count something different in almost every sentence. Two of them are the same figure
 * only with the verb that says which ("won", "missed") and someone they are said of.
 */
const TALLY_NOUNS = /^(games?|seasons?|matches|match|times|starts|appearances|wins|losses|points|goals|runs|innings|races|titles|trips|visits|years|months|weeks|days|hours|minutes)$/i;

function byParticipants(claims: Located[], nameOf: (key: string) => string): Located[][] {
  const first = claims[0];
  const tally = !!first.figure && TALLY_NOUNS.test(first.figure.unit ?? first.figure.about ?? '');
  if (tally && first.claim.subject.split('|').length < 4) return [];
  const named = claims.filter((c) => c.claim.participants?.length);
  // A distance or a size says where or how big something is, a tally how often; said of nobody
  // in particular ("15 miles north of the city", "won 40 games") it is no claim two sources
  // can dispute.
  const measure = tally || MEASURE_NOUNS.test(claims[0].figure?.about ?? '');
  const anonymous = measure ? [] : claims.filter((c) => !c.claim.participants?.length);
  if (!named.length) return measure ? [] : [claims];
  const parent = named.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWith = new Map<string, number>();
  named.forEach((c, i) => {
    for (const p of c.claim.participants!) {
      const who = nameOf(p);
      const j = firstWith.get(who);
      if (j === undefined) firstWith.set(who, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Located[]>();
  named.forEach((c, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(c);
    else groups.set(r, [c]);
  });
  return [...groups.values()].map((g) => [...g, ...anonymous]);
}

function entityNames(entities: EntityReport[]): (key: string) => string {
  const map = new Map<string, string>();
  for (const e of entities) for (const a of e.aliases) map.set(a.toLowerCase().replace(/\./g, ''), e.name);
  return (key) => map.get(key) ?? key;
}

/** Claims about one thing named two ways ("Okafor", "Maria Okafor") share the linked entity's name. */
function canonicalSubject(claim: Claim, nameOf: (key: string) => string): string {
  if (claim.kind !== 'status' && claim.kind !== 'quote') return claim.subject;
  const bar = claim.subject.indexOf('|');
  return `${claim.subject.slice(0, bar)}|${nameOf(claim.subject.slice(bar + 1))}`;
}

function toClaim(l: Located): ClaimReport {
  return { doc: l.doc, start: l.claim.start, end: l.claim.end, text: l.claim.text, value: l.claim.value, date: l.claim.date };
}

/** The values a figure allows, given its qualifier and the precision it is written with. */
export function figureInterval(f: FigureMention): [number, number] | null {
  if (typeof f.value !== 'number') return null;
  const v = f.value;
  // "88-72" or "2008-09" written as a range but falling: a score, a record or a season, not a range.
  if (f.range) return f.range[0] <= f.range[1] ? [f.range[0], f.range[1]] : null;
  // A round number is as precise as its last significant digit: "$17 billion" is 16.5-17.5.
  const tolerance = Math.max(Math.abs(v) * 0.005, roundingStep(f.text, v) / 2);
  switch (f.qualifier) {
    case 'about': return [v - Math.max(tolerance, Math.abs(v) * 0.1), v + Math.max(tolerance, Math.abs(v) * 0.1)];
    case 'at-least': return [v - tolerance, Infinity];
    case 'at-most': return [-Infinity, v + tolerance];
    default: return [v - tolerance, v + tolerance];
  }
}

function roundingStep(text: string, value: number): number {
  const digits = /(\d+(?:\.(\d+))?)/.exec(text);
  if (!digits) return Math.abs(value) * 0.05;
  const shown = Number(digits[1]);
  const decimals = digits[2]?.length ?? 0;
  const scale = shown === 0 ? 1 : Math.abs(value) / shown;
  return Math.pow(10, -decimals) * scale;
}

function compareFigures(
  subject: string, claims: Located[], parts: Located[][], out: Omit<DisagreementReport, 'id'>[], agree: Omit<CorroborationReport, 'id'>[],
): void {
  const about = claims.find((c) => c.figure?.about)?.figure?.about ?? subject.split('|').slice(1).join(' ');
  if (!subject.split('|')[2]) return; // nothing says what these measure: not comparable
  const found = new Set<Located>();
  for (const part of parts) for (const group of periodGroups(part)) for (const c of conflictsIn(group)) found.add(c);
  const conflicting = claims.filter((c) => found.has(c));
  // Two sources that share a compatible value are telling of several quantities, not disagreeing:
  // "12 magazines" and "31 magazines" in one article, "12 magazines" in the next. Keep a claim
  // only if some other source has no value compatible with any of its source's values.
  const ivsByDoc = new Map<string, [number, number][]>();
  for (const c of claims) {
    const iv = c.figure ? figureInterval(c.figure) : null;
    if (!iv) continue;
    const list = ivsByDoc.get(c.doc);
    if (list) list.push(iv);
    else ivsByDoc.set(c.doc, [iv]);
  }
  const overlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
  const shareAValue = (x: string, y: string) => ivsByDoc.get(x)!.some((a) => ivsByDoc.get(y)!.some((b) => overlap(a, b)));
  const conflictingDocs = new Set(conflicting.map((c) => c.doc));
  const opposed = (doc: string) => [...conflictingDocs].some((other) => other !== doc && !shareAValue(doc, other));
  for (let i = conflicting.length - 1; i >= 0; i--) if (!opposed(conflicting[i].doc)) conflicting.splice(i, 1);
  if (new Set(conflicting.map((c) => c.doc)).size >= 2) {
    const shown = conflicting.slice(0, MAX_IN_MESSAGE);
    out.push({
      kind: 'figure', about, severity: conflicting.some((c) => c.claim.hedged) ? 'information' : 'warning',
      message: `Sources give different figures for ${about}: ${shown.map((c) => `"${c.claim.text}" (${c.doc})`).join(' vs ')}${conflicting.length > shown.length ? ` and ${conflicting.length - shown.length} more` : ''}.`,
      claims: conflicting.map(toClaim),
    });
    return;
  }
  const docs = new Set(claims.map((c) => c.doc));
  if (docs.size >= 2) agree.push({ about, claims: claims.map(toClaim) });
}

const MAX_IN_MESSAGE = 6;

/**
 * Figures about different periods are not in conflict: they are compared within each period;
 * a figure that names no period is about the story's present and joins every period's group.
 */
function periodGroups(claims: Located[]): { c: Located; iv: [number, number] }[][] {
  const byPeriod = new Map<string, { c: Located; iv: [number, number] }[]>();
  for (const c of claims) {
    const iv = c.figure ? figureInterval(c.figure) : null;
    if (!iv) continue;
    const k = c.claim.date ?? '';
    const list = byPeriod.get(k);
    if (list) list.push({ c, iv });
    else byPeriod.set(k, [{ c, iv }]);
  }
  const undated = byPeriod.get('') ?? [];
  return byPeriod.size > 1 ? [...byPeriod].filter(([k]) => k !== '').map(([, g]) => [...g, ...undated]) : [...byPeriod.values()];
}

/**
 * The claims whose interval is disjoint from another claim's, in O(n): a claim conflicts when
 * its upper end is below the largest lower end among the others, or its lower end above the
 * smallest upper end among the others.
 */
function conflictsIn(group: { c: Located; iv: [number, number] }[]): Located[] {
  if (group.length < 2) return [];
  let lo1 = -Infinity, lo2 = -Infinity, hi1 = Infinity, hi2 = Infinity;
  let lo1At = -1, hi1At = -1;
  group.forEach(({ iv }, i) => {
    if (iv[0] > lo1) { lo2 = lo1; lo1 = iv[0]; lo1At = i; } else if (iv[0] > lo2) lo2 = iv[0];
    if (iv[1] < hi1) { hi2 = hi1; hi1 = iv[1]; hi1At = i; } else if (iv[1] < hi2) hi2 = iv[1];
  });
  return group.filter(({ iv }, i) => iv[1] < (i === lo1At ? lo2 : lo1) || iv[0] > (i === hi1At ? hi2 : hi1)).map((x) => x.c);
}

function compareStatuses(subject: string, claims: Located[], out: Omit<DisagreementReport, 'id'>[]): void {
  const open = claims.filter((c) => OPEN_STATUSES.has(c.claim.value));
  const closed = claims.filter((c) => !OPEN_STATUSES.has(c.claim.value));
  if (!open.length || !closed.length) return;
  const thing = subject.slice('status|'.length);
  const ordered = [...closed, ...open];
  const when = (c: Located) => (c.claim.date ? ` (${c.claim.date})` : '');
  out.push({
    kind: 'status', about: `status of ${thing}`, severity: 'information',
    message: `Status of ${thing} changed over time: ${closed[0].claim.value}${when(closed[0])} in ${closed[0].doc}, then ${open[0].claim.value}${when(open[0])} in ${open[0].doc}. A change, not a contradiction.`,
    claims: ordered.map(toClaim),
  });
}

function compareRoles(claims: Located[], nameOf: (k: string) => string, out: Omit<DisagreementReport, 'id'>[]): void {
  const byPerson = new Map<string, Located[]>();
  for (const c of claims) {
    const person = nameOf(c.claim.value.split('|')[0]);
    const list = byPerson.get(person);
    if (list) list.push(c);
    else byPerson.set(person, [c]);
  }
  const conflicted = [...byPerson.entries()].filter(([, list]) => {
    const former = list.some((c) => c.claim.value.includes('|former'));
    const current = list.some((c) => c.claim.value.includes('|in office'));
    return former && current;
  });
  if (!conflicted.length) return;
  const names = conflicted.map(([p]) => p);
  const incumbents = [...byPerson.keys()].filter((p) => byPerson.get(p)!.some((c) => c.claim.value.includes('|in office')));
  out.push({
    kind: 'role', about: 'who holds office at the time of writing', severity: 'warning',
    message: `Sources disagree on who is in office: ${names.join(', ')} is described both as a former office-holder and as in office` +
      (incumbents.length > 1 ? `; ${incumbents.join(' and ')} are each described as in office.` : '.'),
    claims: claims.map((c) => ({ ...toClaim(c), value: readableRole(c.claim.value, nameOf) })),
  });
}

function readableRole(value: string, nameOf: (k: string) => string): string {
  const [person, role, current] = value.split('|');
  return `${nameOf(person)}: ${role}${current ? ' (current)' : ''}`;
}

function compareQuotes(subject: string, claims: Located[], out: Omit<DisagreementReport, 'id'>[]): void {
  const words = new Set(claims.map((c) => c.claim.value));
  const docs = new Set(claims.map((c) => c.doc));
  if (words.size < 2 || docs.size < 2) return;
  const speaker = subject.slice('quote|'.length);
  const firstOfEach = [...words].map((w) => claims.find((c) => c.claim.value === w)!);
  out.push({
    kind: 'quote', about: `the word ${speaker} used`, severity: 'information',
    message: `${speaker} is quoted with different words: ${firstOfEach.map((c) => `"${c.claim.text}" (${c.doc})`).join(' vs ')}. Perhaps two occasions; check the original.`,
    claims: claims.map(toClaim),
  });
}
