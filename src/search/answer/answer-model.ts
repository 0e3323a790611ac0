/**
 * The answer model: a logistic regression over a judged passage's features (answer-features.ts)
 * giving the probability that the question is answered by the passage. When AnswerTuning.model is
 * set (judge.ts ANSWER_MODEL_TUNING; not the default, see there) its output is the strength each
 * quote shows and the one the outcome is decided on (compose.ts): an `answer` when one of the first
 * quotes reaches the answer threshold. The weights are fitted by scripts/fit-answer-model.mjs on
 * large generated sets and the calibration set's folds 0–3 (answer-model-weights.ts). Pure.
 */
import { FEATURES } from "./answer-features.js";

export interface AnswerModel {
  /** Which fit this is (the script and data it came from). */
  readonly version: string;
  /** The feature names the weights follow: must equal FEATURES. */
  readonly features: readonly string[];
  /** Per feature: subtracted, then divided by scale (standardisation from the fit's data). */
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

/** The model as it must be to read answerFeatures' vectors; throws naming what was expected and what arrived. */
export function checkedModel(model: AnswerModel): AnswerModel {
  const n = FEATURES.length;
  const names = model.features.join(", ");
  if (names !== FEATURES.join(", "))
    throw new Error(`answer model ${model.version}: expected the features [${FEATURES.join(", ")}], got [${names}]`);
  for (const [name, v] of [
    ["mean", model.mean],
    ["scale", model.scale],
    ["weights", model.weights],
  ] as const) {
    if (v.length !== n || !v.every(Number.isFinite))
      throw new Error(`answer model ${model.version}: expected ${n} finite ${name}, got ${v.length}`);
  }
  if (!model.scale.every((s) => s > 0))
    throw new Error(`answer model ${model.version}: expected every scale > 0, got [${model.scale.join(", ")}]`);
  if (!Number.isFinite(model.bias))
    throw new Error(`answer model ${model.version}: expected a finite bias, got ${model.bias}`);
  return model;
}

/** The model's probability that a passage with these features answers, in (0, 1). */
export function answerProbability(model: AnswerModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += (model.weights[i]! * (x[i]! - model.mean[i]!)) / model.scale[i]!;
  return 1 / (1 + Math.exp(-z));
}
