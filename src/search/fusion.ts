import type { VectorIndex } from "../index/vector.js";
import { containedShare, phraseShareIn, phraseShingles, shingleForm } from "./evidence.js";
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
  /** A passage's text in shingleForm (see FoldedTexts). */
  readonly folded: (i: number) => string;
  /** Every 4-code-unit slice of folded(i), when kept (see FoldedTexts). */
  readonly phrasesOf?: (i: number) => ReadonlySet<string>;
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
      const phrases = input.plan.phraseText && lexical(input) ? phraseShingles(input.plan.phraseText) : undefined;
      if (!phrases?.size) return undefined;
      // A 4-unit phrase is in the text exactly when it is one of the text's 4-unit slices.
      const { phrasesOf } = input;
      if (phrasesOf && [...phrases].every((x) => x.length === PHRASE)) return (i) => containedShare(phrases, phrasesOf(i));
      return (i) => phraseShareIn(phrases, input.folded(i));
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
function active(signals: readonly Signal[], input: FusionInput): Array<{ weight: number; value: (i: number) => number }> {
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
export function linearFusion(input: FusionInput, signals = SIGNALS, headSignals = HEAD_SIGNALS): Array<[number, number]> {
  const { tuning } = input;
  const candidates = new Set([...input.keywordHits.slice(0, tuning.rerankDepth), ...input.vectorHits.slice(0, tuning.rerankDepth)].map(([i]) => i));
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
export function reciprocalRankFusion(lists: ReadonlyArray<{ hits: Hits; weight: number }>, k = 60): Array<[number, number]> {
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

/** Passages whose folded text is kept (~1 KB each). */
const FOLDED_TEXTS = 4096;
/** Length of a phrase (evidence.phraseShingles), in UTF-16 code units. */
const PHRASE = 4;

/**
 * Passages' texts in shingleForm (what the phrase signal searches), for the passages questions
 * reached last: bounded (oldest out first), unlike the per-passage feature cache it replaces;
 * it holds a small corpus whole (JSQuAD: p50 per question back to the release's).
 */
export class FoldedTexts {
  private readonly folded = new Map<number, string>();
  private readonly phrases = new Map<number, Set<string>>();
  /** How many passages' texts are kept at most. */
  readonly capacity = FOLDED_TEXTS;

  constructor(private readonly texts: (i: number) => string) {}

  readonly get = (i: number): string => {
    let f = this.folded.get(i);
    if (f === undefined) {
      f = shingleForm(this.texts(i));
      if (this.folded.size >= FOLDED_TEXTS) this.folded.delete(this.folded.keys().next().value!);
      this.folded.set(i, f);
    }
    return f;
  };

  /** Every 4-code-unit slice of get(i) (the 4-character phrases evidence.phraseShingles makes). */
  readonly phrasesOf = (i: number): ReadonlySet<string> => {
    let set = this.phrases.get(i);
    if (set === undefined) {
      const f = this.get(i);
      set = new Set<string>();
      for (let at = 0; at + PHRASE <= f.length; at++) set.add(f.slice(at, at + PHRASE));
      if (this.phrases.size >= FOLDED_TEXTS) this.phrases.delete(this.phrases.keys().next().value!);
      this.phrases.set(i, set);
    }
    return set;
  };
}
