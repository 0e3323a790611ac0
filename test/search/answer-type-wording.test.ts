import { describe, expect, it } from "vitest";
import { analyzeJapanese } from "../../src/search/answer/question-analysis.js";
import { prepareQuestion } from "../../src/search/answer/prepare-question.js";
import { judge } from "../../src/search/answer/judge.js";
import type { KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import { sentenceSpans } from "../../src/text/sentences.js";

const type = (q: string) => {
  const a = analyzeJapanese(q);
  return { answerType: a.answerType, sure: a.typeSure === true, counter: a.counter };
};

/** A keyword index that holds every term: no word of the question is absent from the corpus. */
const everyTerm = { has: () => true, idf: () => 1 } as unknown as KeywordIndex;
const judged = (question: string, text: string) =>
  judge(prepareQuestion(analyzeJapanese(question), everyTerm), {
    text,
    heading: "",
    sentences: sentenceSpans(text),
  });

describe("answer type: how sure the wording makes it", () => {
  it("is sure of a count or a date when 何 is followed by the counter or calendar unit alone", () => {
    expect(type("大統領は何歳ですか？")).toEqual({ answerType: "number", sure: true, counter: "歳" });
    expect(type("会議には何カ国が参加した？")).toMatchObject({ answerType: "number", sure: true, counter: "国" });
    expect(type("研修の枠は何人分？")).toMatchObject({ answerType: "number", sure: true, counter: "人" });
    expect(type("センターは何か所ずつ建てられる？")).toMatchObject({ answerType: "number", sure: true, counter: "所" });
    expect(type("鉄道は何年に開通した？")).toMatchObject({ answerType: "date", sure: true });
    expect(type("式典は何月何日でしたか")).toMatchObject({ answerType: "date", sure: true });
    expect(type("次の会談はいつ？")).toMatchObject({ answerType: "date", sure: true });
  });

  it("reads a count but is not sure of it when the counter only begins a longer word (何社会, 何人兄弟)", () => {
    expect(type("その国の制度は何社会と呼ばれるか")).toMatchObject({ sure: false });
    expect(type("作曲家は何人兄弟か？")).toMatchObject({ answerType: "number", sure: false });
    expect(type("この強度は何基準で決まる？")).toMatchObject({ sure: false });
  });

  it("reads 何国 as which country, and 何年分 or 何年間 as a count, not a date", () => {
    expect(type("その国は海に面しない何国？").answerType).toBe("other");
    expect(type("埋蔵量は何年分ある？")).toMatchObject({ answerType: "number" });
    expect(type("任期は何年間ですか")).toMatchObject({ answerType: "number", sure: true });
  });

  it("reads 何年たつ, 何年かかる and 何年ぶり as a number of years gone by, not a year", () => {
    expect(type("第1回から第2回までに何年たってる？")).toEqual({ answerType: "number", sure: true, counter: "年" });
    expect(type("建設に何年かかった？")).toMatchObject({ answerType: "number", sure: true, counter: "年" });
    expect(type("何年ぶりの訪問ですか")).toMatchObject({ answerType: "number", counter: "年" });
    expect(type("鉄道は何年に開通した？")).toMatchObject({ answerType: "date" });
  });

  it("reads a katakana counter after 何 (何ページ, 何ドル) as a count, and the counter as no word of the passage", () => {
    expect(type("条約は全部で何ページあるの？")).toEqual({ answerType: "number", sure: true, counter: "ページ" });
    expect(type("費用は何ドルですか")).toMatchObject({ answerType: "number", counter: "ドル" });
    expect(analyzeJapanese("条約は全部で何ページあるの？").units.map((u) => u.label)).toEqual(["条約", "全部"]);
    // A katakana word that only begins with a counter's letters is a thing asked (何トンネル).
    expect(type("何トンネルを通る？").answerType).toBe("other");
  });

  it("asks for a term when the question asks what a thing is called, whatever its type noun says", () => {
    expect(type("雨の多い時期を何というか。").answerType).toBe("other");
    expect(type("二点の間の距離を何と呼ぶ？").answerType).toBe("other");
    expect(type("指導者のことを「同志」や何と言っていたか。").answerType).toBe("other");
    // …while Xは何と述べたか still asks what was said.
    expect(type("大統領は会談で何と述べたか").answerType).toBe("statement");
  });

  it("ignores question words that ask nothing: quoted, embedded, indefinite", () => {
    expect(type("「いつ、どこで」という問いを立てたのは誰か").answerType).toBe("person");
    expect(type("生物は、いつ、どこで生まれたのかという問いは何と呼ばれる？").answerType).toBe("other");
    expect(type("いくつかの国とともに合法化した国は？").answerType).toBe("other");
    expect(type("資金はいくらでも出すと言ったのは誰か").answerType).toBe("person");
    expect(type("何年も続いた戦争を何と呼ぶ？").answerType).toBe("other");
  });

  it("reads a counted noun as a number asked only when it is what the question asks about", () => {
    expect(type("大学の学生数は？").answerType).toBe("number");
    expect(type("議員数ごとに配られる交付金を断った政党は？").answerType).toBe("other");
    expect(type("炭素数の少ない何水素が材料か？").answerType).toBe("other");
    expect(type("面積が最も大きい市は何市か？").answerType).toBe("other");
  });
});

describe("answer type: what the passage must hold", () => {
  it("finds a year in a passage where the question's own number is part of it (32年 in 1932年)", () => {
    const j = judged("「32年テーゼ」が決定されたのは何年か。", "1932年5月、「32年テーゼ」が決定された。");
    expect(j.typed).toBe(true);
  });

  it("does not blank the passage's answer with the question's type noun (年 of …した年は何年)", () => {
    expect(judged("財団がサービスを発表した年は何年", "2015年9月、財団はサービスを発表した。").typed).toBe(true);
  });

  it("counts people in 人 or 名 alike", () => {
    expect(judged("入党には党員何人の推薦が必要か", "入党には党員2名の推薦が必要である。").typed).toBe(true);
  });

  it("takes a time of day as an answer to いつ", () => {
    expect(judged("この魚は主にいつ移動する？", "この魚は主に夜間移動する。").typed).toBe(true);
  });

  it("weighs a missing answer of a sure type more than one of a guessed type", () => {
    const sure = judged("大統領は何歳ですか？", "大統領は会議に出席した。");
    const guessed = judged("大統領の人数は？", "大統領は会議に出席した。");
    expect(sure.typed).toBe(false);
    expect(guessed.typed).toBe(false);
    expect(sure.strength).toBeLessThan(guessed.strength);
  });
});
