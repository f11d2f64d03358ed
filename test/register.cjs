// Lets mocha load the TypeScript tests and sources directly: each .ts file is transpiled by
// esbuild on require (types are checked separately by `npm run typecheck`).
const { transformSync } = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const gazetteer = path.join(__dirname, '..', 'src/core/generated/countries.json');
if (!fs.existsSync(gazetteer)) {
  throw new Error('src/core/generated/countries.json is missing: run `npm run build` first');
}

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename });
  module._compile(code, filename);
};
