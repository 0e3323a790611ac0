export type Hits = ReadonlyArray<readonly [number, number]>;

/**
 * Reciprocal rank fusion: each list contributes weight / (k + rank). It needs no score
 * calibration between BM25 (unbounded) and cosine (−1..1), but it throws away the size of the
 * gaps between hits; measured on JSQuAD it loses to the retriever's linear fusion (the default),
 * and stays as `fusion: "rrf"` so the benchmark can keep measuring it (see docs/design.md).
 */
export function reciprocalRankFusion(lists: ReadonlyArray<{ hits: Hits; weight: number }>, k = 60): Array<[number, number]> {
  const scores = new Map<number, number>();
  for (const { hits, weight } of lists) {
    hits.forEach(([id], rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}
