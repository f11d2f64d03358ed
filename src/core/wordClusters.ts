/**
 * Word classes: words that newswire uses alike share a class (football clubs, companies,
 * surnames, currencies), so the tagger can weigh a name it never saw in training by the
 * names it did see in the same class. k-means clusters of GloVe vectors in two levels,
 * computed once by scripts/wordClusters.mjs and shipped in models/word-clusters.json.
 */
import file from './models/word-clusters.json';

interface ClustersFile {
  finePerCoarse: number;
  /** Fine cluster i's words, space-separated; it lies in coarse cluster floor(i / finePerCoarse). */
  clusters: string[];
}

let index: Map<string, number> | null = null;

/** The fine class of a lower-case word, or -1 for a word outside the vocabulary. */
export function wordCluster(word: string): number {
  if (!index) {
    index = new Map();
    (file as ClustersFile).clusters.forEach((words, i) => {
      for (const w of words.split(' ')) if (w) index!.set(w, i);
    });
  }
  return index.get(word) ?? -1;
}

/** The coarse class a fine class lies in (-1 stays -1). */
export function coarseCluster(fine: number): number {
  return fine < 0 ? -1 : Math.floor(fine / (file as ClustersFile).finePerCoarse);
}
