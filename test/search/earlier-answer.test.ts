import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/types.js";
import { AnsweredTurns, answeringArticles } from "../../src/search/answered-turns.js";
import { inConversation, OUTSIDE_EARLIER_ANSWER } from "../../src/search/answer/earlier-answer.js";
import type { Judgement } from "../../src/search/answer/judgement.js";
import type { PreparedQuestion, PreparedUnit } from "../../src/search/answer/prepare-question.js";
import type { QuestionUnit } from "../../src/search/answer/question-analysis.js";
import type { Answer } from "../../src/search/types.js";

const judgement: Judgement = {
  strength: 0.5,
  coverage: 0.5,
  typed: true,
  tied: true,
  focused: true,
  exact: true,
  named: true,
  conflict: false,
  answering: [],
  byFocus: false,
  answeringShare: 0,
  sentenceShare: 0.5,
  missingKnown: 0,
  heaviestMissing: 0,
  missingCount: 0,
};
const prepared = (units: Array<[string, boolean]>, answeredIn?: string[]): PreparedQuestion => {
  const analysisUnits: QuestionUnit[] = units.map(([label, borrowed]) => ({
    label,
    alternatives: [label],
    importance: 1,
    ...(borrowed ? { borrowed: true, referredTo: true } : {}),
  }));
  const prep: PreparedUnit[] = units.map(([label]) => ({
    alternatives: [{ form: label, compound: false }],
    weight: 1,
    absent: false,
    exact: false,
    name: false,
    series: undefined,
    short: undefined,
  }));
  return {
    analysis: { units: analysisUnits, focusRequired: false, answerType: "date", ...(answeredIn ? { answeredIn } : {}) },
    units: prep,
    total: units.length,
    absentSalient: false,
    absentFocus: false,
    unknownFocus: false,
    own: [],
  };
};
const passage = (docId: string, text: string): Passage => ({ id: `${docId}#1`, docId, n: 1, text }) as Passage;
const view = (text: string) => ({ text, heading: "", sentences: [] });

describe("the event a referring follow-up is on", () => {
  // 「それはいつ発効しますか？」 after a turn about the treaty, answered from the article on the mechanism.
  const q = prepared(
    [
      ["発効", false],
      ["条約", true],
      ["署名", true],
    ],
    ["mechanism"],
  );

  it("leaves a passage of an article that answered the turn before as judged", () => {
    expect(inConversation(q, passage("mechanism", "条約は…"), view("条約は…"), judgement)).toBe(judgement);
  });

  it("weakens a passage of another article that names little of what the earlier turns named", () => {
    const text = "2024年7月、両首脳は会談した。";
    const j = inConversation(q, passage("talks-2024", text), view(text), judgement);
    expect(j.strength).toBeCloseTo(0.5 * OUTSIDE_EARLIER_ANSWER);
  });

  it("keeps a passage of another article that names most of it (the same treaty told twice)", () => {
    const text = "6カ国は条約に署名した。";
    expect(inConversation(q, passage("spirit", text), view(text), judgement)).toBe(judgement);
  });

  it("changes nothing for a question with no article fixed (alone, or counting from the earlier turn)", () => {
    const alone = prepared([["発効", false]]);
    const text = "2024年7月。";
    expect(inConversation(alone, passage("talks-2024", text), view(text), judgement)).toBe(judgement);
  });
});

describe("articles that answered each turn of a conversation", () => {
  const answer = (confidence: Answer["confidence"], docs: string[]): Answer => ({
    question: "q",
    lang: "ja",
    answerable: confidence === "answer",
    confidence,
    evidence: 0.5,
    results: docs.map((d, i) => ({ id: `${d}#${i}`, docId: d, n: i }) as unknown as Answer["results"][number]),
  });

  it("are the articles of an answer's first three quotes, and none for a refusal or a related answer", () => {
    expect(answeringArticles(answer("answer", ["a", "b", "a", "c"]))).toEqual(["a", "b"]);
    expect(answeringArticles(answer("related", ["a"]))).toEqual([]);
    expect(answeringArticles(answer("none", []))).toEqual([]);
  });

  it("are remembered per conversation prefix: the same question after other turns is another entry", () => {
    const turns = new AnsweredTurns();
    turns.record(["第2回サミットはどこ？"], "それはいつ？", answer("answer", ["kazakh"]));
    expect(turns.get(["第2回サミットはどこ？"], "それはいつ？")).toEqual(["kazakh"]);
    expect(turns.get([], "それはいつ？")).toBeUndefined();
    expect(turns.get(["条約の名前は？"], "それはいつ？")).toBeUndefined();
  });
});
