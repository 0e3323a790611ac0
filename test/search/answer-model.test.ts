import { describe, expect, it } from "vitest";
import { FEATURES, answerFeatures, absentShare } from "../../src/search/answer/answer-features.js";
import type { Judgement } from "../../src/search/answer/judgement.js";
import { answerProbability, checkedModel, type AnswerModel } from "../../src/search/answer/answer-model.js";
import { ANSWER_MODEL, ANSWER_MODEL_THRESHOLD } from "../../src/search/answer/answer-model-weights.js";
import { ANSWER_MODEL_TUNING } from "../../src/search/answer/judge.js";
import type { PreparedQuestion } from "../../src/search/answer/prepare-question.js";

const n = FEATURES.length;
const model = (over: Partial<AnswerModel> = {}): AnswerModel => ({
  version: "test",
  features: [...FEATURES],
  mean: Array(n).fill(0),
  scale: Array(n).fill(1),
  weights: Array(n).fill(0),
  bias: 0,
  ...over,
});

const judged = (over: Partial<Judgement> = {}): Judgement => ({
  strength: 0.5,
  coverage: 0.6,
  typed: true,
  tied: true,
  focused: true,
  exact: true,
  named: true,
  conflict: false,
  answering: [{ start: 0, end: 4 }],
  byFocus: true,
  answeringShare: 0.5,
  sentenceShare: 0.5,
  missingKnown: 0.1,
  heaviestMissing: 0.3,
  missingCount: 1,
  ...over,
});
const question = (absent: boolean[]): PreparedQuestion =>
  ({
    analysis: {
      units: absent.map((_, i) => ({ label: `u${i}`, alternatives: [`u${i}`], importance: 1 })),
      focusRequired: false,
      answerType: "other",
    },
    units: absent.map((a) => ({
      alternatives: [],
      weight: 1,
      absent: a,
      exact: false,
      name: false,
      series: undefined,
      short: undefined,
    })),
    total: absent.length,
    absentSalient: absent.some(Boolean),
    absentFocus: false,
    unknownFocus: false,
    own: [],
  }) as PreparedQuestion;
const context = { rank: 0, relativeScore: 1, support: 0.7, evidence: 0.7, bestOther: 0.2 };

describe("the answer model", () => {
  it("ships weights for exactly the features answerFeatures computes, and decides with its own threshold", () => {
    expect(() => checkedModel(ANSWER_MODEL)).not.toThrow();
    expect(ANSWER_MODEL_TUNING.model).toBe(ANSWER_MODEL);
    expect(ANSWER_MODEL_TUNING.answerStrength).toBe(ANSWER_MODEL_THRESHOLD);
    expect(answerFeatures(question([false, false]), judged(), context)).toHaveLength(n);
  });

  it("refuses a model fitted on other features, naming what it expected and what it got", () => {
    expect(() => checkedModel(model({ features: [...FEATURES].reverse() }))).toThrow(
      /expected the features \[log strength/,
    );
    expect(() => checkedModel(model({ weights: [1, 2] }))).toThrow(`expected ${n} finite weights, got 2`);
    expect(() => checkedModel(model({ scale: Array(n).fill(0) }))).toThrow(/every scale > 0/);
  });

  it("gives a probability that rises with a positively weighted feature and stays in (0, 1)", () => {
    const weights = Array(n).fill(0);
    weights[FEATURES.indexOf("coverage")] = 3;
    const m = model({ weights });
    const low = answerProbability(m, answerFeatures(question([false]), judged({ coverage: 0.1 }), context));
    const high = answerProbability(m, answerFeatures(question([false]), judged({ coverage: 0.9 }), context));
    expect(high).toBeGreaterThan(low);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
  });

  it("reads how much of the question the corpus lacks, and how far a quote stands above the next", () => {
    expect(absentShare(question([true, false, false, false]))).toBeCloseTo(0.25);
    const x = answerFeatures(question([true, false]), judged({ strength: 0.5 }), { ...context, bestOther: 0.5 });
    expect(x[FEATURES.indexOf("absent from corpus")]).toBeCloseTo(0.5);
    expect(x[FEATURES.indexOf("log strength over the next best")]).toBeCloseTo(0);
    expect(x[FEATURES.indexOf("has answering sentence")]).toBe(1);
    expect(
      answerFeatures(question([false]), judged({ answering: [] }), context)[FEATURES.indexOf("has answering sentence")],
    ).toBe(0);
  });
});
