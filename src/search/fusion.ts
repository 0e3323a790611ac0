export type Hits = ReadonlyArray<readonly [number, number]>;

/**
 * Reciprocal rank fusion: each list contributes weight / (k + rank). It needs no score
 * calibration between BM25 (unbounded) and cosine (−1..1), which is why it is the default; the
 * lists' weights let the stronger signal lead (measured in bench/: see docs/design.md).
 */
export function reciprocalRankFusion(lists: ReadonlyArray<{ hits: Hits; weight: number }>, k = 60): Array<[number, number]> {
  const scores = new Map<number, number>();
  for (const { hits, weight } of lists) {
    hits.forEach(([id], rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/**
 * Score fusion: each list's scores divided by that list's best score, then a weighted sum. Keeps
 * the size of the gaps between hits, which RRF throws away.
 */
export function normalizedScoreFusion(lists: ReadonlyArray<{ hits: Hits; weight: number }>): Array<[number, number]> {
  const scores = new Map<number, number>();
  for (const { hits, weight } of lists) {
    const best = hits[0]?.[1] ?? 0;
    if (best <= 0) continue;
    for (const [id, s] of hits) scores.set(id, (scores.get(id) ?? 0) + (weight * Math.max(0, s)) / best);
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}
