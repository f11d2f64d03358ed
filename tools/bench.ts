/**
 * npm run bench: the whole pipeline against bare wink-nlp readDoc on the same texts, side by
 * side in one process. A workspace of N generated articles (template sentences with varied
 * names, numbers and dates) is written to a temp folder and read back; each side is warmed up,
 * then timed. Prints tokens/s of both, their ratio, and peak heap. No targets are asserted here.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer } from '../src/core/analyzer';
import { measureStages } from '../src/core/stageClock';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildCorpusModel } from '../src/server/corpusModel';
import { buildDiagnostics } from '../src/server/diagnostics';
import { ReportIndex } from '../src/server/reportIndex';
import { DEFAULT_SERVER_SETTINGS } from '../src/shared/settings';

const FIRST = ['Maria', 'James', 'Aiko', 'Omar', 'Lena', 'Pedro', 'Grace', 'Viktor', 'Amara', 'Tomas', 'Ingrid', 'Rahul'];
const LAST = ['Okafor', 'Lindqvist', 'Tanaka', 'Haddad', 'Moreau', 'Silva', 'Kowalski', 'Brennan', 'Mensah', 'Novak', 'Fischer', 'Rao'];
const ORGS = ['Northwind Energy', 'Helios Motors', 'Bluewater Bank', 'Crescent Pharma', 'Atlas Logistics', 'Vertex Mining'];
const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Toronto', 'Krakow', 'Santiago', 'Hanoi', 'Oslo'];
const MONTHS = ['January', 'March', 'April', 'June', 'August', 'October', 'November'];
const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `${pick(FIRST, r)} ${pick(LAST, r)}, chief executive of ${pick(ORGS, r)}, said on ${pick(['Monday', 'Tuesday', 'Friday'], r)} that revenue rose ${1 + Math.floor(r() * 40)}% to $${(1 + r() * 20).toFixed(1)} billion in the previous quarter.`,
  (r) => `The company will cut about ${100 + Math.floor(r() * 4000)} jobs in ${pick(PLACES, r)} by ${pick(MONTHS, r)} ${2020 + Math.floor(r() * 8)}, according to a statement.`,
  (r) => `${pick(LAST, r)} visited ${pick(PLACES, r)} last month and met officials for ${2 + Math.floor(r() * 9)} days of talks.`,
  (r) => `Regulators in ${pick(PLACES, r)} opened an investigation into ${pick(ORGS, r)} after more than ${Math.floor(r() * 900) + 12} complaints.`,
  (r) => `Shares of ${pick(ORGS, r)} fell nearly ${Math.floor(r() * 30) + 2} per cent, wiping out ${pick(['millions', 'billions'], r)} of dollars in market value.`,
  (r) => `It was the ${pick(['second', 'third', 'fifth'], r)} time in ${Math.floor(r() * 12) + 2} years that the ${pick(PLACES, r)} plant had been closed.`,
  (r) => `"We expect growth to return," ${pick(FIRST, r)} ${pick(LAST, r)} told reporters in ${pick(PLACES, r)} on ${pick(MONTHS, r)} ${1 + Math.floor(r() * 28)}.`,
  // Pronouns, descriptions and a named event, for the references and event stages.
  (r) => `Police said ${pick(LAST, r)} was arrested after the ${pick(PLACES, r)} Film Festival, where a man was hurt. He denied it, and the festival went on.`,
];

function pick<T>(xs: T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)];
}

/** A small deterministic generator, so that every run benchmarks the same texts. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function article(i: number): string {
  const r = random(i + 1);
  const lines = [`${pick(ORGS, r)} in the news: report ${i}`, `Published: ${pick(MONTHS, r)} ${1 + Math.floor(r() * 28)}, 2025`, ''];
  for (let p = 0; p < 6; p++) {
    const sentences: string[] = [];
    for (let k = 0; k < 4; k++) sentences.push(pick(TEMPLATES, r)(r));
    lines.push(sentences.join(' '), '');
  }
  return lines.join('\n');
}

/** CROSSCHECK_BENCH_KEEP=1 keeps the generated workspace (its path is printed) for profiling. */
const KEEP = !!process.env.CROSSCHECK_BENCH_KEEP;

function writeWorkspace(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `crosscheck-bench-${n}-`));
  if (KEEP) console.log(`workspace kept in ${dir}`);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), article(i));
  return dir;
}

let peakHeap = 0;
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Wall seconds and CPU seconds (user + system, all threads: the garbage collector's helper
 * threads included) of one run of fn. Wall time is what a user waits; CPU time is steadier on
 * a shared machine and charges the pipeline for the garbage it makes.
 */
function timeIt(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function bench(n: number): void {
  const dir = writeWorkspace(n);
  try {
    const files = readdirSync(dir).sort();
    const inputs = files.map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
    // The yardstick is wink-nlp as it comes: its default pipe, whatever the pipeline asks of it.
    const nlp = winkNLP(model);
    let tokens = 0;
    for (const x of inputs) tokens += nlp.readDoc(x.text).tokens().length(); // also warms wink up
    new Analyzer().analyze(inputs.slice(0, Math.min(50, n))); // warm the pipeline's code paths

    // Rounds alternate bare and full, so that drift in the machine's speed hits both alike;
    // the ratio is taken pair by pair and its median reported.
    const rounds = n <= 300 ? 7 : 3;
    const bare: { wall: number; cpu: number }[] = [];
    const full: { wall: number; cpu: number }[] = [];
    for (let k = 0; k < rounds; k++) {
      gc();
      bare.push(timeIt(() => { for (const x of inputs) nlp.readDoc(x.text); sampleHeap(); }));
      gc();
      // A fresh analyser each round: nothing comes from the cache.
      full.push(timeIt(() => { new Analyzer().analyze(inputs); sampleHeap(); }));
    }
    const ratio = (k: 'wall' | 'cpu') => median(bare.map((b, i) => b[k] / full[i][k]));
    const rate = (xs: { wall: number }[]) => (tokens / median(xs.map((x) => x.wall)) / 1e6).toFixed(3);
    console.log(`N=${String(n).padEnd(5)} ${tokens} tokens  bare readDoc ${rate(bare)} M tok/s  pipeline ${rate(full)} M tok/s  ratio ${ratio('wall').toFixed(2)} wall, ${ratio('cpu').toFixed(2)} CPU (goal >= 0.50)  medians of ${rounds} alternating pairs`);
    console.log(`N=${String(n).padEnd(5)} stages: ${stageCosts(inputs, median(bare.map((b) => b.wall)))}`);
    console.log(`N=${String(n).padEnd(5)} one edit, as the language server handles a pause in typing: ${oneEdit(inputs)}`);
  } finally {
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

/** The stages that recognise and link entities: the part of the pipeline the speed goal is about. */
const RECOGNITION_AND_LINKING = ['tokens', 'entities', 'references', 'linking', 'resolve references'];

/**
 * Each stage's time in one fresh analysis (median of three), and the throughput of
 * recognition and linking alone (tokens, entities, references, linking) against bare wink.
 */
function stageCosts(inputs: { id: string; text: string }[], bareSeconds: number): string {
  const runs: Map<string, number>[] = [];
  for (let k = 0; k < 3; k++) {
    const costs = new Map<string, number>();
    gc();
    measureStages((name, ms) => costs.set(name, (costs.get(name) ?? 0) + ms));
    try {
      new Analyzer().analyze(inputs);
    } finally {
      measureStages(null);
    }
    runs.push(costs);
  }
  const cost = (name: string) => median(runs.map((r) => r.get(name) ?? 0));
  const names = [...runs[0].keys()];
  const recognition = RECOGNITION_AND_LINKING.reduce((sum, name) => sum + cost(name), 0) / 1000;
  return `${names.map((name) => `${name} ${cost(name).toFixed(0)}`).join(', ')} ms; recognition and linking alone ratio ${(bareSeconds / recognition).toFixed(2)} (goal >= 0.50)`;
}

/**
 * What the server does after each pause in typing: re-analyse the edited article (the others
 * come from the cache), rerun the corpus stages, rebuild the index, diagnostics and the
 * sidebar's model, and serialise the model as it is sent. Median of several edits, in ms.
 */
function oneEdit(inputs: { id: string; text: string }[]): string {
  const analyzer = new Analyzer();
  analyzer.analyze(inputs);
  const times: number[] = [];
  const parts = { analyse: [] as number[], publish: [] as number[] };
  for (let k = 0; k < 7; k++) {
    const i = (k * 37) % inputs.length;
    const edited = inputs.map((x, j) => (j === i ? { ...x, text: `${x.text}\nShares fell ${k + 3} per cent on the news.` } : x));
    const t0 = performance.now();
    const report = analyzer.analyze(edited);
    const t1 = performance.now();
    const index = new ReportIndex(report, edited.map((x) => ({ ...x, uri: `file:///${x.id}`, version: null })), k);
    buildDiagnostics(index, DEFAULT_SERVER_SETTINGS);
    JSON.stringify(buildCorpusModel(index, DEFAULT_SERVER_SETTINGS, new Map()));
    const t2 = performance.now();
    times.push(t2 - t0);
    parts.analyse.push(t1 - t0);
    parts.publish.push(t2 - t1);
  }
  return `${median(times).toFixed(0)} ms (analysis and corpus stages ${median(parts.analyse).toFixed(0)} ms, diagnostics and model ${median(parts.publish).toFixed(0)} ms)`;
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  for (const n of sizes.length ? sizes : [100, 1000]) bench(n);
  console.log(`peak heap used ${(peakHeap / 1024 / 1024).toFixed(0)} MB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for comparable numbers)'}`);
}

main();
