import type { VectorIndex } from "../index/vector/vector-index.js";
import { QuestionPhrases, type PhraseTable } from "./shingles.js";
import type { QueryPlan } from "./plan.js";
import type { Support } from "./support.js";
import type { RetrieverTuning } from "./tuning.js";

/** A ranked list: [passage index, score], best first. */
export type Hits = ReadonlyArray<readonly [number, number]>;

/** What a signal may look at for one question: the plan, both candidate lists and the passages' data. */
export interface FusionInput {
  readonly plan: QueryPlan;
  readonly tuning: RetrieverTuning;
  readonly keywordHits: Hits;
  readonly vectorHits: Hits;
  readonly queryVector: Float32Array | undefined;
  readonly vectors: VectorIndex;
  /** A passage's text in shingleForm with its 4-unit phrases (kept by search/passage-features.ts). */
  readonly phrases: (i: number) => PhraseTable;
  readonly support: Support;
}

/**
 * One term of the linear fusion: its weight (from the tuning) and, for one question, its value
 * per candidate — or undefined when it does not apply (no vector, vector-only mode, …). A signal
 * of weight 0 is skipped. Adding a signal is adding an entry to SIGNALS or HEAD_SIGNALS.
 */
export interface Signal {
  readonly name: string;
  readonly weight: (tuning: RetrieverTuning) => number;
  readonly prepare: (input: FusionInput) => ((i: number) => number) | undefined;
}

// Phrase overlap and support are lexical signals: vector-only mode (measured alone) leaves them out.
const lexical = (input: FusionInput): boolean => input.tuning.mode !== "vector";

/**
 * Every candidate's score is the weighted sum of these, in this order (the order of floating-point
 * additions is part of the output): BM25 over the best BM25 score; cosine; the share of the
 * question's 4-character phrases found verbatim in the passage (questions often copy a phrase of
 * the paragraph they ask about, which bags of n-grams cannot see: ~+0.4 point of R@1).
 */
export const SIGNALS: readonly Signal[] = [
  {
    name: "bm25",
    weight: (t) => t.keywordWeight,
    prepare: ({ keywordHits }) => {
      const best = keywordHits[0]?.[1] ?? 0;
      if (!(best > 0)) return undefined;
      const kw = new Map(keywordHits.map(([i, s]) => [i, s]));
      return (i) => (kw.get(i) ?? 0) / best;
    },
  },
  {
    name: "cosine",
    weight: (t) => t.vectorWeight,
    prepare: ({ queryVector, vectors }) => (queryVector ? (i) => vectors.similarity(queryVector, i) : undefined),
  },
  {
    name: "phrase",
    weight: (t) => t.phraseWeight,
    prepare: (input) => {
      if (!input.plan.phraseText || !lexical(input)) return undefined;
      const phrases = new QuestionPhrases(input.plan.phraseText);
      if (phrases.size === 0) return undefined;
      return (i) => input.phrases(i).share(phrases);
    },
  },
];

/**
 * Signals that only re-order the head of the fused list (its best `supportDepth`): costly per
 * passage, and a candidate below the head does not climb into the answers on them alone.
 * Support (search/support.ts) counts each distinct question term once: BM25 lets a sibling
 * paragraph that repeats the topic's words outscore the one that holds all of the question's
 * rarer words once (measured: R@1 +0.5 point on both halves of JSQuAD split by article; English
 * questions gain 2–7 points of R@1).
 */
export const HEAD_SIGNALS: readonly Signal[] = [
  {
    name: "support",
    weight: (t) => t.supportWeight,
    prepare: (input) => (lexical(input) ? input.support : undefined),
  },
];

const byScore = (a: readonly [number, number], b: readonly [number, number]): number => b[1] - a[1] || a[0] - b[0];

/** The signals that apply to this question, with their weights. */
function active(
  signals: readonly Signal[],
  input: FusionInput,
): Array<{ weight: number; value: (i: number) => number }> {
  const out: Array<{ weight: number; value: (i: number) => number }> = [];
  for (const signal of signals) {
    const weight = signal.weight(input.tuning);
    const value = weight ? signal.prepare(input) : undefined;
    if (value) out.push({ weight, value });
  }
  return out;
}

/**
 * Linear fusion (the default): re-scores the union of both lists' top `rerankDepth` candidates as
 * the weighted sum of SIGNALS, then lets HEAD_SIGNALS re-order the head. Scores keep the size of
 * the gaps between hits, which RRF throws away (JSQuAD R@1 .925 against .907 for RRF).
 */
export function linearFusion(
  input: FusionInput,
  signals = SIGNALS,
  headSignals = HEAD_SIGNALS,
): Array<[number, number]> {
  const { tuning } = input;
  const candidates = new Set(
    [...input.keywordHits.slice(0, tuning.rerankDepth), ...input.vectorHits.slice(0, tuning.rerankDepth)].map(
      ([i]) => i,
    ),
  );
  const scoring = active(signals, input);
  const out: Array<[number, number]> = [];
  for (const i of candidates) {
    let s = 0;
    for (const { weight, value } of scoring) s += weight * value(i);
    out.push([i, s]);
  }
  out.sort(byScore);
  const reordering = active(headSignals, input);
  if (reordering.length === 0) return out;
  const head = out.slice(0, tuning.supportDepth).map(([i, s]): [number, number] => {
    for (const { weight, value } of reordering) s += weight * value(i);
    return [i, s];
  });
  return [...head.sort(byScore), ...out.slice(tuning.supportDepth)];
}

/**
 * Reciprocal rank fusion: each list contributes weight / (k + rank). It needs no score
 * calibration between BM25 (unbounded) and cosine (−1..1), but it throws away the size of the
 * gaps between hits; measured on JSQuAD it loses to linear fusion (the default), and stays as
 * `fusion: "rrf"` so the benchmark can keep measuring it (see docs/design.md).
 */
export function reciprocalRankFusion(
  lists: ReadonlyArray<{ hits: Hits; weight: number }>,
  k = 60,
): Array<[number, number]> {
  const scores = new Map<number, number>();
  for (const { hits, weight } of lists) {
    hits.forEach(([id], rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores].sort(byScore);
}

/** The fused ranking the tuning asks for. */
export function fuse(input: FusionInput): Array<[number, number]> {
  const { tuning } = input;
  if (tuning.fusion !== "rrf") return linearFusion(input);
  return reciprocalRankFusion(
    [
      { hits: input.keywordHits, weight: tuning.keywordWeight },
      { hits: input.vectorHits, weight: tuning.vectorWeight },
    ],
    tuning.rrfK,
  );
}
