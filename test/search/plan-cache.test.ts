/**
 * A conversation's earlier questions are planned once: their plans are kept by text (PlanCache),
 * while the question being asked is always planned afresh. Answers are the same either way.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openEngine } from "../../src/engine/open.js";
import type { Engine } from "../../src/engine/types.js";
import { defaultPlanner, type QueryPlanner } from "../../src/search/plan.js";
import { PlanCache } from "../../src/search/plan-cache.js";
import { boundHistory, MAX_HISTORY_TURN_CHARS } from "../../src/engine/history.js";
import { fixtureIndex } from "../helpers/fixture-engine.js";

function countingPlanner(): { planner: QueryPlanner; calls: string[] } {
  const calls: string[] = [];
  return { calls, planner: (q) => (calls.push(q), defaultPlanner(q)) };
}

describe("PlanCache", () => {
  it("plans the question asked every time, and an earlier question only when it was not kept", () => {
    const { planner, calls } = countingPlanner();
    const plans = new PlanCache(planner);
    const first = plans.question("第2回首脳会議はどこで開かれた？");
    plans.question("第2回首脳会議はどこで開かれた？");
    expect(calls).toHaveLength(2);
    expect(plans.earlier("第2回首脳会議はどこで開かれた？")).not.toBe(first);
    expect(calls).toHaveLength(2);
    plans.earlier("誰が議長を務めた？");
    plans.earlier("誰が議長を務めた？");
    expect(calls).toEqual(["第2回首脳会議はどこで開かれた？", "第2回首脳会議はどこで開かれた？", "誰が議長を務めた？"]);
  });

  it("keeps a long question's plan only under the opening a follow-up names it by", () => {
    const { planner, calls } = countingPlanner();
    const plans = new PlanCache(planner);
    const long = "中央アジア".repeat(120); // 600 characters
    const [turn] = boundHistory([long]);
    expect(turn).toHaveLength(MAX_HISTORY_TURN_CHARS);
    plans.question(long);
    expect(plans.size).toBe(0); // never looked up whole: no slot taken
    plans.earlier(turn!);
    plans.earlier(turn!);
    expect(calls).toEqual([long, turn]);
    expect(plans.size).toBe(1);
  });

  it("forgets every kept plan when cleared (the warm-up's questions)", () => {
    const { planner, calls } = countingPlanner();
    const plans = new PlanCache(planner);
    plans.question("西安");
    plans.clear();
    expect(plans.size).toBe(0);
    plans.earlier("西安");
    expect(calls).toEqual(["西安", "西安"]);
  });

  it("keeps at most its capacity, dropping the least recently used plan", () => {
    const { planner, calls } = countingPlanner();
    const plans = new PlanCache(planner, 2);
    plans.question("西安");
    plans.question("アスタナ");
    plans.earlier("西安"); // used: アスタナ is now the oldest
    plans.question("条約");
    expect(plans.size).toBe(2);
    calls.length = 0;
    plans.earlier("西安");
    plans.earlier("条約");
    expect(calls).toEqual([]);
    plans.earlier("アスタナ");
    expect(calls).toEqual(["アスタナ"]);
  });
});

describe("follow-ups with kept plans", () => {
  let counted: Engine;
  let fresh: Engine;
  let calls: string[];
  beforeAll(async () => {
    const indexDir = await fixtureIndex();
    const config = loadConfig({ SUMMIT_INDEX_DIR: indexDir });
    const c = countingPlanner();
    calls = c.calls;
    counted = await openEngine(config, { indexDir, planner: c.planner });
    fresh = await openEngine(config, { indexDir, planner: countingPlanner().planner });
  });
  afterAll(async () => {
    await counted?.close();
    await fresh?.close();
  });

  it("plans each question of a conversation once, however many follow-ups name it", async () => {
    const turns = ["第1回首脳会議はどこで開幕した？", "誰が議長を務めた？", "次回はどこで開く？", "それはいつですか？"];
    calls.length = 0;
    for (let i = 0; i < turns.length; i++) await counted.ask(turns[i]!, { k: 3, history: turns.slice(0, i) });
    expect(calls).toEqual(turns);
  });

  it("answers a follow-up from kept plans exactly as from plans made afresh", async () => {
    const history = ["中国と中央アジアの貿易額は？", "第2回首脳会議はどこで開かれた？"];
    for (const q of history) await counted.ask(q, { k: 3 });
    calls.length = 0;
    const kept = await counted.ask("それはいつですか？", { k: 12, history });
    expect(calls).toEqual(["それはいつですか？"]);
    const made = await fresh.ask("それはいつですか？", { k: 12, history });
    expect(kept).toEqual(made);
    expect(kept.results[0]!.id).toBe("astana-summit-2025#1");
  });
});
