/**
 * Entry of the integration suite inside a real VS Code workbench. The web extension host is a
 * browser worker: mocha's browser build is loaded there (its HTML reporter needs a document, so
 * the spec reporter is chosen) and the closing line `integration: N passed, N failed` is what
 * CI reads.
 */
declare const require: (id: string) => unknown;

interface MochaStats { passes: number; failures: number; pending: number }
interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): { stats?: MochaStats };
}

export function run(): Promise<void> {
  require('mocha/mocha');
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  require('./extension.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      console.log(`integration: ${stats.passes} passed, ${stats.failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
