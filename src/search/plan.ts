import { termWeights } from "../index/keyword/keyword-index.js";
import { analyze, isLatinTerm } from "../text/analyzer.js";
import { detectLanguage } from "../text/lang.js";
import type { WeightedTerms } from "./shingles.js";
import { analyzeJapanese, type QuestionAnalysis } from "./answer/question-analysis.js";
import { englishQueryTerms } from "./english-query.js";
import { bundledSynonyms, numberFormSynonyms, type QuestionSynonyms } from "./synonyms.js";

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
  /**
   * In an archive of both languages, the question's terms for each language's paragraphs (its
   * own language's, and the other's through the dictionary), whose union is `keyword`: a
   * passage's support is the best of the sides' coverage (a paragraph holds one language's
   * terms only), so the terms for the other language leave a paragraph's support as it was.
   */
  readonly sides?: readonly PlanSide[];
  /**
   * Words of a Japanese question with the archive's words that say the same thing (synonyms.ts):
   * searched and credited at less than the question's own words (expansion.ts), never required.
   */
  readonly synonyms?: readonly QuestionSynonyms[];
}

/**
 * One language's terms of a question (QueryPlan.sides), and how far its support is trusted: 1 for
 * the question's own words, less for words read through the dictionary, whose glosses may not be
 * what the question meant (梅雨 → season). Support and the keyword candidates are scaled by it,
 * so that the two languages' passages are ranked on one scale (search/side-hits.ts).
 */
export interface PlanSide {
  readonly terms: WeightedTerms;
  readonly trust: number;
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

/**
 * Without a dictionary a question is searched in its own words only: Japanese ones as the
 * analyzer indexes Japanese paragraphs, and an English question also as English paragraphs are
 * indexed (english-query.ts), its two sides kept apart for support (QueryPlan.sides).
 */
export const defaultPlanner: QueryPlanner = (question) => {
  const lang = detectLanguage(question);
  const keyword = questionTerms(question);
  const plan: QueryPlan = {
    lang,
    keyword,
    vectorText: question,
    phraseText: question,
    glosses: new Map(),
    analysis: analyzeJapanese(question),
  };
  if (lang !== "en") {
    const synonyms = [...bundledSynonyms().inQuestion(question), ...numberFormSynonyms(question)];
    return synonyms.length ? { ...plan, synonyms } : plan;
  }
  return withSides(plan, [
    { terms: keyword, trust: 1 },
    { terms: englishQueryTerms(question), trust: 1 },
  ]);
};

/** The plan searching each language side's terms: the keyword terms are their sum, the sides kept apart for support. */
export function withSides(plan: QueryPlan, sides: readonly PlanSide[]): QueryPlan {
  const keyword = new Map<string, number>();
  for (const side of sides) for (const [t, w] of side.terms) keyword.set(t, (keyword.get(t) ?? 0) + w);
  return { ...plan, keyword, sides };
}
