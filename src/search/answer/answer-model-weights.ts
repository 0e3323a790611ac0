// Written by scripts/fit-answer-model.mjs: refit with `node scripts/fit-answer-model.mjs --collect --with-jsquad`, then `npm run build`.
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
    -0.480189, 0.821651, 0.981428, 0.983993, 0.955785, 0.970549, 0.958505, 0.00271971, 0.945062, 0.730461, 0.765162,
    0.709379, 0.116675, 0.0475765, 0.104204, 0.026187, 0.00271971, 0.0808921, 0.070868, 0.876059, 0.243531, 0.0724221,
    0.127127, 0.138783, 0.00101018, 0.00753749, 0.0624266, 0.977268, 0.648005, 0.661, 1.51601, 0.271153, 0.724998,
    5.28534, 0.735397, 0.794886, 0.810418, 0.516246,
  ],
  scale: [
    0.863405, 0.245531, 0.135007, 0.125504, 0.205572, 0.169066, 0.199432, 0.0520799, 0.22786, 0.309928, 0.270689,
    0.454049, 0.190477, 0.142, 0.305525, 0.159691, 0.0520799, 0.272669, 0.256604, 0.329515, 0.429213, 0.259186,
    0.333115, 0.34572, 0.0317673, 0.0864909, 0.21613, 0.0977443, 0.221302, 0.207629, 1.52258, 0.390747, 1.19306,
    3.00664, 0.338236, 0.29164, 0.264669, 0.306651,
  ],
  weights: [
    -0.0391509, -0.0705754, 0.358116, 0.1791, 0.113516, 0.0930661, 0.111777, 0.0245914, -0.0764455, 0.535765, -0.422575,
    -0.0402397, 0.590708, 0.144703, -0.0694811, -0.0230243, -0.137512, 0.00240146, 0.179214, 0.0897203, 0.0954495,
    -0.0960939, -0.036674, 0.124546, -0.036257, 0.246829, -0.127868, -0.173159, -0.511678, 1.02438, 0.0580013,
    0.00482679, -0.853334, 1.1659, 1.62264, -0.158064, -0.328822, 0.65372,
  ],
  bias: 2.27342,
};
