import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import { judge } from "../../src/search/answer/judge.js";
import { prepareQuestion } from "../../src/search/answer/prepare-question.js";
import { analyzeJapanese } from "../../src/search/answer/question-analysis.js";
import { ASKS_WHAT_WAS_SAID, REPORTS_SAYING, shortFormsOf, speaks } from "../../src/search/answer/reported-speech.js";
import { analyze } from "../../src/text/analyzer.js";
import { sentenceSpans } from "../../src/text/sentences.js";

describe("who speaks in a sentence", () => {
  it("does not take the subject of a relative clause (Xが提唱する構想) for the sentence's speaker", () => {
    expect(
      speaks(["習近平"], undefined, "トカエフ大統領は、習近平国家主席が提唱する一連の構想を高く評価すると述べた。"),
    ).toBe(false);
    expect(speaks(["習近平"], undefined, "習近平国家主席が出席した会議で、トカエフ大統領は協力を呼びかけた。")).toBe(
      false,
    );
    // The main clause's が and は still make the speaker.
    expect(speaks(["習近平"], undefined, "習近平国家主席が、協力を強化すべきだと述べた。")).toBe(true);
    expect(speaks(["習近平"], undefined, "習近平国家主席が「勝者はいない」と述べた。")).toBe(true);
    expect(speaks(["習近平"], undefined, "習近平国家主席は、協力を強化すべきだと述べた。")).toBe(true);
  });

  it("knows a kanji name's short forms, family name and title (習主席, 習氏 for 習近平, 岸田首相 for 岸田文雄), for any name", () => {
    const xi = shortFormsOf(["習近平"]);
    expect(speaks(["習近平"], xi, "習主席は、関税戦争に勝者はいないと述べた。")).toBe(true);
    expect(speaks(["習近平"], xi, "習氏は協力を呼びかけた。")).toBe(true);
    expect(speaks(["習近平"], undefined, "習主席は、関税戦争に勝者はいないと述べた。")).toBe(false);
    expect(speaks(["岸田文雄"], shortFormsOf(["岸田文雄"]), "岸田首相は、対話を続けると述べた。")).toBe(true);
    // A title written in the question's spelling is no part of the family name.
    expect(shortFormsOf(["習近平国家主席"])?.test("習主席")).toBe(true);
    // Only a family name followed by a title: 習慣 is no short form of 習近平.
    expect(xi?.test("習慣が変わった")).toBe(false);
    expect(shortFormsOf(["トカエフ"])).toBeUndefined();
  });
});

describe("one list of verbs of saying", () => {
  it("finds the reply a question asks for with the same verb (どう反応したか → …と反応した, 説明した, 回答した)", () => {
    for (const [question, sentence] of [
      ["ロシアはどう反応しましたか", "ロシアは、制裁は不当だと反応した。"],
      ["外務省は何と説明しましたか", "外務省は、手続きが遅れたと説明した。"],
      ["大臣は何と回答しましたか", "大臣は、検討中だと回答した。"],
    ] as const) {
      expect(ASKS_WHAT_WAS_SAID.test(question)).toBe(true);
      expect(REPORTS_SAYING.test(sentence)).toBe(true);
      const keyword = new KeywordIndex(buildKeywordIndex([sentence, "各国の会議が開かれた。"].map((t) => analyze(t))));
      const j = judge(prepareQuestion(analyzeJapanese(question), keyword), {
        text: sentence,
        heading: "",
        sentences: sentenceSpans(sentence),
      });
      expect(j.typed).toBe(true);
      expect(j.answering).toHaveLength(1);
    }
  });

  it("reads 何と言いますか as asking for a name, 何と言いましたか as asking what was said", () => {
    expect(ASKS_WHAT_WAS_SAID.test("この鉄道は何と言いますか")).toBe(false);
    expect(ASKS_WHAT_WAS_SAID.test("大統領は何と言いましたか")).toBe(true);
    expect(REPORTS_SAYING.test("この鉄道は新線と言います。")).toBe(false);
  });
});
