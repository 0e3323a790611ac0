import { describe, expect, it } from "vitest";
import { analyzeJapanese } from "../../src/search/answer/question-analysis.js";
import { analyzeEnglish } from "../../src/search/answer/question-english.js";
import { asksFactor, asksMet, NO_ASKS, questionAsks } from "../../src/search/answer/question-asks.js";
import { prepareQuestion } from "../../src/search/answer/prepare-question.js";
import { DEFAULT_ANSWER_TUNING, judge } from "../../src/search/answer/judge.js";
import type { KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import { sentenceSpans } from "../../src/text/sentences.js";

const ja = (q: string) => {
  const a = analyzeJapanese(q);
  const asks = questionAsks(q, a);
  return { ...asks, asked: asks.asked === undefined ? undefined : a.units[asks.asked]!.label };
};
/** An English question whose every word is a unit of full importance (the planner's translation aside). */
const en = (q: string, words: string[]) => {
  const a = analyzeEnglish(
    q,
    words.map((w) => ({ en: w, alternatives: [w], importance: 1 })),
  );
  const asks = questionAsks(q, a);
  return { ...asks, asked: asks.asked === undefined ? undefined : a.units[asks.asked]!.label };
};

describe("what a question asks beyond its words", () => {
  it("asks for the noun of 何の / どんな / XのY in a Japanese question", () => {
    expect(ja("トカエフ大統領の好きな食べ物は何ですか？").asked).toBe("食べ物");
    expect(ja("晩餐会ではどんな料理が出ましたか？").asked).toBe("料理");
  });

  it("asks for the noun of a 'which X' or 'what X' phrase in an English question, its last word", () => {
    expect(en("Which airport did Xi land at?", ["Xi", "airport", "land"]).asked).toBe("airport");
    expect(en("What currency does Kyrgyzstan use?", ["currency", "Kyrgyzstan", "use"]).asked).toBe("currency");
    expect(
      en("Which Central Asian country trades the most with China?", ["Central", "Asian", "country", "trades", "China"])
        .asked,
    ).toBe("country");
  });

  it("asks for the noun a Japanese question word modifies, not the last noun before it", () => {
    expect(ja("カザフスタンのどの都市にありますか？")).toMatchObject({ asked: "都市", askedByWord: true });
    expect(ja("西安で植えたザクロは何という品種ですか？")).toMatchObject({ asked: "品種", askedByWord: true });
    expect(ja("晩餐会は、どの建物で開かれましたか？")).toMatchObject({ asked: "建物", askedByWord: true });
    // どのくらい, どのように ask an amount or a manner, no noun.
    expect(ja("貿易はどのくらい増えましたか？").askedByWord).toBeUndefined();
    expect(ja("条約って全部で何ページあるの？").askedByWord).toBeUndefined();
  });

  it("asks for no noun where the question asks what someone said", () => {
    expect(ja("トカエフ大統領は何と述べましたか？").asked).toBeUndefined();
  });

  it("reads a comparison from より, 比べ and どちら, not from により (by means of)", () => {
    expect(ja("カザフスタンとキルギスでは、投資が多いのはどちらですか？").comparison).toBe(true);
    expect(ja("今回の援助は、前回の援助額より多いですか？").comparison).toBe(true);
    expect(ja("2023年と比べてどれくらい増えましたか？").comparison).toBe(true);
    expect(ja("この制度は何により定められたか？").comparison).toBe(false);
    expect(en("Is the route faster than the northern route?", ["route", "faster", "northern"]).comparison).toBe(true);
  });

  it("reads the future from 次回, 来年, 今後 and 'will', 'next'", () => {
    expect(ja("習主席とトカエフ大統領の次の首脳会談はいつ？").future).toBe(true);
    expect(ja("第2回サミットはいつ開かれましたか？").future).toBe(false);
    expect(en("Will China cut tariffs next year?", ["China", "tariffs"]).future).toBe(true);
    expect(en("When was the treaty signed?", ["treaty", "signed"]).future).toBe(false);
  });
});

describe("whether a passage meets what the question asks", () => {
  const asks = { asked: 1, comparison: true, future: true, category: [] };
  it("misses the asked noun only when the passage holds none of it", () => {
    expect(asksMet(asks, [1, 0], true, true, "来年 より").askedMissing).toBe(true);
    expect(asksMet(asks, [1, 0.5], true, true, "来年 より").askedMissing).toBe(false);
  });

  it("leaves a comparison unmet without both sides (every name and number) or a comparative form", () => {
    expect(asksMet(asks, [1, 1], false, true, "…より多い").comparisonUnmet).toBe(true);
    expect(asksMet(asks, [1, 1], true, false, "…より多い").comparisonUnmet).toBe(true);
    expect(asksMet(asks, [1, 1], true, true, "貿易は35%増加した").comparisonUnmet).toBe(false);
    expect(asksMet(asks, [1, 1], true, true, "両首脳は会談した").comparisonUnmet).toBe(true);
  });

  it("leaves a question about the future unmet by a passage with no plan or future form", () => {
    expect(asksMet(asks, [1, 1], true, true, "両首脳は会談した").futureUnmet).toBe(true);
    expect(asksMet(asks, [1, 1], true, true, "来年開催される予定だ").futureUnmet).toBe(false);
    expect(asksMet(asks, [1, 1], true, true, "the summit will be held in 2027").futureUnmet).toBe(false);
  });

  it("finds the asked noun absent from the archive only when a question word names it", () => {
    const byWord = { ...asks, askedByWord: true };
    expect(asksMet(byWord, [1, 0], true, true, "", undefined, true).askedAbsent).toBe(true);
    expect(asksMet(asks, [1, 0], true, true, "", undefined, true).askedAbsent).toBe(false);
    expect(asksMet(byWord, [1, 0], true, true, "", undefined, false).askedAbsent).toBe(false);
  });

  it("finds nothing unmet for a question that asks nothing beyond its words", () => {
    expect(asksMet(NO_ASKS, [0, 0], false, false, "")).toEqual({
      askedMissing: false,
      askedAbsent: false,
      comparisonUnmet: false,
      futureUnmet: false,
      categoryUnmet: false,
    });
  });
});

describe("the judge weighs a comparison the passage does not meet", () => {
  /** A keyword index that holds every term: no word of the question is absent from the corpus. */
  const everyTerm = { has: () => true, idf: () => 1 } as unknown as KeywordIndex;
  const judged = (question: string, text: string, withWording = true) =>
    judge(prepareQuestion(analyzeJapanese(question), everyTerm, withWording ? question : undefined), {
      text,
      heading: "",
      sentences: sentenceSpans(text),
    });
  const question = "カザフスタンとキルギスでは、中国からの投資が多いのはどちらですか？";

  it("weighs a passage holding one side of a より comparison only ×0.3", () => {
    const than = "カザフスタンへの投資は、キルギスへの投資より多いですか？";
    const oneSide = "中国からカザフスタンへの投資は拡大を続けている。";
    expect(judged(than, oneSide).asks).toMatchObject({ comparisonUnmet: true });
    expect(judged(than, oneSide).asks?.sideMissing).toBeUndefined();
    expect(judged(than, oneSide).strength).toBeCloseTo(judged(than, oneSide, false).strength * 0.3, 6);
  });

  it("weighs a passage holding one side of a choice between two (AとB…どちら) only ×0.1, below the answer threshold", () => {
    const oneSide = "中国からカザフスタンへの投資は拡大を続けている。";
    expect(judged(question, oneSide).asks).toMatchObject({ comparisonUnmet: true, sideMissing: true });
    expect(judged(question, oneSide).strength).toBeCloseTo(judged(question, oneSide, false).strength * 0.1, 6);
    expect(judged(question, oneSide).strength).toBeLessThan(DEFAULT_ANSWER_TUNING.answerStrength);
  });

  it("leaves a passage holding both sides and a comparative form as it was", () => {
    const both = "中国からの投資は、キルギスよりカザフスタンの方が多い。";
    expect(judged(question, both).asks?.comparisonUnmet).toBe(false);
    expect(judged(question, both).strength).toBe(judged(question, both, false).strength);
  });

  it("does not read a comparison into a question about one thing", () => {
    const one = "中国からカザフスタンへの投資は拡大を続けている。";
    expect(judged("中国からカザフスタンへの投資はどうなっている？", one).asks?.comparisonUnmet).toBe(false);
  });
});

describe("組 counts pairs (姉妹都市の提携は100組)", () => {
  it("reads 何組 as a count of pairs the wording is sure of", () => {
    expect(analyzeJapanese("姉妹都市は何組ありますか？")).toMatchObject({
      answerType: "number",
      typeSure: true,
      counter: "組",
    });
  });
});

describe("a count by category", () => {
  const words = ["agreements", "green mining", "specifically", "12 agreements"];
  it("reads the category after the verb of 'how many of the X …' and 'Of the X, how many …'", () => {
    expect(en("How many of the 12 agreements are specifically about green mining?", words).category).toHaveLength(2);
    expect(
      en("Of the dozens of documents exchanged in 2024, how many were on aerospace?", ["documents", "aerospace"])
        .category,
    ).toEqual([1]);
    expect(en("How many agreements were signed?", ["agreements", "signed"]).category).toEqual([]);
  });

  const asks = { asked: undefined, comparison: false, future: false, category: [1] };
  const view = (sentences: string[]) => ({ sentences, forms: [["協力合意"], ["グリーンマイニング"]], own: ["12"] });
  it("is met by a sentence holding the category beside a number of its own", () => {
    expect(asksMet(asks, [1, 1], true, true, "", view(["グリーンマイニングの合意は3本だった。"])).categoryUnmet).toBe(
      false,
    );
  });

  it("is unmet when the category and a number stand apart, or the only number is the question's", () => {
    expect(
      asksMet(asks, [1, 1], true, true, "", view(["12本の協力合意が公表された。", "グリーンマイニングを進める。"]))
        .categoryUnmet,
    ).toBe(true);
    expect(asksMet(asks, [1, 1], true, true, "", view(["12本のグリーンマイニング協力。"])).categoryUnmet).toBe(true);
  });
});

describe("より as a comparison", () => {
  it("compares where a predicate follows, not より as 'since', 'from' or 'more' before a noun", () => {
    expect(ja("近畿地方における夏は北陸地方よりも長い？").comparison).toBe(true);
    expect(ja("2017年4月よりスタジオを開設したラジオ局は？").comparison).toBe(false);
    expect(ja("より大きなデータを扱えるようになったのはなぜ？").comparison).toBe(false);
    expect(ja("中央アジアは中国のどちら側の安全を支えていますか？").comparison).toBe(false);
    expect(ja("何が比較的小さい場合に成り立つ式か？").comparison).toBe(false);
  });
});

describe("a word the corpus lacks altogether", () => {
  /** A corpus that holds every term but those named. */
  const lacking = (...words: string[]) =>
    ({ has: (t: string) => !words.some((w) => t.includes(w)), idf: () => 1 }) as unknown as KeywordIndex;
  const absentSalient = (question: string, corpus: KeywordIndex) =>
    prepareQuestion(analyzeJapanese(question), corpus, question).absentSalient;

  it("says nothing of a lone kanji no paragraph uses: it may be a pronoun (彼 of 彼の名前は？)", () => {
    expect(absentSalient("彼の名前は？", lacking("彼"))).toBe(false);
  });

  it("says the question is about something else when it is the measure a number question asks (面積)", () => {
    expect(absentSalient("カスピ海の面積はどれくらい？", lacking("面積"))).toBe(true);
    expect(absentSalient("カスピ海の面積はどれくらい？", lacking("存在しない"))).toBe(false);
  });
});

describe("a comparison in a follow-up", () => {
  it("is not required to name its other side: the turns before fixed it (それと比べて)", () => {
    const q = "西側の枠組みはそれと比べてどう指摘されていますか？";
    const a = analyzeJapanese(q);
    const followUp = {
      ...a,
      units: [...a.units, { label: "中央アジア", alternatives: ["中央アジア"], importance: 1, borrowed: true }],
    };
    expect(questionAsks(q, a).comparison).toBe(true);
    expect(questionAsks(q, followUp).comparison).toBe(false);
  });
});

describe("the thing a question word asks for, absent from the archive", () => {
  const lacking = (...words: string[]) =>
    ({ has: (t: string) => !words.some((w) => t.includes(w)), idf: () => 1 }) as unknown as KeywordIndex;
  const strength = (question: string, corpus: KeywordIndex, text: string) =>
    judge(prepareQuestion(analyzeJapanese(question), corpus, question), {
      text,
      heading: "",
      sentences: sentenceSpans(text),
    });
  const text = "同日正午、習主席はトカエフ大統領主催の盛大な歓迎晩餐会に出席した。";

  it("halves a passage's strength when no paragraph names the noun the question word modifies (どんな料理)", () => {
    const question = "歓迎晩餐会ではどんな料理が出ましたか？";
    const absent = strength(question, lacking("料理"), text);
    const present = strength(question, lacking("存在しない"), text);
    expect(absent.asks?.askedAbsent).toBe(true);
    expect(present.asks?.askedAbsent).toBe(false);
    expect(absent.strength).toBeLessThan(present.strength);
  });

  it("does not read the last noun before the question word as the thing asked (全部で何ページ)", () => {
    const judged = strength("条約って全部で何ページあるの？", lacking("全部"), "条約に署名した。");
    expect(judged.asks?.askedAbsent).toBe(false);
  });
});

describe("a question about the future", () => {
  const everyTerm = { has: () => true, idf: () => 1 } as unknown as KeywordIndex;
  const judged = (question: string, text: string) =>
    judge(prepareQuestion(analyzeJapanese(question), everyTerm, question), {
      text,
      heading: "",
      sentences: sentenceSpans(text),
    });
  const question = "習主席とトカエフ大統領の次の首脳会談はいつ？";

  it("is unmet by a passage whose plan is of another thing, and weighs ×0.1 there", () => {
    const otherPlan = "習主席はトカエフ大統領と首脳会談を行った。来年は中国観光年が開催される予定だ。";
    const ownPlan = "習主席とトカエフ大統領は、来年の首脳会談を北京で開催する予定だ。";
    expect(judged(question, otherPlan).asks?.futureUnmet).toBe(true);
    expect(judged(question, ownPlan).asks?.futureUnmet).toBe(false);
    expect(judged(question, otherPlan).strength).toBeLessThan(DEFAULT_ANSWER_TUNING.answerStrength);
  });

  it("reads no future from 次 of an order, 次のように, or the next one of a sequence", () => {
    expect(ja("トカエフ大統領が次に中国を訪問するのはいつですか？").future).toBe(true);
    expect(ja("「二次回収」と呼ばれる技術で回収された資源は？").future).toBe(false);
    expect(ja("応力の成分が次のようになる式を何と呼ぶか").future).toBe(false);
    expect(ja("駅から次の駅までの距離は何キロか").future).toBe(false);
  });
});

describe("where the asked noun's absence and the future are not weighed", () => {
  const met = {
    askedMissing: true,
    askedAbsent: true,
    comparisonUnmet: false,
    futureUnmet: true,
    categoryUnmet: false,
  };
  it("weighs them on a Japanese question over a Japanese passage only (an English archive lacks every Japanese word)", () => {
    expect(asksFactor(met)).toBeCloseTo(0.05);
    expect(asksFactor(met, true)).toBe(1);
  });

  it("reads no future in a follow-up: its plan is of what the turns before named", () => {
    const q = "今後それをどうしていくべきですか？";
    const a = analyzeJapanese(q);
    const followUp = {
      ...a,
      units: [...a.units, { label: "中央アジア精神", alternatives: ["中央アジア精神"], importance: 1, borrowed: true }],
    };
    expect(questionAsks(q, a).future).toBe(true);
    expect(questionAsks(q, followUp).future).toBe(false);
  });

  it("reads no future in a question asked in the past: the plan is inside what was said then", () => {
    expect(ja("今後それをどうしていくべきだと語りましたか？").future).toBe(false);
    expect(ja("カザフ側は、この先どんな形で建設を続けると約束しましたか").future).toBe(false);
    expect(ja("中国と中央アジアの貿易、この先2年でまた伸びるの？").future).toBe(true);
    expect(ja("2番目の工房のあと、3番目を作る計画もあるの？").future).toBe(true);
  });

  it("reads no asked thing from a noun asking for a description (どんな様子, どんな形式)", () => {
    expect(ja("大統領官邸のホールはどんな様子でしたか？").askedByWord).toBeUndefined();
    expect(ja("会談はどんな形式だった？").askedByWord).toBeUndefined();
  });
});
