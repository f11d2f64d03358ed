/**
 * crosscheck analyze PATH... [--json | --markdown] [--reference-date YYYY-MM-DD] [--max-file-size KB]
 *
 * Prints the analysis of the articles under PATH: a readable summary, Markdown, or the JSON
 * report of shared/contract/report-format.md. Exit codes: 0 done, 2 usage error, 1 failure.
 */
import { Analyzer } from './core/analyzer';
import { parseIsoDay } from './core/dates';
import { formatMarkdown, formatText } from './core/formatReport';
import { findArticles, readArticle } from './node/readArticles';

const USAGE = `Usage: crosscheck analyze PATH... [--json | --markdown] [--reference-date YYYY-MM-DD] [--max-file-size KB]

Analyses the .txt and .md articles under each PATH (directories are scanned recursively).
  --json                  print the JSON report
  --markdown              print the report as Markdown
  --reference-date DATE   publication date assumed for articles that state none
  --max-file-size KB      skip files larger than this (default 1024)
`;

export class UsageError extends Error {}

export interface CliOptions {
  paths: string[];
  format: 'text' | 'json' | 'markdown';
  referenceDate: string | null;
  maxBytes: number;
}

export function parseArgs(argv: string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') throw new UsageError('');
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  const opts: CliOptions = { paths: [], format: 'text', referenceDate: null, maxBytes: 1024 * 1024 };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const valueOf = (name: string): string => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--json' || a === '--markdown') {
      const f = a === '--json' ? 'json' : 'markdown';
      if (opts.format !== 'text' && opts.format !== f) throw new UsageError('choose one of --json and --markdown');
      opts.format = f;
    } else if (a === '--reference-date' || a.startsWith('--reference-date=')) {
      const v = valueOf('--reference-date');
      if (!parseIsoDay(v)) throw new UsageError(`--reference-date must be a date YYYY-MM-DD, not "${v}"`);
      opts.referenceDate = v;
    } else if (a === '--max-file-size' || a.startsWith('--max-file-size=')) {
      const v = Number(valueOf('--max-file-size'));
      if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-file-size must be a positive number of KB');
      opts.maxBytes = Math.round(v * 1024);
    } else if (a.startsWith('-')) {
      throw new UsageError(`unknown option "${a}"`);
    } else {
      opts.paths.push(a);
    }
  }
  if (!opts.paths.length) throw new UsageError('give at least one file or folder to analyse');
  return opts;
}

export async function main(argv: string[], write: (s: string) => void, writeErr: (s: string) => void): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      if (err.message) writeErr(`crosscheck: ${err.message}\n`);
      writeErr(USAGE);
      return 2;
    }
    throw err;
  }
  let found;
  try {
    found = await findArticles(opts.paths);
  } catch (err) {
    writeErr(`crosscheck: cannot read ${(err as NodeJS.ErrnoException).path ?? 'path'}: no such file or folder\n`);
    return 2;
  }
  const inputs = await Promise.all(found.map((f) => readArticle(f, opts.maxBytes)));
  const report = new Analyzer({ referenceDate: opts.referenceDate, maxBytes: opts.maxBytes }).analyze(inputs);
  if (opts.format === 'json') write(JSON.stringify(report, null, 2) + '\n');
  else if (opts.format === 'markdown') write(formatMarkdown(report));
  else write(formatText(report));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then(
    (code) => { process.exitCode = code; },
    (err) => {
      process.stderr.write(`crosscheck: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
