/**
 * Entry of the integration suite in a Node extension host (VS Code desktop through
 * @vscode/test-electron, or code-server): the same tests as the web suite, run by mocha's
 * Node API.
 */
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  // The suite is bundled into this file: load it into mocha's globals instead of by path.
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  require('./extension.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`integration: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
