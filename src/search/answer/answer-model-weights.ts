// Written by scripts/fit-answer-model.mjs: refit with `node scripts/fit-answer-model.mjs --collect`, then `npm run build`.
// Fitted (--unit question --with-jsquad) on 14822 questions (12869 examples): the calibration
// set's folds 0–3 (weight 20, chosen leaving each fold out), the generated near-topic negatives and
// answerable halves over JSQuAD and XQuAD, JSQuAD valid; the threshold is the strictest keeping JSQuAD valid's
// wrongly refused within 1%. Not the default decider (search/answer/judge.ts ANSWER_MODEL_TUNING).
import type { AnswerModel } from "./answer-model.js";

/** The answer threshold on the model's probability (AnswerTuning.answerStrength). */
export const ANSWER_MODEL_THRESHOLD = 0.125;

export const ANSWER_MODEL: AnswerModel = {
  version: "fit-2026-12-07-cw20",
  features: [
    "log strength",
    "coverage",
    "typed",
    "tied",
    "focused",
    "exact",
    "named",
    "conflict",
    "has answering sentence",
    "answering sentence share",
    "best sentence share",
    "answering by focus",
    "missing, corpus holds",
    "absent from corpus",
    "absent salient word",
    "absent focus",
    "unknown focus",
    "english question",
    "direct",
    "has focus",
    "focus required",
    "type: number",
    "type: date",
    "type: person or place",
    "type: statement",
    "type: reason",
    "log rank",
    "score / first score",
    "support",
    "evidence",
    "log strength over the next best",
    "heaviest missing unit",
    "missing units",
    "units",
    "coverage squared",
    "coverage × has answering sentence",
    "coverage × typed",
    "answering sentence share × support",
  ],
  mean: [
    -0.480744, 0.821669, 0.981428, 0.983915, 0.955785, 0.970549, 0.958505, 0.00271971, 0.945139, 0.73051, 0.765202,
    0.709379, 0.116652, 0.0475765, 0.104204, 0.026187, 0.00271971, 0.0808921, 0.070868, 0.876059, 0.243531, 0.0724221,
    0.127127, 0.138783, 0.00101018, 0.00753749, 0.0623189, 0.977324, 0.648032, 0.661, 1.51657, 0.271144, 0.724843,
    5.28534, 0.735415, 0.79493, 0.810436, 0.516273,
  ],
  scale: [
    0.864284, 0.24551, 0.135007, 0.125803, 0.205572, 0.169066, 0.199432, 0.0520799, 0.227708, 0.309871, 0.270642,
    0.454049, 0.190444, 0.142, 0.305525, 0.159691, 0.0520799, 0.272669, 0.256604, 0.329515, 0.429213, 0.259186,
    0.333115, 0.34572, 0.0317673, 0.0864909, 0.215988, 0.097581, 0.221262, 0.207629, 1.52231, 0.390741, 1.19264,
    3.00664, 0.338211, 0.291566, 0.26465, 0.306621,
  ],
  weights: [
    -0.0294161, -0.082419, 0.355912, 0.175391, 0.111889, 0.0908252, 0.109643, 0.025491, -0.0746482, 0.540507, -0.422349,
    -0.0392304, 0.59116, 0.145563, -0.0665949, -0.0221446, -0.136633, 0.00239223, 0.178285, 0.089436, 0.094373,
    -0.0957599, -0.0367901, 0.124472, -0.0360978, 0.246779, -0.126692, -0.169747, -0.514071, 1.02872, 0.0568104,
    0.00620241, -0.853601, 1.16689, 1.63318, -0.162955, -0.328543, 0.648928,
  ],
  bias: 2.27335,
};
