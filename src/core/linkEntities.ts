/**
 * Corpus stage 1: one entity per real-world thing. Mentions are grouped by key (case and
 * dots ignored, "U.K." = "UK"), place spellings by the gazetteer's canonical name, and a lone
 * surname or family name joins the one person in the corpus whose full name contains it
 * (never when two people share it).
 */
import { firstNameSex } from './firstNames';
import { entityKey, lookupPlace } from './gazetteer';
import type { DocumentAnalysis, EntityMention } from './model';
import { FORCE_WORDS, PERSON_TITLES } from './nameLexicon';
import { FIRM_HEADS } from './nameSpans';
import type { DocSpan, EntityReport, EntityType } from './report';

export interface LinkedEntities {
  entities: EntityReport[];
  /** doc id -> mention index -> entity id. */
  entityOf: Map<string, string[]>;
}

interface Cluster {
  key: string;
  mentions: { doc: string; index: number; m: EntityMention }[];
  canonical: string | null;
}

/** Words before a person's name that are not part of it: "Mr", "Constable", "Insp". */
const HONORIFICS = new Set([...PERSON_TITLES, 'const', 'insp', 'det', 'sgt', 'supt', 'cpl', 'pc', 'lt', 'cmdr', 'adm']);

/** A person's key without leading titles ("constable tim fanning" -> "tim fanning"), keeping one word at least. */
function personKey(key: string): string {
  const words = key.split(' ');
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i])) i++;
  return i ? words.slice(i).join(' ') : key;
}

/** "Lindby Police Department", "Lindby Police Service": the town's police, as "Lindby Police" is. */
function forceKey(key: string): string {
  return key.replace(/ police (?:department|dept|service|force)$/, ' police');
}

/** Legal forms after a firm's name: "Kelbyx Inc." is "Kelbyx", "Ostra Co., Ltd" is "Ostra". */
const LEGAL_FORM_TAIL = /(?:,? (?:inc|corp|corporation|co|ltd|limited|plc|llc|gmbh|ag|sa|nv|bv|spa|& co))+$/;

/** An organisation's key: its town's police as one (forceKey), and its name without its legal form. */
function organisationKey(key: string): string {
  const bare = key.replace(LEGAL_FORM_TAIL, '');
  return forceKey(bare.length >= 2 ? bare : key);
}

/** Generational suffixes after a surname: "Anthony Berg III" is a Berg. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A person's surname among the words of their key: the last word that is not a suffix. */
function surname(words: string[]): string {
  let i = words.length - 1;
  while (i > 0 && SUFFIXES.has(words[i])) i--;
  return words[i];
}

export function linkEntities(docs: DocumentAnalysis[]): LinkedEntities {
  const clusters = new Map<string, Cluster>();
  for (const d of docs) {
    d.entities.forEach((m, index) => {
      const place = m.type === 'GPE' ? lookupPlace(m.refersTo ?? m.text) : null;
      const key = place ? `place:${place.canonical.toLowerCase()}` : m.type === 'PERSON' ? personKey(m.key) : m.type === 'ORG' ? organisationKey(m.key) : m.key;
      let c = clusters.get(key);
      if (!c) clusters.set(key, (c = { key, mentions: [], canonical: place ? place.canonical : null }));
      c.mentions.push({ doc: d.id, index, m });
    });
  }

  // "Anna Maria Lind" and "Anna Lind": full names with the same first and last
  // word are one person (a middle name or initial written or not).
  const byFirstLast = new Map<string, Cluster>();
  for (const c of [...clusters.values()]) {
    const words = c.key.split(' ');
    if (words.length < 2 || typeOf(c) !== 'PERSON') continue;
    const fl = `${words[0]} ${surname(words)}`;
    const other = byFirstLast.get(fl);
    if (!other) {
      byFirstLast.set(fl, c);
      continue;
    }
    const [keep, drop] = other.key.length >= c.key.length ? [other, c] : [c, other];
    keep.mentions.push(...drop.mentions);
    clusters.delete(drop.key);
    byFirstLast.set(fl, keep);
  }

  // "Anthony Paul" of "Anthony Paul Kessler": a person's name cut short joins the one
  // longer name it begins.
  const byFirstWord = new Map<string, Cluster[]>();
  for (const c of clusters.values()) {
    if (!c.key.includes(' ') || typeOf(c) !== 'PERSON') continue;
    const first = c.key.slice(0, c.key.indexOf(' '));
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), c]);
  }
  for (const short of [...byFirstWord.values()].flat()) {
    const same = byFirstWord.get(short.key.slice(0, short.key.indexOf(' ')))!;
    const longer = same.filter((c) => c !== short && clusters.has(c.key) && c.key.startsWith(`${short.key} `));
    if (longer.length !== 1) continue;
    longer[0].mentions.push(...short.mentions);
    clusters.delete(short.key);
  }

  // A single name joins the unique multi-word person it belongs to.
  // Index full names by their first and last word (people: "Wei" of "Wei Lin" and
  // "Okafor" of "Maria Okafor"; products: the model code of "Zephyr X200"), so each single
  // name looks its owners up.
  // Organisations: the generic word their name ends with ("Navy" of "Danish Navy").
  const ownersByWord = new Map<string, Cluster[]>();
  for (const p of clusters.values()) {
    const type = typeOf(p);
    const words = p.key.split(' ');
    const last = words[words.length - 1];
    if (!p.key.includes(' ') || (type !== 'PERSON' && type !== 'PRODUCT' && !(type === 'ORG' && FORCE_WORDS.has(last)))) continue;
    for (const w of new Set(type === 'PERSON' ? [words[0], surname(words)] : [last])) {
      const list = ownersByWord.get(w);
      if (list) list.push(p);
      else ownersByWord.set(w, [p]);
    }
  }
  // Firms by the first word of a name that ends in a firm's word ("ostrafy" of "Ostrafy Labs"):
  // the short name an article uses, which the tagger may read as a person's.
  const firmsByFirstWord = new Map<string, Cluster[]>();
  for (const p of clusters.values()) {
    const words = p.key.split(' ');
    if (words.length !== 2 || typeOf(p) !== 'ORG' || !FIRM_HEADS.has(words[1].replace(/\.$/, ''))) continue;
    firmsByFirstWord.set(words[0], [...(firmsByFirstWord.get(words[0]) ?? []), p]);
  }
  for (const c of [...clusters.values()]) {
    if (c.key.includes(' ') || c.key.startsWith('place:')) continue;
    const t = typeOf(c);
    if (t !== 'PERSON' && t !== 'MISC' && t !== 'ORG' && t !== 'PRODUCT') continue;
    const owners = (ownersByWord.get(c.key) ?? []).filter((o) => (t === 'PRODUCT') === (typeOf(o) === 'PRODUCT'));
    // A one-word name no person of the corpus bears, and one firm's short name: the firm.
    const firms = t !== 'PRODUCT' && owners.length === 0 && !firstNameSex(c.mentions[0].m.text) ? firmsByFirstWord.get(c.key) ?? [] : [];
    const owner = owners.length === 1 ? owners[0] : (t === 'ORG' ? dominantOwner(owners) : undefined) ?? (firms.length === 1 ? firms[0] : undefined);
    if (!owner) continue;
    owner.mentions.push(...c.mentions);
    clusters.delete(c.key);
  }

  joinAcronymsToInitials(clusters);
  dropNationalityAdjectives(docs, clusters);
  const extra = findUnseenMentions(docs, clusters);

  const docOrder = new Map(docs.map((d, i) => [d.id, i]));
  const ordered = [...clusters.values()]
    .map((c) => ({ c, first: firstPosition(c, docOrder) }))
    .sort((a, b) => a.first - b.first)
    .map((x) => x.c);

  const entityOf = new Map<string, string[]>();
  for (const d of docs) entityOf.set(d.id, new Array<string>(d.entities.length));
  const entities: EntityReport[] = [];
  ordered.forEach((c, i) => {
    const id = `e${i + 1}`;
    let type = typeOf(c);
    if (type === 'MISC' && !c.key.includes(' ')) type = 'ORG'; // unknown single names in news are mostly organisations
    const surfaces = new Map<string, number>();
    for (const { m } of c.mentions) surfaces.set(m.text, (surfaces.get(m.text) ?? 0) + 1);
    const aliases = [...surfaces.keys()].sort((a, b) => b.length - a.length || (surfaces.get(b)! - surfaces.get(a)!));
    // A person's name is written without the title some mentions carry ("Constable Tim Fanning").
    const untitled = type === 'PERSON' ? aliases.filter((a) => personKey(entityKey(a)) === entityKey(a)) : aliases;
    const name = c.canonical ?? longestFullForm(untitled.length ? untitled : aliases);
    const mentions: DocSpan[] = [...c.mentions.map(({ doc, m }) => ({ doc, start: m.start, end: m.end, text: m.text })), ...(extra.get(c) ?? [])]
      .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
    for (const { doc, index } of c.mentions) entityOf.get(doc)![index] = id;
    entities.push({ id, name, type, aliases, mentions });
  });
  return { entities, entityOf };
}

/**
 * "the Navy" in a story about one navy that names others in passing: the force named at least
 * twice as often as all the others together. People are never joined so: two people
 * who share a surname stay apart.
 */
function dominantOwner(owners: Cluster[]): Cluster | undefined {
  if (owners.length < 2) return undefined;
  const sorted = [...owners].sort((a, b) => b.mentions.length - a.mentions.length);
  const rest = sorted.slice(1).reduce((n, o) => n + o.mentions.length, 0);
  return sorted[0].mentions.length >= 2 * rest ? sorted[0] : undefined;
}

/** Words an acronym leaves out: "Organisation of (the) Petroleum Exporting Countries" is OPEC. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&']);

/**
 * "NYPD" and "New York Police Department", "EU" and "European Union": an acronym in capitals
 * joins the one organisation of the corpus whose initials it spells, where no article spelt it out.
 */
function joinAcronymsToInitials(clusters: Map<string, Cluster>): void {
  const byInitials = new Map<string, Cluster[]>();
  for (const c of clusters.values()) {
    if (!c.key.includes(' ') || typeOf(c) !== 'ORG') continue;
    const initials = c.key.split(' ').filter((w) => !ACRONYM_SKIPS.has(w)).map((w) => w[0]).join('');
    if (initials.length < 2) continue;
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), c]);
  }
  for (const c of [...clusters.values()]) {
    if (c.key.includes(' ') || (typeOf(c) !== 'ORG' && typeOf(c) !== 'MISC') || !c.mentions.every(({ m }) => /^[A-Z]{2,6}$/.test(m.text))) continue;
    const full = byInitials.get(c.key);
    if (full?.length !== 1) continue;
    full[0].mentions.push(...c.mentions);
    clusters.delete(c.key);
  }
}

/**
 * "Chinese chips", "the American market": a nationality written only as an adjective is an
 * attribute of what follows, not a group the story is about; the entity is kept when some
 * mention names the people ("Americans", "the Chinese said"). The mentions stay in their
 * documents for typing and cues; the report leaves them out.
 */
function dropNationalityAdjectives(docs: DocumentAnalysis[], clusters: Map<string, Cluster>): void {
  const textOf = new Map(docs.map((d) => [d.id, d.text]));
  for (const [key, c] of clusters) {
    if (typeOf(c) !== 'NORP') continue;
    const adjective = c.mentions.every(({ doc, m }) => !/s$/i.test(m.text) && /^ [A-Za-z]/.test(textOf.get(doc)!.slice(m.end, m.end + 2)));
    if (adjective) clusters.delete(key);
  }
}

const NAME_RUN = /[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*)*/g;

/**
 * Mentions the per-document tagger missed but another document established: a name found as
 * an entity anywhere in the corpus is that entity wherever else it is written the same way
 * (outside page furniture and other mentions). Names shared by two entities are left alone.
 */
/**
 * The form of `raw` a map knows: as written ("U.K."), without a possessive ("Acme's"), or
 * without trailing punctuation ("Acme,"); null for none.
 */
function knownForm<T>(raw: string, known: Map<string, T | null>): string | null {
  if (known.get(raw)) return raw;
  const last = raw.charCodeAt(raw.length - 1);
  // The other forms differ only after "s" or punctuation.
  if (last >= 65 && last !== 115 && (last <= 90 || last >= 97) && last < 128) return null;
  const bare = raw.replace(/['’]s$/, '');
  if (bare !== raw && known.get(bare)) return bare;
  const trimmed = raw.replace(/[.,;:'’-]+$/, '');
  return trimmed !== raw && known.get(trimmed) ? trimmed : null;
}

function findUnseenMentions(docs: DocumentAnalysis[], clusters: Map<string, Cluster>): Map<Cluster, DocSpan[]> {
  const byText = new Map<string, Cluster | null>();
  for (const c of clusters.values()) {
    for (const { m } of c.mentions) {
      if (m.text.length < 3 || !/^[A-Z]/.test(m.text)) continue;
      const seen = byText.get(m.text);
      byText.set(m.text, seen === undefined || seen === c ? c : null);
    }
  }
  const firstWords = new Map<string, true>();
  for (const [text, c] of byText) if (c) firstWords.set(text.split(' ')[0], true);
  const out = new Map<Cluster, DocSpan[]>();
  for (const d of docs) {
    const taken = [...d.entities, ...d.boilerplate].sort((a, b) => a.start - b.start);
    const isTaken = (start: number, end: number): boolean => {
      // The last span starting before `end` is the only one that can overlap [start, end) among sorted, disjoint-ish spans.
      let lo = 0;
      let hi = taken.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (taken[mid].start < end) lo = mid + 1;
        else hi = mid - 1;
      }
      for (let k = hi; k >= 0 && k >= hi - 3; k--) if (taken[k].end > start) return true;
      return false;
    };
    NAME_RUN.lastIndex = 0;
    for (let m = NAME_RUN.exec(d.text); m; m = NAME_RUN.exec(d.text)) {
      const words: { start: number; end: number }[] = [];
      for (const w of m[0].matchAll(/\S+/g)) words.push({ start: m.index + w.index!, end: m.index + w.index! + w[0].length });
      for (let i = 0; i < words.length; i++) {
        // Only a word that begins some known name can begin a mention of one.
        if (!knownForm(d.text.slice(words[i].start, words[i].end), firstWords)) continue;
        for (let j = words.length - 1; j >= i; j--) {
          const start = words[i].start;
          const text = knownForm(d.text.slice(start, words[j].end), byText) ?? '';
          const end = start + text.length;
          const c = byText.get(text);
          if (!c || isTaken(start, end)) continue;
          const list = out.get(c) ?? [];
          list.push({ doc: d.id, start, end, text });
          out.set(c, list);
          i = j;
          break;
        }
      }
    }
  }
  return out;
}

function typeOf(c: Cluster): EntityType {
  const votes = new Map<EntityType, number>();
  for (const { m } of c.mentions) if (m.type !== 'MISC') votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  let best: EntityType = 'MISC';
  let n = 0;
  for (const [t, v] of votes) if (v > n) { best = t; n = v; }
  return best;
}

/** The longest alias, written as its most common capitalisation ("Acme" over "ACME" when tied on length). */
function longestFullForm(aliases: string[]): string {
  const longest = aliases[0];
  const mixed = aliases.find((a) => a.length === longest.length && a !== a.toUpperCase());
  return mixed ?? longest;
}

function firstPosition(c: Cluster, order: Map<string, number>): number {
  let best = Infinity;
  for (const { doc, m } of c.mentions) best = Math.min(best, order.get(doc)! * 1e9 + m.start);
  return best;
}
