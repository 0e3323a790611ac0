import { describe, expect, it } from "vitest";
import { fixedByHistory, ownExact } from "../../src/search/answer/fixed-by-history.js";
import type { QuestionUnit } from "../../src/search/answer/question-analysis.js";

const unit = (label: string, extra: Partial<QuestionUnit> = {}): QuestionUnit => ({
  label,
  alternatives: [label],
  importance: 1,
  ...extra,
});
const earlier = (label: string, referredTo = true): QuestionUnit =>
  unit(label, { importance: 0.6, borrowed: true, ...(referredTo ? { referredTo } : {}) });

describe("what an earlier turn fixed", () => {
  it("keeps an earlier turn's ordinal and date for a follow-up that refers back to it (それはいつ？ after 第2回…)", () => {
    expect(fixedByHistory([earlier("第2回"), earlier("サミット"), earlier("2024年")])).toEqual([true, false, true]);
  });
  it("drops them when the follow-up fixes its own number or counts from them (第3回は？, その前年は？)", () => {
    expect(fixedByHistory([unit("第3回"), earlier("第2回")])).toEqual([false, false]);
    expect(fixedByHistory([unit("前年"), earlier("2025年")])).toEqual([false, false]);
  });
  it("drops them when the follow-up moved on to a subject of its own (not referring back)", () => {
    expect(fixedByHistory([unit("貿易額"), earlier("第2回", false)])).toEqual([false, false]);
  });
  it("requires only the question's own numbers as present (an answer need not repeat the earlier ordinal)", () => {
    expect(ownExact([unit("2024年"), earlier("第2回"), unit("会談")])).toEqual([true, false, false]);
  });
});
