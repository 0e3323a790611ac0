/**
 * Alignment of a quotation with a paragraph: semi-global edit distance within a work budget,
 * and the edit script turned into a diff of the original texts.
 */
import { originalOf, type Normalized } from "../text/quote-form.js";
import type { DiffOp } from "./types.js";

/** What is left of a message's alignment work; shared by all its quotations. */
export class Budget {
  limited = false;
  constructor(
    public remaining: number,
    readonly maxCells: number,
  ) {}

  /** Takes `cells` of work if it is left; otherwise records that the check was limited. */
  take(cells: number): boolean {
    if (cells > this.remaining) {
      this.limited = true;
      return false;
    }
    this.remaining -= cells;
    return true;
  }
}

/**
 * The stretch of `src` (at most `width` units) holding most of the quote's bigrams: where a
 * quotation of a paragraph much longer than the allowed table can only be.
 */
function bestWindow(quote: readonly string[], src: readonly string[], width: number): number {
  if (src.length <= width) return 0;
  const grams = new Set<string>();
  for (let k = 0; k + 1 < quote.length; k++) grams.add(quote[k]! + quote[k + 1]!);
  const hit = new Uint8Array(src.length);
  for (let k = 0; k + 1 < src.length; k++) hit[k] = grams.has(src[k]! + src[k + 1]!) ? 1 : 0;
  let sum = 0;
  for (let k = 0; k < width; k++) sum += hit[k]!;
  let best = 0;
  let bestSum = sum;
  for (let start = 1; start + width <= src.length; start++) {
    sum += hit[start + width - 1]! - hit[start - 1]!;
    if (sum > bestSum) {
      bestSum = sum;
      best = start;
    }
  }
  return best;
}

export interface Alignment {
  readonly distance: number;
  /** [start, end) in the normalized paragraph. */
  readonly from: number;
  readonly to: number;
  /** Edit script over normalized units: m = match, s = substitute, i = quote-only, d = source-only. */
  readonly script: string;
}

/**
 * Semi-global Levenshtein (Sellers 1980): the whole quote against any stretch of the paragraph.
 * Cells hold `edits × big − matches`, so among alignments with the fewest edits the one keeping
 * the most characters in place wins ("永久友好" vs "永久善隣友好" is a deletion of 善隣, not two
 * substitutions). Quadratic in the two lengths, which is fine for the few candidate paragraphs.
 */
function align(q: readonly string[], p: readonly string[]): Alignment {
  const m = q.length;
  const n = p.length;
  const big = m + 1;
  const w = n + 1;
  const d = new Int32Array((m + 1) * w);
  const step = (a: string | undefined, b: string | undefined) => (a === b ? -1 : big);
  for (let i = 1; i <= m; i++) d[i * w] = i * big;
  for (let i = 1; i <= m; i++) {
    const qi = q[i - 1];
    for (let j = 1; j <= n; j++) {
      const sub = d[(i - 1) * w + j - 1]! + step(qi, p[j - 1]);
      const ins = d[(i - 1) * w + j]! + big;
      const del = d[i * w + j - 1]! + big;
      d[i * w + j] = Math.min(sub, ins, del);
    }
  }
  let best = 0;
  for (let j = 1; j <= n; j++) if (d[m * w + j]! < d[m * w + best]!) best = j;
  const ops: string[] = [];
  let i = m;
  let j = best;
  while (i > 0) {
    const here = d[i * w + j]!;
    if (j > 0 && here === d[(i - 1) * w + j - 1]! + step(q[i - 1], p[j - 1])) {
      ops.push(q[i - 1] === p[j - 1] ? "m" : "s");
      i--;
      j--;
    } else if (here === d[(i - 1) * w + j]! + big) {
      ops.push("i");
      i--;
    } else {
      ops.push("d");
      j--;
    }
  }
  const script = ops.reverse().join("");
  const distance = script.length - (script.match(/m/g)?.length ?? 0);
  return { distance, from: j, to: best, script };
}

/** Turns an edit script into stretches of original text on both sides. */
export function diffOps(quote: Normalized, qOrig: string, src: Normalized, sOrig: string, a: Alignment): DiffOp[] {
  // Group the script into runs of equal / changed units.
  type Run = { equal: boolean; qFrom: number; qTo: number; sFrom: number; sTo: number };
  const runs: Run[] = [];
  let qi = 0;
  let si = a.from;
  for (const op of a.script) {
    const equal = op === "m";
    const last = runs[runs.length - 1];
    const run = last && last.equal === equal ? last : { equal, qFrom: qi, qTo: qi, sFrom: si, sTo: si };
    if (run !== last) runs.push(run);
    if (op !== "d") run.qTo = ++qi;
    if (op !== "i") run.sTo = ++si;
  }
  // A one-character agreement between two changes reads better as part of one change.
  const merged: Run[] = [];
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    const prev = merged[merged.length - 1];
    const next = runs[k + 1];
    if (r.equal && prev && !prev.equal && next && !next.equal && r.qTo - r.qFrom <= 1) {
      prev.qTo = r.qTo;
      prev.sTo = r.sTo;
      continue;
    }
    if (prev && prev.equal === r.equal) {
      prev.qTo = r.qTo;
      prev.sTo = r.sTo;
      continue;
    }
    merged.push({ ...r });
  }
  return merged.map((r) => {
    const qText = originalOf(quote, qOrig, r.qFrom, r.qTo);
    const sText = originalOf(src, sOrig, r.sFrom, r.sTo);
    const op: DiffOp["op"] = r.equal ? "equal" : !qText ? "delete" : !sText ? "insert" : "replace";
    return { op, quote: qText, source: sText };
  });
}

/**
 * Aligns a fragment with `src[cursor…]` within the budget: a stretch too long for one table is
 * narrowed to the window around the fragment's best match (room for a quarter more than the
 * fragment); when even that does not fit, or the budget is spent, the fragment counts as all
 * edits (undefined).
 */
export function alignWithin(
  frag: readonly string[],
  src: readonly string[],
  cursor: number,
  budget: Budget,
): Alignment | undefined {
  const rest = src.length - cursor;
  const m = Math.max(1, frag.length);
  let from = cursor;
  let width = rest;
  if (m * rest > budget.maxCells) {
    width = Math.floor(budget.maxCells / m);
    if (width < Math.ceil(m * 1.25)) {
      budget.limited = true;
      return undefined;
    }
    from = cursor + bestWindow(frag, src.slice(cursor), width);
  }
  if (!budget.take(m * width)) return undefined;
  const sub = align(frag, src.slice(from, from + width));
  return { ...sub, from: sub.from + from, to: sub.to + from };
}
