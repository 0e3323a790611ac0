import { describe, expect, it } from "vitest";
import { sentenceSpans } from "../../src/text/sentences.js";

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe("sentenceSpans", () => {
  it("ends Japanese sentences at 。！？ and keeps a closing bracket with its sentence", () => {
    expect(sentences("習主席は「勝者はいない。」本当か？はい！最後の文")).toEqual([
      "習主席は「勝者はいない。」",
      "本当か？",
      "はい！",
      "最後の文",
    ]);
  });

  it("treats each list line as its own sentence", () => {
    expect(sentences("主な項目は次のとおり。\n- 鉄道の建設\n- 税関の簡素化")).toEqual([
      "主な項目は次のとおり。",
      "- 鉄道の建設",
      "- 税関の簡素化",
    ]);
  });

  it('splits English at ". " before a capital letter, not inside abbreviations like "U.S."', () => {
    expect(sentences("Trade rose in 2023. Exports grew! The U.S. data lag")).toEqual([
      "Trade rose in 2023.",
      "Exports grew!",
      "The U.S. data lag",
    ]);
  });

  it("returns spans into the original text, without surrounding white space", () => {
    const text = "  一文目。  二文目。 \n";
    const spans = sentenceSpans(text);
    expect(spans).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ]);
  });

  it("returns one span for a text without sentence ends, and none for an empty text", () => {
    expect(sentenceSpans("見出しのような一行")).toEqual([{ start: 0, end: 9 }]);
    expect(sentenceSpans("")).toEqual([]);
    expect(sentenceSpans(" \n ")).toEqual([]);
  });
});
