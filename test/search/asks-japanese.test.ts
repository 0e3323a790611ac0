import { describe, expect, it } from "vitest";
import { analyzeJapanese } from "../../src/search/answer/question-analysis.js";
import { categoryJapanese, personAttributeJapanese, sidesJapanese } from "../../src/search/answer/asks-japanese.js";
import { prepareQuestion } from "../../src/search/answer/prepare-question.js";
import { DEFAULT_ANSWER_TUNING, judge } from "../../src/search/answer/judge.js";
import { holdsNumber } from "../../src/search/answer/unit-found.js";
import type { KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import { sentenceSpans } from "../../src/text/sentences.js";

const labels = (q: string, units: readonly number[]) => units.map((i) => analyzeJapanese(q).units[i]!.label);
const category = (q: string) => labels(q, categoryJapanese(q, analyzeJapanese(q)));
const sides = (q: string) => sidesJapanese(q, analyzeJapanese(q))?.map((s) => labels(q, s));

/** A keyword index that holds every term: no word of the question is absent from the corpus. */
const everyTerm = { has: () => true, idf: () => 1 } as unknown as KeywordIndex;
const judged = (question: string, text: string) =>
  judge(prepareQuestion(analyzeJapanese(question), everyTerm, question), {
    text,
    heading: "",
    sentences: sentenceSpans(text),
  });

describe("a Japanese count by category (XのうちYはいくつ)", () => {
  it("reads the category from the words after のうち, not the set's own", () => {
    expect(category("数十の文書のうち、教育分野のものはいくつありましたか")).toEqual(["教育分野"]);
    expect(category("15億元の無償援助のうち、教育分野にはどれだけ回るの？")).toEqual(["教育分野"]);
  });

  it("reads none where the question asks which member, or no partitive", () => {
    expect(category("企業献金・団体献金・個人献金のうち、日本共産党が受け取っているのはどれですか。")).toEqual([]);
    expect(category("協力文書はいくつ交換されましたか？")).toEqual([]);
  });

  it("is unmet by a passage giving only the set's total, and met by one counting the category", () => {
    const q = "数十の協力文書のうち、教育分野のものはいくつありましたか？";
    const total = "両首脳は、経済、教育分野、メディアなど数十の協力文書の交換に立ち会った。";
    const counted = "数十の協力文書のうち、教育分野のものは5件だった。";
    expect(judged(q, total).asks?.categoryUnmet).toBe(true);
    expect(judged(q, total).strength).toBeLessThan(DEFAULT_ANSWER_TUNING.answerStrength);
    expect(judged(q, counted).asks?.categoryUnmet).toBe(false);
  });
});

describe("a Japanese choice between two (AとB、…どっち)", () => {
  it("reads both sides, each up to the comma or particle that closes the pair", () => {
    // A unit inside a side's word (協力 of 農業協力) is of that side too.
    expect(sides("エネルギー協力と農業協力、規模が大きいのはどっち？")).toEqual([
      ["エネルギー", "協力"],
      ["協力", "農業協力"],
    ]);
    expect(sides("輸出は、新エネルギー車と太陽光発電の製品ではどっちが多いんですか")?.[1]).toContain("太陽光発電");
  });

  it("reads no sides without どちら or どっち", () => {
    expect(sides("中国と中央アジアの貿易はどれくらい増えた？")).toBeUndefined();
  });

  it("weighs a passage lacking one side ×0.1, and leaves one holding both", () => {
    const q = "カザフスタンとキルギス、投資が多いのはどっち？";
    const oneSide = "カザフスタンへの投資は拡大を続けている。";
    const both = "投資はキルギスよりカザフスタンの方が多い。";
    expect(judged(q, oneSide).asks?.sideMissing).toBe(true);
    expect(judged(q, oneSide).strength).toBeLessThan(DEFAULT_ANSWER_TUNING.answerStrength);
    expect(judged(q, both).asks?.sideMissing).toBeUndefined();
    expect(judged(q, both).strength).toBeGreaterThanOrEqual(DEFAULT_ANSWER_TUNING.answerStrength);
  });
});

describe("a bare number of the question (3 of 3番目) is found only as a number of its own", () => {
  it("is not found inside a longer number", () => {
    expect(holdsNumber("32年間の協力", "3")).toBe(false);
    expect(holdsNumber("2023年に", "3")).toBe(false);
    expect(holdsNumber("1.3倍", "3")).toBe(false);
    expect(holdsNumber("3.5倍", "3")).toBe(false);
  });

  it("is found standing alone or before its counter", () => {
    expect(holdsNumber("3番目の工房", "3")).toBe(true);
    expect(holdsNumber("第32回と3回", "3")).toBe(true);
    expect(holdsNumber("3", "3")).toBe(true);
  });

  it("makes a passage holding only a longer number lack the question's number", () => {
    const q = "3番目の工房を作る計画はいつ決まった？";
    expect(judged(q, "32年間の協力を経て、工房を作る計画が決まった。").exact).toBe(false);
    expect(judged(q, "3番目の工房を作る計画が2025年に決まった。").exact).toBe(true);
  });
});

describe("a person's attribute asked in Japanese (Xの奥さん, Xさんの専門)", () => {
  const attribute = (q: string) => {
    const at = personAttributeJapanese(q, analyzeJapanese(q));
    return at === undefined ? undefined : analyzeJapanese(q).units[at]!.label;
  };

  it("reads the attribute's word, a polite form as its kanji", () => {
    expect(attribute("トカエフ大統領の奥さんはどんな人ですか？")).toBe("奥");
    expect(attribute("習近平国家主席のお父さんはどんな人ですか？")).toBe("父");
    expect(attribute("エンジニアのErzatさんの専門は何？")).toBe("専門");
  });

  it("reads none for a birthday or a birthplace, which a passage tells without the word", () => {
    expect(attribute("グスタフ・マーラーの誕生日は？")).toBeUndefined();
    expect(attribute("アマルティア・センの出身地は。")).toBeUndefined();
  });

  it("weighs a passage about the person that lacks the attribute ×0.1, below the answer threshold", () => {
    const q = "トカエフ大統領の奥さんはどんな人ですか？";
    const about = "トカエフ大統領は会談で、中国は友好的な隣国だと述べた。";
    expect(judged(q, about).asks?.attributeMissing).toBe(true);
    expect(judged(q, about).strength).toBeLessThan(DEFAULT_ANSWER_TUNING.answerStrength);
    expect(judged(q, "トカエフ大統領の奥さんは元外交官だ。").asks?.attributeMissing).toBeUndefined();
  });
});
