import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/types.js";
import { withHistory } from "../../src/search/followup.js";
import { defaultPlanner } from "../../src/search/plan.js";
import { fixtureEngine } from "../discord/fixture-engine.js";

let engine: Engine;
beforeAll(async () => {
  engine = await fixtureEngine();
});
afterAll(async () => {
  await engine?.close();
});

describe("follow-up questions", () => {
  it("resolves a pronoun against the earlier question: the same article answers, not a refusal", async () => {
    const first = await engine.ask("第2回首脳会議はどこで開かれた？", { k: 3 });
    expect(first.results[0]!.id).toBe("astana-summit-2025#1");
    const alone = await engine.ask("それはいつですか？", { k: 3 });
    expect(alone.answerable).toBe(false);
    const followUp = await engine.ask("それはいつですか？", { k: 3, history: ["第2回首脳会議はどこで開かれた？"] });
    expect(followUp.answerable).toBe(true);
    expect(followUp.question).toBe("それはいつですか？");
    expect(followUp.results[0]!.id).toBe("astana-summit-2025#1");
  });

  it("resolves an ellipsis against the first of two earlier questions", async () => {
    const r = await engine.ask("次回はどこで開く？", { k: 3, history: ["第1回首脳会議はどこで開幕した？", "誰が議長を務めた？"] });
    expect(r.answerable).toBe(true);
    expect(r.results[0]!.id).toBe("xian-summit-2023#5");
  });

  it("lets a self-contained new question decide what is found", async () => {
    const r = await engine.ask("中国と中央アジアの貿易額は？", { k: 3, history: ["第2回首脳会議はどこで開かれた？"] });
    expect(r.results[0]!.id).toBe("trade-analysis#1");
  });

  it("still refuses a follow-up about something the articles lack", async () => {
    const r = await engine.ask("火星探査機の打ち上げは？", { k: 3, history: ["第2回首脳会議はどこで開かれた？"] });
    expect(r.answerable).toBe(false);
  });

  it("weights earlier terms below the new question's and lower the further back they are", () => {
    const plan = withHistory(defaultPlanner("条約"), [defaultPlanner("西安"), defaultPlanner("融資 条約")], () => true);
    expect(plan.keyword.get("条約")).toBe(1);
    expect(plan.keyword.get("融資")).toBeCloseTo(0.6);
    expect(plan.keyword.get("西安")).toBeCloseTo(0.36);
    expect(plan.phraseText).toBe("条約");
  });

  it("leaves out the new question's hiragana words the articles never use, and keeps unknown kanji", () => {
    const plan = withHistory(defaultPlanner("火星はいつ"), [defaultPlanner("会議")], (t) => t !== "いつ" && t !== "火星");
    expect(plan.keyword.has("いつ")).toBe(false);
    expect(plan.keyword.get("火星")).toBe(1);
  });
});
