/**
 * Groups near-copy paragraphs at ingest: the same paragraph as several outlets published it,
 * lightly edited (a word changed or dropped, punctuation, a sentence added or cut). Each
 * paragraph's MinHash signature (signature.ts) is cut into BANDS bands of ROWS values; paragraphs
 * whose band agrees land in one bucket of that band (locality-sensitive hashing), and only those
 * are compared — so 100k paragraphs cost a sort per band, not 5·10⁹ comparisons. A pair whose
 * estimated similarity reaches COPY_SIMILARITY is joined (union-find); a group is the closure.
 * Each group's representative is its earliest publication (see CopyOrder).
 */
import { BINS, signatureOf, similarity, type Signature } from "./signature.js";

const ROWS = 4;
const BANDS = BINS / ROWS;
/**
 * Estimated Jaccard similarity (of 5-character shingle sets) at which two paragraphs are one
 * story: a copy with a sentence cut or added and a few words changed keeps about 0.4–0.8; two
 * different paragraphs about the same people keep under 0.1.
 */
export const COPY_SIMILARITY = 0.3;
/** Below this many shingles a paragraph (a heading, a dateline) is too short to call a copy by resemblance. */
export const MIN_SHINGLES = 20;

/** What decides a group's representative: the earlier publication, then the earlier paragraph in the index. */
export interface CopyOrder {
  /** The paragraph's publication time in ms (front matter `published`, else `fetched`), undefined when its article names none. */
  readonly time: (i: number) => number | undefined;
}

/** Groups of two or more paragraph indexes, each sorted representative first (earliest publication). */
export type Groups = readonly (readonly number[])[];

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n).map((_, i) => i);
  }
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]!]!;
      i = p[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** One band's key for every paragraph (0 for a paragraph too short to group). */
function bandKeys(signatures: readonly Signature[], band: number): Uint32Array {
  const keys = new Uint32Array(signatures.length);
  signatures.forEach((s, i) => {
    if (s.shingles < MIN_SHINGLES) return;
    let h = 0x9e3779b9 ^ band;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ s.values[band * ROWS + r]!, 0x01000193) >>> 0;
    keys[i] = h || 1;
  });
  return keys;
}

/** Near-copy groups among paragraph texts given in index order. */
export function groupCopies(texts: Iterable<string>, order: CopyOrder): Groups {
  const signatures: Signature[] = [];
  for (const t of texts) signatures.push(signatureOf(t));
  const n = signatures.length;
  const sets = new UnionFind(n);
  const byKey = new Uint32Array(n);
  for (let band = 0; band < BANDS; band++) {
    const keys = bandKeys(signatures, band);
    const idx = byKey.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
    for (let from = 0; from < n;) {
      let to = from + 1;
      while (to < n && keys[idx[to]!] === keys[idx[from]!]) to++;
      if (keys[idx[from]!] !== 0) {
        // A star around the bucket's first paragraph: a member unlike it is joined through another band.
        const first = idx[from]!;
        for (let k = from + 1; k < to; k++) {
          const m = idx[k]!;
          if (sets.find(m) === sets.find(first)) continue;
          if (similarity(signatures[first]!.values, signatures[m]!.values) >= COPY_SIMILARITY) sets.union(first, m);
        }
      }
      from = to;
    }
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    // A set's root is its smallest index (union keeps the smaller), so it is met before its members.
    const root = sets.find(i);
    if (root === i) continue;
    let list = members.get(root);
    if (!list) members.set(root, (list = [root]));
    list.push(i);
  }
  const earliest = (a: number, b: number): number => {
    const ta = order.time(a);
    const tb = order.time(b);
    if (ta !== undefined && tb !== undefined && ta !== tb) return ta - tb;
    if (ta === undefined && tb !== undefined) return 1;
    if (tb === undefined && ta !== undefined) return -1;
    return a - b;
  };
  return [...members.values()].map((g) => g.sort(earliest)).sort((a, b) => a[0]! - b[0]!);
}

/** A front matter date (`2025-06-18`, an ISO date-time) as ms, undefined when it is none. */
export function timeOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const t = Date.parse(date);
  return Number.isNaN(t) ? undefined : t;
}
