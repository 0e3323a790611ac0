import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import { asksComparison, COMPARES_JA } from "../../src/search/answer/comparison.js";
import { judge } from "../../src/search/answer/judge.js";
import { prepareQuestion } from "../../src/search/answer/prepare-question.js";
import { analyzeEnglish } from "../../src/search/answer/question-english.js";
import { analyze } from "../../src/text/analyzer.js";
import { sentenceSpans } from "../../src/text/sentences.js";

describe("asksComparison", () => {
  it("reads yes/no comparatives and 'how does X compare with Y' as comparisons", () => {
    expect(asksComparison("Is China–Kazakhstan trade bigger than China–Russia trade?")).toBe(true);
    expect(asksComparison("Has the format held more summits than the other one?")).toBe(true);
    expect(asksComparison("How does the grant compare with US aid to Central Asia?")).toBe(true);
  });

  it("reads 'more …, A or B' as a comparison of the two sides", () => {
    expect(asksComparison("Which country has more sister cities, Kazakhstan or Kyrgyzstan?")).toBe(true);
    expect(asksComparison("In 2024, were there more visitors to Kazakhstan or to China?")).toBe(true);
    expect(asksComparison("What does China want to import more of from Kazakhstan?")).toBe(false);
    expect(asksComparison("Which trade or energy projects were agreed?")).toBe(false);
    expect(asksComparison("What agreements were signed to attract more investment or technology?")).toBe(false);
    expect(asksComparison("What were the plans for higher tariffs or quotas?")).toBe(false);
  });

  it("leaves questions that ask for a thing, a number or a date alone", () => {
    expect(asksComparison("What do the mechanisms often lack compared with the setup?")).toBe(false);
    expect(asksComparison("How much heavier is oxygen 18 than oxygen 16?")).toBe(false);
    expect(asksComparison("Is the route open to trucks?")).toBe(false);
  });
});

describe("COMPARES_JA", () => {
  it("finds a sentence that compares or ranks, not より as 'more' before an adjective", () => {
    expect(COMPARES_JA.test("カザフスタンとの貿易額はロシアとの貿易額を上回った。")).toBe(true);
    expect(COMPARES_JA.test("中国は中央アジア最大の貿易相手国だ。")).toBe(true);
    expect(COMPARES_JA.test("両国はより緊密な関係を築くと述べた。")).toBe(false);
    expect(COMPARES_JA.test("ロシアよりも多くの貿易がある。")).toBe(true);
    expect(COMPARES_JA.test("協力を強化し、より多くの互恵プロジェクトを実施する。")).toBe(false);
  });
});

describe("judging a comparison question", () => {
  const passages = [
    "中国とカザフスタンの貿易額は2023年に410億ドルに達した。",
    "中国とカザフスタンの貿易額は中国とロシアの貿易額を下回った。",
  ];
  const keyword = new KeywordIndex(buildKeywordIndex(passages.map((t) => analyze(t))));
  const view = (text: string) => ({ text, heading: "", sentences: sentenceSpans(text) });
  const units = [
    { en: "China", alternatives: ["中国"], importance: 1 },
    { en: "Kazakhstan", alternatives: ["カザフスタン"], importance: 1 },
    { en: "trade", alternatives: ["貿易"], importance: 0.85 },
    { en: "Russia", alternatives: ["ロシア"], importance: 1 },
  ];
  const q = prepareQuestion(
    analyzeEnglish("Is China–Kazakhstan trade bigger than China–Russia trade?", units),
    keyword,
  );

  it("is answered by a sentence that compares, not by one that speaks of one side only", () => {
    expect(q.analysis.answerType).toBe("comparison");
    expect(judge(q, view(passages[1]!)).strength).toBeGreaterThan(0.12);
    expect(judge(q, view(passages[0]!)).strength).toBeLessThan(0.12);
  });
});
