import { DEFAULT_ANSWER_TUNING, type AnswerTuning } from "./answer/judge.js";

/** Every knob of the question's path; the benchmark and the CLI's --mode/--fusion override some. */
export interface RetrieverTuning {
  /** Candidates taken from each list before fusion. */
  readonly depth: number;
  readonly keywordWeight: number;
  readonly vectorWeight: number;
  readonly rrfK: number;
  /** Minimum evidence (see KeywordIndex.coverageOf) for the articles to count as on the question's topic at all. */
  readonly answerableCoverage: number;
  /** When the articles answer rather than only touch the topic (see search/answer/judge.ts). */
  readonly answer: AnswerTuning;
  /** Two passages sharing this much of their wording are one fact told twice. */
  readonly duplicateContainment: number;
  /** Which signals to use: the benchmark measures each alone. */
  readonly mode: "hybrid" | "keyword" | "vector";
  /** `linear`: weighted sum of normalised BM25, cosine and phrase overlap; `rrf`: reciprocal rank fusion. */
  readonly fusion: "linear" | "rrf";
  /** Candidates from each list that the linear fusion re-scores. */
  readonly rerankDepth: number;
  readonly phraseWeight: number;
  /** Weight of the passage's support for the question (see search/support.ts: distinct terms, tf ignored). */
  readonly supportWeight: number;
  /** How many of the best fused candidates support re-orders. */
  readonly supportDepth: number;
}

/**
 * phraseWeight and supportWeight measured on JSQuAD valid (4,442 questions, hash embedder v3; R@1 /
 * MRR@10 with refusals counted as misses): 0.4 / 1 (before) .9235 / .9438; phrase 0.6 .9246 /
 * .9439; support 1.5 .9241 / .9442; both .9248 / .9441; phrase 0.8 .9230 / .9425; support 2
 * .9239 / .9441. vectorWeight 0.05–0.3, rerankDepth 20–50 and supportDepth 10–30 moved R@1 by at
 * most ±0.0003. summit-dev hybrid R@3 stays 1 (ja, en); English JSQuAD sets R@1 unchanged.
 */
export const DEFAULT_TUNING: RetrieverTuning = Object.freeze({
  depth: 100,
  keywordWeight: 1,
  vectorWeight: 0.1,
  rrfK: 60,
  answerableCoverage: 0.28,
  answer: DEFAULT_ANSWER_TUNING,
  duplicateContainment: 0.6,
  mode: "hybrid",
  fusion: "linear",
  rerankDepth: 30,
  phraseWeight: 0.6,
  supportWeight: 1.5,
  supportDepth: 20,
});
