// What both integration runners share: finding (or installing) Debian's Chromium, a free
// port, and driving a workbench page until the test run reports its exit code. The suite
// asks for screenshots by logging `[screenshot] name`: what is drawn can only be photographed
// while the tests run (the workbench closes the extension host before it exits).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

// The workbench's own chatter (features that look for accounts or models online); shown with CROSSCHECK_TEST_VERBOSE=1.
const WORKBENCH_NOISE = /^\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate)\]|^Ignoring fetching additional builtin extensions/;
const VERBOSE = process.env.CROSSCHECK_TEST_VERBOSE === '1';

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((p) => p && existsSync(p));
}

/**
 * apt-get, waiting for the package lock: on a fresh machine `npm test` installs Chromium for
 * the web suite while the Node-host suite's preparation installs its headers, and two apt-gets
 * at once fail on dpkg's lock. apt waits for the dpkg lock itself (DPkg::Lock::Timeout); the
 * lists lock of `update` it does not, so a failed call is retried for a while.
 */
function apt(args) {
  const options = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], options);
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      console.log(`integration: apt-get ${args[0]} failed (another apt-get holding the lock?); trying again in 10 s`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
    }
  }
}

export function aptInstall(packages, why) {
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`integration: ${why}; installing ${packages.join(' ')} with apt-get`);
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', ...packages]);
  return true;
}

export function ensureChromium() {
  let chrome = findChromium();
  if (chrome) return chrome;
  if (aptInstall(['chromium'], 'no Chromium found')) chrome = findChromium();
  if (chrome) return chrome;
  console.error('integration: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.');
  process.exit(1);
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/**
 * Opens `url` in headless Chromium and resolves with the test run's exit code (1 on timeout).
 * Screenshots go to `artifacts`, named `<prefix>-<name>.png`.
 */
export async function driveWorkbench({ url, artifacts, prefix, timeoutMs }) {
  const chrome = ensureChromium();
  const { chromium } = require('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    viewport: { width: 1400, height: 900 },
  });
  mkdirSync(artifacts, { recursive: true });
  let finish;
  const done = new Promise((res) => { finish = res; });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.exposeFunction('codeAutomationLog', async (type, args) => {
    const shot = typeof args?.[0] === 'string' && /^\[screenshot\] ([\w-]+)/.exec(args[0]);
    if (shot) {
      await page.screenshot({ path: join(artifacts, `${prefix}-${shot[1]}.png`) }).catch(() => {});
      return;
    }
    if (!VERBOSE && typeof args?.[0] === 'string' && WORKBENCH_NOISE.test(args[0])) return;
    (console[type] ?? console.log)(...args);
  });
  await page.exposeFunction('codeAutomationExit', async (code) => {
    await page.screenshot({ path: join(artifacts, `${prefix}-end.png`) }).catch(() => {});
    finish(code);
  });
  const timer = setTimeout(async () => {
    console.error(`integration: the workbench did not finish within ${timeoutMs / 1000} s`);
    await page.screenshot({ path: join(artifacts, `${prefix}-timeout.png`) }).catch(() => {});
    finish(1);
  }, timeoutMs);
  await page.goto(url);
  const code = await done;
  clearTimeout(timer);
  await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
  return code;
}
