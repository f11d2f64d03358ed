// Runs the same integration suite in VS Code desktop (a Node extension host) through
// @vscode/test-electron. It downloads VS Code from Microsoft's servers, so it is for a
// developer's own machine; `npm test` runs the suite offline in the web workbench instead.
import { runTests } from '@vscode/test-electron';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist/test/suite.js'),
    launchArgs: [join(root, 'seeds'), '--disable-extensions'],
  });
} catch (err) {
  console.error(`desktop tests failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
