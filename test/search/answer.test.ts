import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex } from "../../src/index/keyword.js";
import { addsFacts, confidenceOf, factsOf, judge, mergeSpans, prepareQuestion, wholeWordGlosses } from "../../src/search/answer.js";
import { analyzeJapanese } from "../../src/search/question.js";
import { analyze } from "../../src/text/analyzer.js";
import { sentenceSpans } from "../../src/text/sentences.js";

const CORPUS = [
  "カザフスタンの首都アスタナで第2回サミットが開かれた。各国の首脳が集まった。",
  "2025年6月17日、アスタナで第2回サミットが開かれた。12本の協力合意が結ばれた。",
  "キルギスとウズベキスタンも鉄道計画に参加している。",
  "習主席は第1回サミットが開かれた2023年の西安を振り返った。",
];
const keyword = new KeywordIndex(buildKeywordIndex(CORPUS.map((t) => analyze(t))));
const view = (text: string) => ({ text, heading: "", sentences: sentenceSpans(text) });
const judgeOn = (question: string, text: string) => judge(prepareQuestion(analyzeJapanese(question), keyword), view(text));

describe("answerability", () => {
  it("answers when the passage holds the focus tied to its topic and an answer of the expected type", () => {
    const j = judgeOn("第2回サミットでは協力合意が何本結ばれましたか", CORPUS[1]!);
    expect(j.typed && j.tied && j.focused).toBe(true);
    expect(j.strength).toBeGreaterThan(0.8);
    expect(CORPUS[1]!.slice(j.answering[0]!.start, j.answering[0]!.end)).toBe("12本の協力合意が結ばれた。");
  });

  it("does not take カザフスタンの首都 for キルギスの首都 (focus not tied to the topic)", () => {
    const j = judgeOn("キルギスの首都はどこですか", CORPUS[0]!);
    expect(j.tied).toBe(false);
    expect(j.strength).toBeLessThan(judgeOn("カザフスタンの首都はどこですか", CORPUS[0]!).strength / 2);
    expect(confidenceOf(j.strength, true, { answerStrength: 0.3, secondaryStrength: 0.3 })).toBe("related");
  });

  it("wants a month and a day when the question asks 何月何日, and the number the question names", () => {
    const j = judgeOn("第1回サミットは何月何日に開かれましたか", CORPUS[3]!);
    expect(j.typed).toBe(false);
    expect(judgeOn("第1回サミットは何月何日に開かれましたか", CORPUS[1]!).strength).toBeLessThan(judgeOn("第2回サミットは何月何日に開かれましたか", CORPUS[1]!).strength);
  });

  it("counts a salient word the corpus never uses against answering (人口 in a corpus without it)", () => {
    const prepared = prepareQuestion(analyzeJapanese("アスタナの人口は何人ですか"), keyword);
    expect(prepared.absentSalient).toBe(true);
    expect(judge(prepared, view(CORPUS[0]!)).strength).toBeLessThan(0.12);
  });

  it("refuses outright when the articles are off topic, whatever the passage strength", () => {
    expect(confidenceOf(1, false)).toBe("none");
    expect(confidenceOf(1, true)).toBe("answer");
  });
});

describe("highlights, folding and glosses", () => {
  it("merges adjacent highlighted sentences into one span", () => {
    const text = "A文。B文。 C文。D";
    expect(mergeSpans(text, [{ start: 3, end: 6 }, { start: 0, end: 3 }, { start: 10, end: 11 }])).toEqual([{ start: 0, end: 6 }, { start: 10, end: 11 }]);
    expect(mergeSpans(text, [{ start: 0, end: 3 }, { start: 3, end: 6 }, { start: 7, end: 10 }])).toEqual([{ start: 0, end: 10 }]);
  });

  it("never folds a passage that carries a date or number the shown passage lacks", () => {
    const shown = factsOf(CORPUS[0]!);
    expect(addsFacts(factsOf("2025年6月17日、アスタナで第2回サミットが開かれた。"), shown)).toBe(true);
    expect(addsFacts(factsOf("アスタナで第2回サミットが開かれた。"), shown)).toBe(false);
  });

  it("glosses a term only where it stands as a whole word, not inside a longer one", () => {
    const glosses = [{ ja: "保障", en: "pledge" }, { ja: "援助", en: "aid" }];
    expect(wholeWordGlosses("安全保障の協力を進める。", glosses)).toEqual([]);
    expect(wholeWordGlosses("援助を約束し、保障した。", glosses)).toEqual(["保障 = pledge", "援助 = aid"]);
  });
});
