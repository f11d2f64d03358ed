// One build script for every bundle (as vscode-eslint does): the CLI, the extension for
// VS Code desktop (Node) and for VS Code for the Web (browser worker, no Node built-ins),
// the evaluation and benchmark tools, and the integration test suite for the web host.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { writeBrands, writeFirstNames, writeGazetteer, writeRegions } from './gazetteer.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

writeGazetteer('src/core/generated/countries.json');
writeFirstNames('src/core/generated/first-names.json');
writeRegions('src/core/generated/regions.json');
writeBrands('src/core/generated/brands.json', {
  countriesFile: 'src/core/generated/countries.json', firstNamesFile: 'src/core/generated/first-names.json', regionsFile: 'src/core/generated/regions.json',
});

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

const node = { ...common, platform: 'node', format: 'cjs', target: 'node20' };
const browser = {
  ...common,
  platform: 'browser',
  format: 'cjs',
  mainFields: ['browser', 'module', 'main'],
  external: ['vscode'],
  define: { global: 'globalThis' },
};

const builds = [
  { ...node, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...node, entryPoints: ['src/extension/main.node.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['src/server/main.node.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { ...browser, entryPoints: ['src/extension/main.browser.ts'], outfile: 'dist/web/extension.js' },
  // The web worker of the language server: no `vscode`, no Node built-ins.
  { ...browser, entryPoints: ['src/server/main.browser.ts'], outfile: 'dist/web/server.js', format: 'iife', external: [] },
  { ...node, entryPoints: ['tools/eval.ts'], outfile: 'dist/eval.js' },
  { ...node, entryPoints: ['tools/bench.ts'], outfile: 'dist/bench.js' },
  { ...node, entryPoints: ['tools/trainNer.ts'], outfile: 'dist/trainNer.js' },
  { ...node, entryPoints: ['tools/cvNer.ts'], outfile: 'dist/cvNer.js' },
  {
    ...browser,
    entryPoints: ['test/integration/index.ts'],
    outfile: 'dist/web/test/suite.js',
    inject: ['scripts/process-shim.js'],
  },
  {
    ...node,
    entryPoints: ['test/integration/index.node.ts'],
    outfile: 'dist/test/suite.js',
    external: ['vscode', 'mocha'],
  },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  chmodSync('dist/server.js', 0o755);
}
