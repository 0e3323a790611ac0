/**
 * The question's path: plan → candidates → fusion → answer stage, run in order by Retriever.
 * A planner (translate/planner.ts) plugs in through QueryPlanner.
 */
export { Retriever, type RetrieverParts } from "./retriever.js";
export { defaultPlanner, questionTerms, type QueryPlan, type QueryPlanner } from "./plan.js";
export { analyzeEnglish, type TranslatedUnit } from "./question.js";
export { englishForms, englishQueryTerms } from "./english-query.js";
export { DEFAULT_TUNING, type RetrieverTuning } from "./tuning.js";
export { HEAD_SIGNALS, SIGNALS, type Signal } from "./fusion.js";
export { resultOf } from "./result.js";
export type { Answer, AskOptions, Confidence, Result, Span } from "./types.js";
