// npm test: every test. Build, type-check, unit tests, the web workbench suite, then the Node
// extension host suite. code-server's one-time install (minutes, mostly native builds) runs in
// the background from the start, so that a fresh machine does not wait for it in sequence.
import { spawn } from 'node:child_process';

function run(cmd, args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (d) => { output += d; });
      child.stderr.on('data', (d) => { output += d; });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output, child }));
    run.children.push(child);
  });
}
run.children = [];

async function step(cmd, args) {
  const { code } = await run(cmd, args);
  if (code !== 0) {
    for (const c of run.children) c.kill();
    process.exit(code);
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
await step(npm, ['run', '-s', 'build']);
const preparing = run(process.execPath, ['scripts/run-node-host-tests.mjs', '--prepare-only'], { quiet: true });
await step(npm, ['run', '-s', 'typecheck']);
await step(npm, ['run', '-s', 'test:unit']);
await step(npm, ['run', '-s', 'test:web']);
const prepared = await preparing;
process.stdout.write(prepared.output);
if (prepared.code !== 0) process.exit(prepared.code);
await step(npm, ['run', '-s', 'test:node']);
