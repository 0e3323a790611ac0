import { describe, expect, it } from "vitest";
import { detectLanguage, hasJapanese, isMostlyEnglish } from "../../src/text/lang.js";

describe("detectLanguage", () => {
  it("answers ja for text with kana or kanji", () => {
    expect(detectLanguage("習近平は何と言った？")).toBe("ja");
    expect(detectLanguage("中国")).toBe("ja");
    expect(detectLanguage("サミットはいつ?")).toBe("ja");
  });

  it("answers en for Latin text and for other scripts", () => {
    expect(detectLanguage("What did Xi say in Astana?")).toBe("en");
    expect(detectLanguage("Что сказал Си?")).toBe("en");
    expect(detectLanguage("2025")).toBe("en");
  });

  it("keeps an English sentence with a Japanese name in it English, and a Japanese one with an English word Japanese", () => {
    expect(detectLanguage("What did 習近平 say in Astana about trade?")).toBe("en");
    expect(detectLanguage("Belt and Road 協力の内容は何ですか")).toBe("ja");
  });
});

describe("one decision for planning and labels", () => {
  it("answers en for every question the planner translates as English (regression: a mixed-script mention was planned in English but labelled in Japanese)", () => {
    for (const q of [
      "What did 習近平 say about trade?",
      "What is the meaning of 「共に未来を築く共同体」?",
      "Who signed 中国―中央アジア協力 in 西安?",
    ]) {
      expect(isMostlyEnglish(q)).toBe(true);
      expect(detectLanguage(q)).toBe("en");
    }
  });
});

describe("hasJapanese", () => {
  it("finds kana, kanji and half-width katakana, and nothing in Latin or other scripts", () => {
    expect(hasJapanese("Xi said 協力")).toBe(true);
    expect(hasJapanese("ｻﾐｯﾄ")).toBe(true);
    expect(hasJapanese("ひらがな")).toBe(true);
    expect(hasJapanese("Xi said cooperation matters")).toBe(false);
    expect(hasJapanese("Что сказал Си?")).toBe(false);
  });
});
