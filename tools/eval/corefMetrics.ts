/**
 * Coreference scores over clusterings of the same mentions: MUC, B-cubed and CEAF-e, and
 * their average, the CoNLL F1. A clustering maps each mention key to a cluster id.
 */
import { prf, type PRF } from './shared';

type Clustering = Map<string, string>;

function groups(c: Clustering): Map<string, Set<string>> {
  const g = new Map<string, Set<string>>();
  for (const [m, id] of c) {
    const s = g.get(id);
    if (s) s.add(m);
    else g.set(id, new Set([m]));
  }
  return g;
}

export function muc(gold: Clustering, pred: Clustering): PRF {
  const side = (key: Clustering, resp: Clustering) => {
    let num = 0;
    let den = 0;
    for (const members of groups(key).values()) {
      const parts = new Set([...members].map((m) => resp.get(m) ?? `single:${m}`));
      num += members.size - parts.size;
      den += members.size - 1;
    }
    return den ? num / den : 0;
  };
  const r = side(gold, pred);
  const p = side(pred, gold);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp: 0, fp: 0, fn: 0 };
}

export function bcubed(gold: Clustering, pred: Clustering): PRF {
  const g = groups(gold);
  const pg = groups(pred);
  let p = 0;
  let r = 0;
  for (const m of gold.keys()) {
    const gs = g.get(gold.get(m)!)!;
    const ps = pg.get(pred.get(m)!)!;
    let inter = 0;
    for (const x of ps) if (gs.has(x)) inter++;
    p += inter / ps.size;
    r += inter / gs.size;
  }
  const n = gold.size || 1;
  p /= n;
  r /= n;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp: 0, fp: 0, fn: 0 };
}

/** CEAF-e with the entity similarity phi4, best alignment found by the Hungarian method. */
export function ceafe(gold: Clustering, pred: Clustering): PRF {
  const g = [...groups(gold).values()];
  const p = [...groups(pred).values()];
  const sim = g.map((a) => p.map((b) => {
    let inter = 0;
    for (const x of a) if (b.has(x)) inter++;
    return (2 * inter) / (a.size + b.size);
  }));
  const total = hungarianMax(sim);
  const r = g.length ? total / g.length : 0;
  const pr = p.length ? total / p.length : 0;
  return { p: pr, r, f: pr + r ? (2 * pr * r) / (pr + r) : 0, tp: 0, fp: 0, fn: 0 };
}

function hungarianMax(w: number[][]): number {
  const n = Math.max(w.length, w[0]?.length ?? 0);
  if (n === 0) return 0;
  // Square cost matrix for minimisation.
  const cost = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => -(w[i]?.[j] ?? 0)));
  const u = new Array(n + 1).fill(0);
  const v = new Array(n + 1).fill(0);
  const pIdx = new Array(n + 1).fill(0);
  const way = new Array(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    pIdx[0] = i;
    let j0 = 0;
    const minv = new Array(n + 1).fill(Infinity);
    const used = new Array(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = pIdx[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) { u[pIdx[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (pIdx[j0] !== 0);
    do {
      const j1 = way[j0];
      pIdx[j0] = pIdx[j1];
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (pIdx[j]) total += w[pIdx[j] - 1]?.[j - 1] ?? 0;
  return total;
}

export function conllF1(gold: Clustering, pred: Clustering): { muc: PRF; b3: PRF; ceafe: PRF; conll: number } {
  const m = muc(gold, pred);
  const b = bcubed(gold, pred);
  const c = ceafe(gold, pred);
  return { muc: m, b3: b, ceafe: c, conll: (m.f + b.f + c.f) / 3 };
}

export { prf };
