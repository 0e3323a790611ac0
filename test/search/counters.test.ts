import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import { judge } from "../../src/search/answer/judge.js";
import { COUNT, prepareQuestion } from "../../src/search/answer/prepare-question.js";
import { analyzeJapanese } from "../../src/search/answer/question-analysis.js";
import { factsOf } from "../../src/search/answer/display.js";
import { analyze } from "../../src/text/analyzer.js";
import { sentenceSpans } from "../../src/text/sentences.js";

describe("one list of counters", () => {
  it("reads a counter the same way in the question's number words, the counts a passage answers with and the facts it carries (席, 度)", () => {
    // The question asks for it after 何 …
    expect(analyzeJapanese("与党は何席を得ましたか").counter).toBe("席");
    expect(analyzeJapanese("気温は何度まで上がりましたか").counter).toBe("度");
    // … keeps it with its number as one word …
    expect(analyzeJapanese("20席を得た政党はどこですか").units[0]!.label).toBe("20席");
    // … a passage's kanji numeral with it is a count …
    const text = "選挙の結果、与党の議席は二十席となった。";
    const keyword = new KeywordIndex(buildKeywordIndex([text, "野党の議席は減った。"].map((t) => analyze(t))));
    const j = judge(prepareQuestion(analyzeJapanese("与党の議席はいくつですか"), keyword), {
      text,
      heading: "",
      sentences: sentenceSpans(text),
    });
    expect(j.typed).toBe(true);
    // … and a fact that keeps a passage from being folded under another.
    expect([...factsOf("与党は20席、野党は15席を得た。")]).toEqual(["20席", "15席"]);
  });

  it("counts with か only before 国, 月 or 所: 2023年から is a date, not a count of か", () => {
    expect([...factsOf("2023年から3か国が参加した。")]).toEqual(["2023年", "3か国"]);
  });

  it("reads 何度 as answered by 25℃ or 45° too, and 何ヶ所 as a count of 所, not of countries", () => {
    const text = "首都の年平均気温は25℃である。";
    const keyword = new KeywordIndex(buildKeywordIndex([text, "首都の人口は増えた。"].map((t) => analyze(t))));
    const j = judge(prepareQuestion(analyzeJapanese("首都の年平均気温は何度ですか"), keyword), {
      text,
      heading: "",
      sentences: sentenceSpans(text),
    });
    expect(j.typed).toBe(true);
    expect(j.answering).toHaveLength(1);
    expect(analyzeJapanese("電子基準点は全国に何ヶ所ありますか").counter).toBe("所");
    expect(analyzeJapanese("何ヶ国が参加しましたか").counter).toBe("国");
  });

  it("regression: a lone 一 or 万 before 度, 国, 点, 周 … is an ordinary word, not a count (一度も, 一国, 一点, 一周年)", () => {
    const count = new RegExp(COUNT, "u");
    for (const s of [
      "一度も会っていない。",
      "両国は今一度協議する。",
      "一国だけでは解決できない。",
      "その一点を強調した。",
      "創立一周年を祝った。",
      "万国の労働者",
    ]) {
      expect(count.test(s), s).toBe(false);
    }
    for (const s of [
      "三か国が参加した。",
      "候補は五つある。",
      "二十人が集まった。",
      "三度目の訪問。",
      "十二か国の首脳",
      "二十席を得た。",
      "百点満点",
      "一人が残った。",
      "3国が参加した。",
      "1度だけ",
    ]) {
      expect(count.test(s), s).toBe(true);
    }
  });
});
