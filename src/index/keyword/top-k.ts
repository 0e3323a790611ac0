// Top-k selection and posting-list search shared by the keyword index's query paths.

/** The k-th largest value (1-based) of `values`, which it reorders: quickselect, linear on average. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const x = values[i]!;
        values[i++] = values[j]!;
        values[j--] = x;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/** The first position in docs[from..to) holding a passage ≥ d (galloping, then binary search). */
export function gallop(docs: Uint32Array, from: number, to: number, d: number): number {
  if (from >= to || docs[from]! >= d) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < to && docs[hi]! < d) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > to) hi = to;
  // Invariant: docs[lo] < d, and docs[hi] ≥ d or hi = to.
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < d) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Whether docs[from..to) holds passage d, where docs are ascending passage numbers below `size`:
 * the search starts where d would sit if the list's passages were spread evenly over the corpus
 * (they roughly are), then gallops in the direction d lies and ends in a binary search. A lookup
 * for one passage costs a few steps however long the list, where a gallop from the list's start
 * costs twice the logarithm of d's position.
 */
export function holds(docs: Uint32Array, from: number, to: number, d: number, size: number): boolean {
  const n = to - from;
  if (n <= 0) return false;
  const guess = Math.min(to - 1, from + Math.floor((n * d) / size));
  // Invariant once bracketed: docs[lo] < d (or lo = from - 1), docs[hi] ≥ d (or hi = to).
  let lo: number;
  let hi: number;
  let step = 1;
  if (docs[guess]! < d) {
    lo = guess;
    hi = guess + 1;
    while (hi < to && docs[hi]! < d) {
      lo = hi;
      step *= 2;
      hi = guess + step;
    }
    if (hi > to) hi = to;
  } else {
    hi = guess;
    lo = guess - 1;
    while (lo >= from && docs[lo]! >= d) {
      hi = lo;
      step *= 2;
      lo = guess - step;
    }
    if (lo < from) lo = from - 1;
  }
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < d) lo = mid;
    else hi = mid;
  }
  return hi < to && docs[hi] === d;
}

/** The k best [passage, score] seen so far; passages arrive in ascending order, so a tie never displaces. */
export class TopHeap {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  /** The score a passage must beat to enter (0 until the heap is full). */
  get threshold(): number {
    return this.ids.length < this.k ? 0 : this.scores[0]!;
  }

  /** True when the passage entered. */
  offer(id: number, score: number): boolean {
    const { ids, scores } = this;
    if (ids.length < this.k) {
      ids.push(id);
      scores.push(score);
      this.up(ids.length - 1);
      return true;
    }
    if (!(score > scores[0]!)) return false;
    ids[0] = id;
    scores[0] = score;
    this.down(0);
    return true;
  }

  /** Worse first: lower score, or equal score and higher passage index. */
  private worse(i: number, j: number): boolean {
    const { ids, scores } = this;
    return scores[i]! < scores[j]! || (scores[i] === scores[j] && ids[i]! > ids[j]!);
  }

  private swap(i: number, j: number): void {
    const { ids, scores } = this;
    const id = ids[i]!;
    ids[i] = ids[j]!;
    ids[j] = id;
    const score = scores[i]!;
    scores[i] = scores[j]!;
    scores[j] = score;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.ids.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  sorted(): Array<[number, number]> {
    return this.ids.map((id, i): [number, number] => [id, this.scores[i]!]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}

/** Indices of the k largest positive scores, best first (ties: lower index first, for stable output). */
export function topK(
  scores: ArrayLike<number>,
  k: number,
  allowed?: (index: number) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s <= 0 || (allowed && !allowed(i))) continue;
    if (out.length < k) {
      out.push([i, s]);
      if (out.length === k) out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    } else if (s > out[k - 1]![1]) {
      let j = k - 1;
      while (j > 0 && out[j - 1]![1] < s) j--;
      out.splice(j, 0, [i, s]);
      out.pop();
    }
  }
  if (out.length < k) out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return out;
}
