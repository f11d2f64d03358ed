/**
 * Stage 5b: claims, what a source asserts, in a form the corpus stage can compare:
 * figures with what they measure, statuses (banned / resumed) of a named thing, roles
 * (former or current holder of an office) and the word a speaker is quoted using.
 */
import { wordTable } from './wordTable';
import { tokenAt } from './tokenAt';
import type { Claim, DocumentWork, EntityMention, FigureMention } from './model';

const STATUS_LEMMAS = wordTable<string>({
  ban: 'banned', prohibit: 'banned', bar: 'banned', block: 'banned', embargo: 'banned',
  restrict: 'restricted', restriction: 'restricted', curb: 'restricted', control: 'restricted',
  resume: 'resumed', restart: 'resumed', resumption: 'resumed', lift: 'resumed', lifting: 'resumed',
  allow: 'allowed', approve: 'allowed', permit: 'allowed', ease: 'eased',
});
/** Statuses that say a thing may be done, as opposed to those that say it may not. */
export const OPEN_STATUSES = new Set(['resumed', 'allowed', 'eased']);

const OFFICE_TITLES = /^(president|prime|premier|chancellor|governor|mayor|ceo|chairman|chief|minister|king|queen)$/;
const CHARACTERISING_VERBS = /^(call|describe|label|term|brand|dub|characterize|characterise)$/;

export function findClaims(work: DocumentWork, hedgedSentences: Set<number>): Claim[] {
  const claims: Claim[] = [];
  const periods = sentencePeriods(work);
  const whoBySentence = new Map<number, string[]>();
  for (const e of work.entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    if (isAttribution(work, e)) continue; // who says it is the source, not whose figure it is
    const list = whoBySentence.get(e.sentence);
    if (!list) whoBySentence.set(e.sentence, [e.key]);
    else if (!list.includes(e.key)) list.push(e.key);
  }
  for (let i = 0; i < work.figures.length; i++) {
    const f = work.figures[i];
    if (f.kind !== 'money' && f.kind !== 'percent' && f.kind !== 'count') continue;
    claims.push({
      start: f.start, end: f.end, text: f.text, kind: 'figure',
      subject: `${f.kind}|${f.unit ?? ''}|${aboutKey(f.about)}${f.kind === 'count' ? countVerb(work, f) : ''}`,
      value: String(f.value), date: periodOf(f, periods.get(f.sentence) ?? null), figure: i, hedged: hedgedSentences.has(f.sentence),
      participants: whoBySentence.get(f.sentence) ?? [],
    });
  }
  findStatusClaims(work, hedgedSentences, claims);
  findRoleClaims(work, hedgedSentences, claims);
  findQuoteClaims(work, hedgedSentences, claims);
  return claims;
}

export const SAY_LEMMAS = new Set(['say', 'tell', 'report', 'announce', 'state', 'estimate', 'confirm', 'add']);

/** "X said", "X told reporters", "according to X", "X's spokesman said": X is the source of the sentence. */
export function isAttribution(work: DocumentWork, e: { start: number; end: number }): boolean {
  const { tokens } = work;
  const first = tokenAt(work, e.start);
  const last = tokenAt(work, Math.max(e.start, e.end - 1));
  if (first < 0 || last < 0) return false;
  const before = /^(the|a|an)$/.test(tokens.normal[first - 1] ?? '') ? first - 1 : first;
  if (tokens.normal[before - 1] === 'to' && tokens.normal[before - 2] === 'according') return true;
  for (let t = last + 1; t <= Math.min(last + 3, tokens.count - 1); t++) {
    if (tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX') return SAY_LEMMAS.has(tokens.lemma[t]);
  }
  return false;
}

const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'tell', 'get', 'make', 'include', 'accord']);

/**
 * What a count is the count of: the verb it goes with ("killed 120 people", "120 people were
 * killed", "suspended for 10 games"), so that "45 people killed" and "300 people injured", or
 * games won and games suspended, are not taken for one figure. Empty when no verb is near.
 */
function countVerb(work: DocumentWork, f: FigureMention): string {
  const { tokens } = work;
  const sent = work.sentences[f.sentence];
  const first = tokenAt(work, f.start);
  const last = tokenAt(work, Math.max(f.start, f.end - 1));
  if (first < 0 || last < 0) return '';
  const verbAt = (t: number) => tokens.pos[t] === 'VERB' && !LIGHT_VERBS.has(tokens.lemma[t]) ? tokens.lemma[t] : null;
  for (let t = last + 1; t <= Math.min(sent.lastToken, last + 3); t++) {
    // "won 40 games and took ...": the verb after "and" is another clause's.
    if (tokens.pos[t] === 'PUNCT' || tokens.pos[t] === 'CCONJ') break;
    const v = verbAt(t);
    if (v) return `|${v}`;
  }
  for (let t = first - 1; t >= Math.max(sent.firstToken, first - 5); t--) {
    if (tokens.pos[t] === 'PUNCT') break;
    const v = verbAt(t);
    if (v) return `|${v}`;
  }
  return '';
}

/** The head words of an `about` phrase, stopwords and determiners dropped, for comparison. */
export function aboutKey(about: string | null): string {
  if (!about) return '';
  return about
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !/^(the|its|his|her|their|this|that|these|those|and|for|with|from)$/.test(w))
    .join(' ');
}

/**
 * The period a figure is compared within. A count's day ("killed 120 people on Monday") says
 * when it was told, not a span it covers: counts of one story on different days are compared.
 */
function periodOf(f: FigureMention, period: string | null): string | null {
  if (f.kind === 'count' && period && /^\d{4}-\d{2}-\d{2}$/.test(period)) return null;
  return period;
}

/** Per sentence, the period it ties its figures to ("in the previous quarter", "in 1998"): its first date or duration. */
function sentencePeriods(work: DocumentWork): Map<number, string> {
  const periods = new Map<number, string>();
  for (const f of work.figures) {
    if ((f.kind === 'date' || f.kind === 'duration') && !periods.has(f.sentence)) {
      periods.set(f.sentence, f.value === null ? f.text.toLowerCase() : String(f.value));
    }
  }
  return periods;
}

function findStatusClaims(work: DocumentWork, hedged: Set<number>, out: Claim[]): void {
  const { tokens, text } = work;
  // Each named product takes its status from the nearest status word before it in its clause:
  // in "despite the resumption of sales, restrictions on X remain", X is restricted.
  for (const thing of work.entities) {
    if (thing.type !== 'PRODUCT') continue;
    const sent = work.sentences[thing.sentence];
    let trigger = -1;
    for (let t = tokenAt(work, thing.start) - 1; t >= sent.firstToken; t--) {
      if (tokens.value[t] === ',' || tokens.value[t] === ';' || thing.start - tokens.end[t] > 80) break;
      if (work.boilerplateToken[t] || (tokens.pos[t] !== 'VERB' && tokens.pos[t] !== 'NOUN')) continue;
      if (statusWord(work, t)) {
        trigger = t;
        break;
      }
    }
    if (trigger < 0) continue;
    const status = statusWord(work, trigger)!;
    const start = tokens.start[trigger];
    out.push({
      start, end: thing.end, text: text.slice(start, thing.end), kind: 'status', subject: `status|${thing.key}`,
      value: status, date: dateInSentence(work, thing.sentence), figure: -1, hedged: hedged.has(thing.sentence),
    });
  }
}

function statusWord(work: DocumentWork, t: number): string | undefined {
  return STATUS_LEMMAS[work.tokens.lemma[t]] ?? STATUS_LEMMAS[work.tokens.normal[t]];
}

function findRoleClaims(work: DocumentWork, hedged: Set<number>, out: Claim[]): void {
  const { tokens, text } = work;
  for (const e of work.entities) {
    // A lone surname is typed only at corpus level; "the <Name> administration" still names a person.
    if (e.type !== 'PERSON' && !(e.type === 'MISC' && !e.key.includes(' '))) continue;
    const first = tokenAt(work, e.start);
    if (first < 0) continue;
    const before = (k: number) => (first - k >= 0 && tokens.sentence[first - k] === e.sentence ? tokens.normal[first - k] : '');
    const prev = before(1);
    const prev2 = before(2);
    const after = tokenAt(work, e.end - 1) + 1;
    const nextWord = after < tokens.count ? tokens.normal[after] : '';
    const next2 = after + 2 < tokens.count ? tokens.normal[after + 2] : '';
    let role: string | null = null;
    let start = e.start;
    if (/^ex-/.test(prev) && OFFICE_TITLES.test(prev.slice(3))) {
      role = `former ${prev.slice(3)}`;
      start = tokens.start[first - 1];
    } else if (OFFICE_TITLES.test(prev) && /^(former|ex|late)$/.test(prev2)) {
      role = `former ${prev}`;
      start = tokens.start[first - 2];
    } else if (nextWord === 'administration' || (/^['’]s$/.test(nextWord) && next2 === 'administration')) {
      role = 'in office';
    } else if (prev === 'under' && /\b(administration|government|presidency|leadership)\b|U\.?S\.?/i.test(text.slice(work.sentences[e.sentence].start, e.start))) {
      role = 'in office';
      start = tokens.start[first - 1];
    }
    if (!role) continue;
    const current = /\bcurrent\b/i.test(text.slice(Math.max(work.sentences[e.sentence].start, e.start - 60), e.start));
    out.push({
      start, end: e.end + (nextWord === 'administration' ? text.slice(e.end).indexOf('administration') + 14 : 0),
      text: '', kind: 'role', subject: `role|head of government`, value: `${e.key}|${role}${current ? '|current' : ''}`,
      date: null, figure: -1, hedged: hedged.has(e.sentence),
    });
    const c = out[out.length - 1];
    c.text = text.slice(c.start, c.end);
  }
}

function findQuoteClaims(work: DocumentWork, hedged: Set<number>, out: Claim[]): void {
  const { tokens, text } = work;
  const quote = /["“'‘]([A-Za-z][A-Za-z -]{1,30}?)[.,!?]?["”'’]/g;
  for (const sent of work.sentences) {
    if (work.boilerplateToken[sent.firstToken]) continue;
    const s = tokens.sentence[sent.firstToken];
    let verb = -1;
    for (let t = sent.firstToken; t <= sent.lastToken; t++) {
      if (tokens.pos[t] === 'VERB' && CHARACTERISING_VERBS.test(tokens.lemma[t])) verb = t;
    }
    if (verb < 0) continue;
    const speaker = speakerOf(work, s);
    if (!speaker) continue;
    const body = text.slice(tokens.end[verb], sent.end);
    quote.lastIndex = 0;
    const m = quote.exec(body);
    if (!m || m[1].split(/\s+/).length > 3) continue;
    const start = tokens.end[verb] + m.index + m[0].indexOf(m[1]);
    out.push({
      start, end: start + m[1].length, text: m[1], kind: 'quote', subject: `quote|${speaker.key}`,
      value: m[1].toLowerCase(), date: null, figure: -1, hedged: hedged.has(s),
    });
  }
}

function speakerOf(work: DocumentWork, s: number): EntityMention | null {
  const here = work.entities.find((e) => e.sentence === s && e.type === 'PERSON');
  if (here) return here;
  for (let i = work.entities.length - 1; i >= 0; i--) {
    const e = work.entities[i];
    if (e.sentence < s && e.type === 'PERSON') return e;
  }
  return null;
}

function dateInSentence(work: DocumentWork, s: number): string | null {
  const f = work.figures.find((x) => x.sentence === s && x.kind === 'date' && typeof x.value === 'string');
  return f ? String(f.value) : null;
}

