import { termWeights } from "../index/keyword/keyword-index.js";
import { analyze, isLatinTerm } from "../text/analyzer.js";
import { detectLanguage } from "../text/lang.js";
import type { WeightedTerms } from "./shingles.js";
import { analyzeJapanese, type QuestionAnalysis } from "./answer/question-analysis.js";

/** How a question is searched: terms for the keyword index, text for the embedder, glosses for readers. */
export interface QueryPlan {
  readonly lang: "ja" | "en";
  readonly keyword: WeightedTerms;
  readonly vectorText: string;
  /** Text whose verbatim phrases may occur in the passage (the question itself, when Japanese). */
  readonly phraseText?: string;
  /** Japanese term → the English it translates (English questions only). */
  readonly glosses: ReadonlyMap<string, string>;
  /**
   * How much of the question a passage supports (0..1), when the plan knows better than term
   * coverage (translated questions: one English word may have several alternative translations).
   */
  readonly evidence?: (passageText: string) => number;
  /** What the question asks (focus, topic, expected answer type); the Japanese analysis when absent. */
  readonly analysis?: QuestionAnalysis;
}

/**
 * Turns a question into a plan. Search knows only this interface and the default planner; the
 * English planner (src/translate/planner.ts) implements it and is chosen where the engine is opened.
 */
export type QueryPlanner = (question: string) => QueryPlan;

/**
 * A Latin-script word is one term, while a Japanese word of the same length yields a unigram
 * and a bigram per character: without a boost, 「EAQF」 in a Japanese question weighs less than
 * 「発行」. Measured on JSQuAD (9% of questions hold a Latin word): R@1 +0.2 point at 3.
 */
export const LATIN_WORD_WEIGHT = 3;

/** Query terms of a Japanese question, Latin-script words weighted like the Japanese words they stand beside. */
export function questionTerms(question: string): Map<string, number> {
  const weights = termWeights(analyze(question));
  for (const [term, weight] of weights) if (isLatinTerm(term)) weights.set(term, weight * LATIN_WORD_WEIGHT);
  return weights;
}

export const defaultPlanner: QueryPlanner = (question) => ({
  lang: detectLanguage(question),
  keyword: questionTerms(question),
  vectorText: question,
  phraseText: question,
  glosses: new Map(),
  analysis: analyzeJapanese(question),
});
