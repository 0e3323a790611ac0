// Written by scripts/fit-answer-model.mjs: refit with `node scripts/fit-answer-model.mjs --collect`, then `npm run build`.
// Fitted (--unit question --with-jsquad) on 14822 questions (12869 examples): the calibration
// set's folds 0–3 (weight 5, chosen leaving each fold out), the generated near-topic negatives and
// answerable halves over JSQuAD and XQuAD, JSQuAD valid; the threshold is the strictest keeping JSQuAD valid's
// wrongly refused within 1%. Not the default decider (search/answer/judge.ts ANSWER_MODEL_TUNING).
import type { AnswerModel } from "./answer-model.js";

/** The answer threshold on the model's probability (AnswerTuning.answerStrength). */
export const ANSWER_MODEL_THRESHOLD = 0.1;

export const ANSWER_MODEL: AnswerModel = {
  version: "fit-2026-12-07-cw5",
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
    -0.466857, 0.823062, 0.981584, 0.983759, 0.956329, 0.97086, 0.95866, 0.00271971, 0.946072, 0.73127, 0.765913,
    0.712099, 0.117031, 0.0460955, 0.100319, 0.0245551, 0.00271971, 0.0808921, 0.070868, 0.87567, 0.243842, 0.0724221,
    0.127283, 0.138783, 0.00101018, 0.00753749, 0.0642762, 0.976659, 0.647746, 0.661, 1.50337, 0.272009, 0.732846,
    5.32916, 0.73708, 0.796321, 0.811933, 0.516577,
  ],
  scale: [
    0.842706, 0.244232, 0.134451, 0.126399, 0.204362, 0.168198, 0.199075, 0.0520799, 0.225876, 0.309284, 0.270057,
    0.452785, 0.190712, 0.140094, 0.300424, 0.154765, 0.0520799, 0.272669, 0.256604, 0.329957, 0.429398, 0.259186,
    0.333289, 0.34572, 0.0317673, 0.0864909, 0.218856, 0.0991936, 0.221638, 0.207629, 1.52457, 0.391184, 1.20724,
    3.04747, 0.337318, 0.290471, 0.263306, 0.306642,
  ],
  weights: [
    0.268916, 0.0186639, 0.250068, 0.0369826, 0.000780907, 0.103127, 0.077047, 0.000938484, -0.143663, 0.315361,
    -0.116262, -0.0611642, 0.678663, 0.123269, -0.0347571, 0.0177236, -0.0612537, -0.0420636, 0.108835, -0.036551,
    -0.0328686, -0.0276329, -0.0311176, 0.0695366, -0.00367611, 0.144845, -0.2008, -0.126651, -0.521403, 1.43288,
    0.213297, -0.142937, -0.695148, 0.854859, 1.15781, 0.0783626, -0.355319, 0.486687,
  ],
  bias: 2.36989,
};
