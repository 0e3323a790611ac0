import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import { confidenceOf, judge } from "../../src/search/answer/judge.js";
import type { Judgement } from "../../src/search/answer/judgement.js";
import { prepareQuestion } from "../../src/search/answer/prepare-question.js";
import { FeatureCache } from "../../src/search/passage-features.js";
import {
  addsFacts,
  factsOf,
  mergeSpans,
  STRONG,
  strongFirst,
  WEAK,
  wholeWordGlosses,
} from "../../src/search/answer/display.js";
import { analyzeJapanese } from "../../src/search/answer/question-analysis.js";
import { analyzeEnglish } from "../../src/search/answer/question-english.js";
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
const judgeOn = (question: string, text: string) =>
  judge(prepareQuestion(analyzeJapanese(question), keyword), view(text));

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
    expect(judgeOn("第1回サミットは何月何日に開かれましたか", CORPUS[1]!).strength).toBeLessThan(
      judgeOn("第2回サミットは何月何日に開かれましたか", CORPUS[1]!).strength,
    );
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

describe("what is asked, passage by passage", () => {
  it("takes another instance of the question's series (第2回 for 第1回) as far weaker than a merely missing number", () => {
    const other = judgeOn("第1回サミットは何月何日に開かれましたか", CORPUS[1]!);
    expect(other.conflict).toBe(true);
    expect(other.strength).toBeLessThan(0.12);
    // A year the passage does not name is missing, not contradicted: 2017年 beside 2018年 is common.
    expect(judgeOn("2024年の会議には何人が参加しましたか", "2023年の会議には50人が参加した。").conflict).toBe(false);
  });

  it("answers a count only near the counted thing: a number in another sentence answers something else", () => {
    const text = "両国の往来は120万人を超えた。姉妹都市の提携は100組に達した。閣僚級の協力の場も13に増えた。";
    const j = judgeOn("姉妹都市の提携は何組ありますか", text);
    expect(j.answering.map((s) => text.slice(s.start, s.end))).toEqual(["姉妹都市の提携は100組に達した。"]);
    // Not the sentence with the most common words of the question, when the focus is not in the passage.
    const en = prepareQuestion(
      analyzeEnglish("How many sister-city pairs do China and Central Asia have?", [
        { en: "China", alternatives: ["中国"], importance: 1 },
        { en: "Central Asia", alternatives: ["中央アジア"], importance: 1 },
        { en: "sister city", alternatives: ["姉妹都市"], importance: 0.84 },
        { en: "pairs", alternatives: ["一足"], importance: 0.77 },
      ]),
      // As in news about the region: China and Central Asia in every paragraph, sister cities in one.
      new KeywordIndex(
        buildKeywordIndex(
          [
            text,
            "中国と中央アジアの協力が進んだ。",
            "中国・中央アジアの首脳が集まった。",
            "中国と中央アジアの貿易が伸びた。",
          ].map((t) => analyze(t)),
        ),
      ),
    );
    const para = "姉妹都市の提携は100組に到達した。中国・中央アジアの協力の下で、閣僚級の協力の場も13に増えた。";
    const highlighted = judge(en, view(para)).answering.map((s) => para.slice(s.start, s.end));
    expect(highlighted).toEqual(["姉妹都市の提携は100組に到達した。"]);
  });

  it("finds what someone said where the speaker is the subject of a verb of saying, not where they are only named", () => {
    const texts = [
      "トカエフ氏は、訪問には歴史的意義があると述べた。",
      "トカエフ大統領は歓迎式典を盛大に行った。",
      "習氏は、トカエフ大統領と2回会談したと指摘した。",
    ];
    const prepared = prepareQuestion(
      analyzeJapanese("トカエフ大統領は何と述べましたか"),
      new KeywordIndex(buildKeywordIndex([...CORPUS, ...texts].map((t) => analyze(t)))),
    );
    // Paragraphs of one article whose title names the president.
    const on = (text: string) =>
      judge(prepared, { text, heading: "習主席とトカエフ大統領が会談", sentences: sentenceSpans(text) });
    const [said, named, other] = texts.map(on) as [Judgement, Judgement, Judgement];
    expect(said.typed).toBe(true);
    expect(named.typed).toBe(false);
    expect(other.typed).toBe(false);
    expect(said.strength).toBeGreaterThan(STRONG);
    expect(named.strength).toBeLessThan(WEAK);
  });

  it("does not answer an English question whose focus the corpus holds only in a minor sense (population → 住民)", () => {
    const units = [
      { en: "population", alternatives: ["住民"], importance: 0.85, sense: 0.52 },
      { en: "Astana", alternatives: ["アスタナ"], importance: 1 },
    ];
    const corpus = new KeywordIndex(
      buildKeywordIndex(["アスタナの住民は期待を語った。", "アスタナで会議が開かれた。"].map((t) => analyze(t))),
    );
    const minor = prepareQuestion(analyzeEnglish("What is the population of Astana?", units), corpus);
    expect(minor.unknownFocus).toBe(true);
    expect(judge(minor, view("アスタナの住民は期待を語った。")).strength).toBeLessThan(0.12);
    // The same words in their main sense answer.
    const main = prepareQuestion(
      analyzeEnglish(
        "What is the population of Astana?",
        units.map((u) => ({ ...u, sense: 1 })),
      ),
      corpus,
    );
    expect(main.unknownFocus).toBe(false);
    expect(judge(main, view("アスタナの住民は期待を語った。")).strength).toBeGreaterThan(0.5);
  });
});

describe("cached passage features", () => {
  it("judges a passage the same from its cached match forms as from its raw text", () => {
    const cache = new FeatureCache(
      (i) => ({ id: `d#${i + 1}`, docId: "d", n: i + 1, line: i + 1, text: CORPUS[i]! }),
      () => "",
    );
    const questions = [
      "第2回サミットでは協力合意が何本結ばれましたか",
      "キルギスの首都はどこですか",
      "第1回サミットは何月何日に開かれましたか",
      "習主席は何と述べましたか",
    ];
    for (const question of questions) {
      const q = prepareQuestion(analyzeJapanese(question), keyword);
      CORPUS.forEach((text, i) => {
        const cached = cache.get(i).view;
        expect(judge(q, cached)).toEqual(judge(q, { text, heading: cached.heading, sentences: sentenceSpans(text) }));
      });
    }
  });
});

describe("quote order", () => {
  it("shows a strong passage before the weak ones ranked above it, and keeps retrieval order otherwise", () => {
    const quotes = [
      { id: "a", s: 0.3 },
      { id: "b", s: 0.6 },
      { id: "c", s: 1 },
      { id: "d", s: 0.5 },
    ];
    expect(strongFirst(quotes, (q) => q.s).map((q) => q.id)).toEqual(["c", "a", "b", "d"]);
    // Strengths that do not differ clearly keep their order.
    expect(
      strongFirst(
        [
          { id: "x", s: 0.6 },
          { id: "y", s: 0.9 },
        ],
        (q) => q.s,
      ).map((q) => q.id),
    ).toEqual(["x", "y"]);
  });
});

describe("highlights, folding and glosses", () => {
  it("merges adjacent highlighted sentences into one span", () => {
    const text = "A文。B文。 C文。D";
    expect(
      mergeSpans(text, [
        { start: 3, end: 6 },
        { start: 0, end: 3 },
        { start: 10, end: 11 },
      ]),
    ).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 11 },
    ]);
    expect(
      mergeSpans(text, [
        { start: 0, end: 3 },
        { start: 3, end: 6 },
        { start: 7, end: 10 },
      ]),
    ).toEqual([{ start: 0, end: 10 }]);
  });

  it("never folds a passage that carries a date or number the shown passage lacks", () => {
    const shown = factsOf(CORPUS[0]!);
    expect(addsFacts(factsOf("2025年6月17日、アスタナで第2回サミットが開かれた。"), shown)).toBe(true);
    expect(addsFacts(factsOf("アスタナで第2回サミットが開かれた。"), shown)).toBe(false);
  });

  it("glosses a term only where it stands as a whole word, not inside a longer one", () => {
    const glosses = [
      { ja: "保障", en: "pledge" },
      { ja: "援助", en: "aid" },
    ];
    expect(wholeWordGlosses("安全保障の協力を進める。", glosses)).toEqual([]);
    expect(wholeWordGlosses("援助を約束し、保障した。", glosses)).toEqual(["保障 = pledge", "援助 = aid"]);
  });
});
