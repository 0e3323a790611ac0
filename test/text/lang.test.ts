import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/text/index.js";

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
