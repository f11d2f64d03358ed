// Builds the compact place gazetteer the entity stage reads (countries, their alternative
// spellings, capitals and demonyms) from the registry package world-countries. The package's
// full JSON is 1.4 MB with translations and borders we do not need; this keeps about 40 KB.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
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
