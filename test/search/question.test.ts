import { describe, expect, it } from "vitest";
import { analyzeJapanese } from "../../src/search/answer/question-analysis.js";
import { analyzeEnglish } from "../../src/search/answer/question-english.js";

const labels = (q: ReturnType<typeof analyzeJapanese>) => q.units.map((u) => u.label);

describe("question analysis", () => {
  it("finds the focus and its topic in XのYは…: the attribute asked about and what it belongs to", () => {
    const q = analyzeJapanese("ラオスの通貨は何ですか？");
    expect(labels(q)).toEqual(["ラオス", "通貨"]);
    expect(q.units[q.focus!]!.label).toBe("通貨");
    expect(q.units[q.topic!]!.label).toBe("ラオス");
    expect(q.focusRequired).toBe(true);
  });

  it("keeps a word of kanji joined by one kana of okurigana (食べ物) as one unit, and splits at particles and verb endings", () => {
    const q = analyzeJapanese("トカエフ大統領の好きな食べ物は何ですか？");
    expect(labels(q)).toContain("食べ物");
    expect(q.units.find((u) => u.label === "食べ物")!.importance).toBe(1);
    expect(labels(analyzeJapanese("両国の取り組みは何ですか"))).toEqual(["両国", "取り組"]);
    expect(labels(analyzeJapanese("日本の首都はどこ？"))).toEqual(["日本", "首都"]);
    expect(labels(analyzeJapanese("来た人は誰"))).toEqual(["来", "人"]);
  });

  it("expects a number with its counter from 何人, and a date with month and day from 何月何日", () => {
    expect(analyzeJapanese("大会には何人が参加しましたか")).toMatchObject({ answerType: "number", counter: "人" });
    expect(analyzeJapanese("式典は何月何日に開かれましたか")).toMatchObject({
      answerType: "date",
      dateParts: ["month", "day"],
    });
    expect(analyzeJapanese("いつ完成しましたか").answerType).toBe("date");
    expect(analyzeJapanese("犯人は誰？").answerType).toBe("person");
  });

  it("reads a type noun (人物の名前, 子供の人数) as the kind of answer, not a word the passage must hold", () => {
    const q = analyzeJapanese("マーラーの子供の人数は？");
    expect(q.answerType).toBe("number");
    expect(q.units[q.focus!]!.label).toBe("子供");
    expect(q.units.find((u) => u.label === "人数")!.importance).toBe(0);
  });

  it("reads 西暦何年 as a year asked for, and a placeholder 〇〇 as the answer's slot, not a word", () => {
    const q = analyzeJapanese("文化大革命が発生したのは西暦何年？");
    expect(q).toMatchObject({ answerType: "date", dateParts: ["year"] });
    expect(q.units.find((u) => u.label === "西暦")!.importance).toBe(0);
    expect(labels(analyzeJapanese("〇〇学習会館の〇〇に入る言葉は何か？"))).toContain("学習会館");
  });

  it("does not require the head noun of a relative clause: the passage names the answer's instance, not its class", () => {
    const q = analyzeJapanese("航空機を製造している会社は？");
    expect(q.units[q.focus!]!.label).toBe("会社");
    expect(q.focusRequired).toBe(false);
  });

  it("splits words at middle dots and script changes, and keeps numbers with their counter as exact units", () => {
    expect(labels(analyzeJapanese("第2回中国・中央アジアサミットはどこで開かれましたか"))).toEqual([
      "第2回",
      "中国",
      "中央",
      "アジアサミット",
      "開",
    ]);
  });

  it("finds the focus and topic of an English question from its translated units", () => {
    const q = analyzeEnglish("What is the capital of Laos?", [
      { en: "capital", alternatives: ["首都"], importance: 0.85 },
      { en: "Laos", alternatives: ["ラオス"], importance: 1 },
    ]);
    expect(q.units[q.focus!]!.label).toBe("capital");
    expect(q.units[q.topic!]!.label).toBe("Laos");
    expect(
      analyzeEnglish("How many pandas did China send?", [
        { en: "pandas", alternatives: ["パンダ"], importance: 0.85 },
        { en: "China", alternatives: ["中国"], importance: 1 },
      ]),
    ).toMatchObject({ answerType: "number", focus: 0 });
  });

  it('reads 何と述べたか and "What did X say" as a statement asked for, with the speaker (not the title) as the focus', () => {
    const ja = analyzeJapanese("2024年7月の会談でトカエフ大統領は何と述べましたか？");
    expect(ja.answerType).toBe("statement");
    expect(ja.units[ja.focus!]!.label).toBe("トカエフ");
    expect(ja.focusRequired).toBe(true);
    expect(analyzeJapanese("ロシアはサミットについてどう反応しましたか").answerType).toBe("statement");
    const en = analyzeEnglish("What did Tokayev say at the talks?", [
      { en: "Tokayev", alternatives: ["トカエフ"], importance: 1 },
      { en: "talks", alternatives: ["会談"], importance: 0.8 },
    ]);
    expect(en).toMatchObject({ answerType: "statement", focus: 0, focusRequired: true, translated: true });
  });

  it("does not read 何と言うか (what is it called) as a statement", () => {
    expect(analyzeJapanese("公安調査庁が毎年発刊するレポートはなんと言うか。").answerType).not.toBe("statement");
    expect(analyzeJapanese("この現象を何と言いますか").answerType).not.toBe("statement");
  });

  it("reads the form asked for (アルファベット3文字で) as no word of the passage", () => {
    const q = analyzeJapanese("デオキシリボ核酸をアルファベット３文字で表すと？");
    const importance = Object.fromEntries(q.units.map((u) => [u.label, u.importance]));
    expect(importance["アルファベット"]).toBe(0);
    expect(importance["核酸"]).toBe(1);
    expect(
      Object.fromEntries(analyzeJapanese("この国名をカタカナで書くと？").units.map((u) => [u.label, u.importance]))[
        "カタカナ"
      ],
    ).toBe(0);
  });

  it("keeps the word before で表明 or で書簡: a verb of writing, not any word starting with 表 or 書, names the form asked for", () => {
    for (const [question, word] of [
      ["トカエフ大統領は演説で表明した方針は何ですか", "演説"],
      ["首脳会議で書簡を送ったのは誰ですか", "首脳会議"],
    ] as const) {
      const importance = Object.fromEntries(analyzeJapanese(question).units.map((u) => [u.label, u.importance]));
      expect(importance[word]).toBe(1);
    }
  });

  it("keeps a translated word's sense share: population → 住民 is a minor sense", () => {
    const q = analyzeEnglish("What is the population of Kazakhstan?", [
      { en: "population", alternatives: ["住民"], importance: 0.85, sense: 0.52 },
      { en: "Kazakhstan", alternatives: ["カザフスタン"], importance: 1 },
    ]);
    expect(q.units[q.focus!]).toMatchObject({ label: "population", sense: 0.52 });
  });
});
