/**
 * Place names from a registry gazetteer (world-countries, compacted at build time by
 * scripts/gazetteer.mjs): countries with their alternative spellings and codes, capitals,
 * and demonyms. Keys are entity keys (see entityKey).
 */
import countries from './generated/countries.json';

interface CountryRow {
  name: string;
  aliases: string[];
  codes: string[];
  capitals: string[];
  demonyms: string[];
}

export interface PlaceInfo {
  type: 'GPE' | 'NORP';
  /** Canonical name: the country for its spellings, the city for a capital. */
  canonical: string;
  /** For a capital, the country it governs (for metonymy). */
  country: string | null;
}

let index: Map<string, PlaceInfo> | null = null;

/** Lower-case, no dots, no leading "the", single spaces: "U.K." and "UK" share a key. */
export function entityKey(surface: string): string {
  return surface
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function build(): Map<string, PlaceInfo> {
  const map = new Map<string, PlaceInfo>();
  const put = (surface: string, info: PlaceInfo) => {
    const key = entityKey(surface);
    if (key.length >= 2 && !map.has(key)) map.set(key, info);
  };
  const rows = countries as CountryRow[];
  for (const c of rows) put(c.name, { type: 'GPE', canonical: c.name, country: null });
  for (const c of rows) {
    for (const a of c.aliases) put(a, { type: 'GPE', canonical: c.name, country: null });
    for (const code of c.codes) put(code, { type: 'GPE', canonical: c.name, country: null });
  }
  for (const c of rows) {
    for (const cap of c.capitals) {
      // A capital listed with its district suffix ("... D.C.") is written without it in prose.
      const short = cap.replace(/,?\s+D\.?\s?C\.?$/, '');
      put(short, { type: 'GPE', canonical: short, country: c.name });
      put(cap, { type: 'GPE', canonical: short, country: c.name });
    }
  }
  for (const c of rows) {
    for (const d of c.demonyms) {
      put(d, { type: 'NORP', canonical: d, country: c.name });
      // The people: "Americans", "Israelis" ("Chinese" and "British" have no plural form).
      if (/[ni]$/.test(d)) put(`${d}s`, { type: 'NORP', canonical: `${d}s`, country: c.name });
    }
  }
  // Two-letter forms news uses for the largest powers; the package lists them as ISO codes.
  put('US', { type: 'GPE', canonical: 'United States', country: null });
  put('UK', { type: 'GPE', canonical: 'United Kingdom', country: null });
  put('America', { type: 'GPE', canonical: 'United States', country: null });
  put('Britain', { type: 'GPE', canonical: 'United Kingdom', country: null });
  return map;
}

/**
 * Places news names that the package does not list: the English name of a country it lists by
 * its own ("Turkey"), and the nations of the United Kingdom with their peoples. Kept apart from
 * the tagger's gazetteer feature, which its weights were trained on: adding names there changes
 * what it learns (measured: cross-validated ORG -0.010), here only how names are typed and linked.
 */
function addNamesNewsUses(map: Map<string, PlaceInfo>): Map<string, PlaceInfo> {
  const out = new Map(map);
  const put = (surface: string, info: PlaceInfo) => {
    const key = entityKey(surface);
    if (!out.has(key)) out.set(key, info);
  };
  const turkey = (countries as CountryRow[]).find((c) => c.codes.includes('TUR'));
  if (turkey) put('Turkey', { type: 'GPE', canonical: turkey.name, country: null });
  for (const nation of ['England', 'Scotland', 'Wales', 'Northern Ireland']) put(nation, { type: 'GPE', canonical: nation, country: null });
  for (const people of ['English', 'Scottish', 'Scots', 'Welsh']) put(people, { type: 'NORP', canonical: people, country: 'United Kingdom' });
  return out;
}

/** Surfaces already looked up: names repeat within and across articles. */
const bySurface = new Map<string, PlaceInfo | null>();
const byTaggerSurface = new Map<string, PlaceInfo | null>();
const SURFACE_MEMO_LIMIT = 20_000;
let newsIndex: Map<string, PlaceInfo> | null = null;

/** The place a surface names ("U.K.", "the United Kingdom", "Turkey", "Wales"), or null. */
export function lookupPlace(surface: string): PlaceInfo | null {
  let found = bySurface.get(surface);
  if (found !== undefined) return found;
  newsIndex ??= addNamesNewsUses(index ??= build());
  found = newsIndex.get(entityKey(surface)) ?? null;
  if (bySurface.size >= SURFACE_MEMO_LIMIT) bySurface.clear();
  bySurface.set(surface, found);
  return found;
}

/** The same from the package's names alone: the gazetteer feature the tagger's weights were trained on. */
export function lookupTaggerPlace(surface: string): PlaceInfo | null {
  let found = byTaggerSurface.get(surface);
  if (found !== undefined) return found;
  index ??= build();
  found = index.get(entityKey(surface)) ?? null;
  if (byTaggerSurface.size >= SURFACE_MEMO_LIMIT) byTaggerSurface.clear();
  byTaggerSurface.set(surface, found);
  return found;
}
