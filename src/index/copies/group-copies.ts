/**
 * Groups near-copy paragraphs at ingest: the same paragraph as several outlets published it,
 * lightly edited (a word changed or dropped, punctuation, a sentence added or cut). Each
 * paragraph's MinHash signature (signature.ts) is cut into BANDS bands of ROWS values; paragraphs
 * whose band agrees share a bucket of that band (locality-sensitive hashing), and only a bucket's
 * groups are compared — so 100k paragraphs cost a sort per band, not 5·10⁹ comparisons.
 *
 * Paragraphs are taken earliest publication first (see CopyOrder). Each joins the group, among
 * those met in its buckets, whose first paragraph (its representative, the earliest) it most
 * resembles, when that reaches the threshold; else it starts a group. Every member is so compared
 * with the representative itself, never only with another copy: a copy that took one sentence
 * from a neighbouring paragraph is not a bridge that merges two stories, as a closure over pairs
 * would be. A member still puts its group into its own buckets, so that a later copy resembling
 * it finds the group even when its bands miss the representative's.
 */
import { BINS, jaccard, shingleSet, signatureOf, similarity, type Signature } from "./signature.js";

const ROWS = 2;
export const BANDS = Math.floor(BINS / ROWS);
/**
 * Jaccard similarity (of 5-character shingle sets) to a group's representative at which a
 * paragraph is a copy of it. A copy with a few words changed keeps 0.6–0.9, one that also lost or
 * gained a sentence 0.45–0.7; two different paragraphs about the same people keep under 0.1 — but two
 * written from one template (two eras' entries, two committees' rules) reach 0.32 and 0.40 in
 * JSQuAD valid. 0.45 is the lowest value at which JSQuAD valid and xquad-en-dev, which hold no
 * copies, form no group; it costs the heavily edited copies of bench/near-copies.mjs (10k: 81% of
 * the copies grouped with their original at 0.45, 86% at 0.4, 89% at 0.35).
 */
export const COPY_SIMILARITY = 0.45;
/** How far from the threshold an estimate must be to be trusted without comparing the shingle sets (about two standard deviations of 64 bins). */
const ESTIMATE_MARGIN = 0.12;
/** Below this many shingles a paragraph (a heading, a dateline) is too short to call a copy by resemblance. */
export const MIN_SHINGLES = 20;

/**
 * What decides a group's representative: the earlier publication (publication-time.ts); at the
 * same time, the article the corpus took first; taken at one time (one `sync`), the item its feed
 * dated first, then the one the run took first; else the article whose id sorts first; else the
 * earlier paragraph.
 */
export interface CopyOrder {
  /** The paragraph's publication time in ms (publication-time.ts: `published`, else `fetched`), undefined when its article names neither. */
  readonly time: (i: number) => number | undefined;
  /**
   * When the paragraph's article came into the corpus (front matter `fetched`: `add` and `sync`
   * keep the first), undefined when it does not say. Between two publications of one time (one
   * date, or the same wire time), the one already in the corpus stays the one answers quote: a
   * copy added later does not take its place because its id sorts first.
   */
  readonly seen?: (i: number) => number | undefined;
  /**
   * Between two taken at one time (one `sync` run fetched both), the date the feed gave each item
   * (front matter `feed_date`): the outlet's own word on when it published, beside the page's.
   */
  readonly fed?: (i: number) => number | undefined;
  /** Then the item's place in that run (front matter `feed_order`): the feed added first, then the order the feed lists them. */
  readonly listed?: (i: number) => number | undefined;
  /**
   * Taken at one time by one `add` of several inputs: the paragraph's article's place on that
   * command line (front matter `input_order`) — the user's word on which came first.
   */
  readonly given?: (i: number) => number | undefined;
  /** The paragraph's article id (`a10336` sorts before its copy `a10336-r1`, though the file a10336-r1.md is read first). */
  readonly docId: (i: number) => string;
}

/** Groups of two or more paragraph indexes, each in publication order (representative first), ordered by representative. */
export type Groups = readonly (readonly number[])[];

/** Band `band` of a signature as one nonzero number: two paragraphs share the band's bucket when theirs agree. */
export function bandKey(s: Signature, band: number): number {
  let h = 0x9e3779b9 ^ band;
  for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ s.values[band * ROWS + r]!, 0x01000193) >>> 0;
  return h || 1;
}

/** Each paragraph's bucket in one band, as a run number (-1: alone in its bucket, or too short to group). */
function bandRuns(signatures: readonly Signature[], band: number, order: Uint32Array): Int32Array {
  const n = signatures.length;
  const keys = new Uint32Array(n);
  signatures.forEach((s, i) => {
    if (s.shingles >= MIN_SHINGLES) keys[i] = bandKey(s, band);
  });
  const idx = order.slice().sort((a, b) => keys[a]! - keys[b]! || a - b);
  const runs = new Int32Array(n).fill(-1);
  let run = 0;
  for (let from = 0; from < n;) {
    let to = from + 1;
    while (to < n && keys[idx[to]!] === keys[idx[from]!]) to++;
    if (to - from > 1 && keys[idx[from]!] !== 0) {
      for (let k = from; k < to; k++) runs[idx[k]!] = run;
      run++;
    }
    from = to;
  }
  return runs;
}

/**
 * How alike two paragraphs are, as the copy test reads it: the signatures' estimate, except
 * within ESTIMATE_MARGIN of the threshold — the estimate is ±0.06 (64 bins) — where the shingle
 * sets are compared exactly (`exactly`, called only then).
 */
export function copySimilarity(a: Signature, b: Signature, exactly: () => number, threshold = COPY_SIMILARITY): number {
  const estimate = similarity(a.values, b.values);
  const near = estimate >= threshold - ESTIMATE_MARGIN && estimate < threshold + ESTIMATE_MARGIN;
  return near ? exactly() : estimate;
}

/** Paragraph indexes compared earliest publication first (publicationOrder). */
export type Earliest = (a: number, b: number) => number;

/**
 * Near-copy groups among paragraph texts given in index order (`signatures`: theirs, when the
 * caller has them already; `order`: the keys, or the comparison publicationOrder made of them when
 * the caller orders paragraphs by it too).
 */
export function groupCopies(
  texts: readonly string[],
  order: CopyOrder | Earliest,
  threshold = COPY_SIMILARITY,
  signatures: readonly Signature[] = texts.map(signatureOf),
): Groups {
  // The exact shingle sets of the representatives compared near the threshold, made once each.
  const repSets = new Map<number, Uint32Array>();
  const exactly = (rep: number, i: number): number => {
    let set = repSets.get(rep);
    if (!set) repSets.set(rep, (set = shingleSet(texts[rep]!)));
    return jaccard(set, shingleSet(texts[i]!));
  };
  const n = signatures.length;
  const all = new Uint32Array(n).map((_, i) => i);
  const runs = Array.from({ length: BANDS }, (_, band) => bandRuns(signatures, band, all));
  // The groups met in each band's buckets (only buckets of two or more paragraphs have an entry).
  const groupsIn = runs.map(() => new Map<number, number[]>());
  const members: number[][] = [];
  const earliest = typeof order === "function" ? order : publicationOrder(order, n);
  for (const i of [...all].sort(earliest)) {
    let best = -1;
    let bestSimilarity = threshold;
    const tried = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      const run = runs[band]![i]!;
      if (run < 0) continue;
      for (const g of groupsIn[band]!.get(run) ?? []) {
        if (tried.has(g)) continue;
        tried.add(g);
        const rep = members[g]![0]!;
        const sim = copySimilarity(signatures[rep]!, signatures[i]!, () => exactly(rep, i), threshold);
        if (sim >= bestSimilarity) {
          best = g;
          bestSimilarity = sim;
        }
      }
    }
    const g = best >= 0 ? best : members.push([]) - 1;
    members[g]!.push(i);
    for (let band = 0; band < BANDS; band++) {
      const run = runs[band]![i]!;
      if (run < 0) continue;
      const list = groupsIn[band]!.get(run);
      if (!list) groupsIn[band]!.set(run, [g]);
      else if (!list.includes(g)) list.push(g);
    }
  }
  return members.filter((g) => g.length > 1).sort((a, b) => a[0]! - b[0]!);
}

/** Paragraphs `0 … n-1` compared by CopyOrder: the earlier publication first (the keys are read once each). */
export function publicationOrder(order: CopyOrder, n: number): Earliest {
  const times = Array.from({ length: n }, (_, i) => order.time(i));
  const seen = Array.from({ length: n }, (_, i) => order.seen?.(i));
  const fed = Array.from({ length: n }, (_, i) => order.fed?.(i));
  const listed = Array.from({ length: n }, (_, i) => order.listed?.(i));
  const given = Array.from({ length: n }, (_, i) => order.given?.(i));
  return (a: number, b: number): number => {
    const byTime = compareKnownFirst(times[a], times[b]);
    if (byTime !== 0) return byTime;
    const bySeen = compareKnownFirst(seen[a], seen[b]);
    if (bySeen !== 0) return bySeen;
    // Feed dates and places are compared only between two of one fetch time: one sync run.
    const byFeed = compareKnownFirst(fed[a], fed[b]) || compareKnownFirst(listed[a], listed[b]);
    if (byFeed !== 0) return byFeed;
    // Likewise the command line's order, between two of one fetch time: one `add` of several inputs.
    const byGiven = compareKnownFirst(given[a], given[b]);
    if (byGiven !== 0) return byGiven;
    const da = order.docId(a);
    const db = order.docId(b);
    return da < db ? -1 : da > db ? 1 : a - b;
  };
}

/** Earlier first; a known time before an unknown one; 0 when both are the same or unknown. */
function compareKnownFirst(a: number | undefined, b: number | undefined): number {
  if (a !== undefined && b !== undefined) return a - b;
  return a === undefined ? (b === undefined ? 0 : 1) : -1;
}
