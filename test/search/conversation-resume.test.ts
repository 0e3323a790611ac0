/**
 * A turn that goes back to the subject before a digression (話を戻すと, "back to it") is asked
 * with the turns before the digression, not the digression (search/turn-text.ts, searchedTurn);
 * an English "a year earlier" counts from the year an earlier turn fixed, as 前年 does
 * (search/answer/year-before.ts). Through the real engine over the bundled articles (corpus/).
 * These conversations are not in the calibration set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer, Engine } from "../../src/engine/types.js";
import { converse } from "../helpers/converse.js";
import { bundledEngine, tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
let engine: Engine;

beforeAll(async () => {
  engine = await bundledEngine(tmp);
}, 120_000);

afterAll(async () => {
  await engine?.close();
});

const talk = (turns: readonly string[]) => converse(engine, turns);

describe("a turn that goes back to the subject before a digression", () => {
  it("is asked about the turn before the digression that changed the subject (話を戻すと、その…)", async () => {
    const [first, , back] = await talk([
      "2024年7月の会談で、カザフスタン空軍の航空機は何をしましたか？",
      "ところで、東京でおすすめのラーメン店はどこ？",
      "話を戻すと、その煙は何色でしたか？",
    ]);
    expect(first!.results[0]!.id).toBe("xi-tokayev-talks-2024-07#2");
    expect(back!.confidence).toBe("answer");
    expect(back!.results[0]!.id).toBe("xi-tokayev-talks-2024-07#2");
    expect(back!.startsOver).toBeUndefined();
  });

  it("is asked about the turn before an off-topic question asked with no lead-in (back to it)", async () => {
    const [, , back] = await talk([
      "What did Xi say about tariff wars at the summit?",
      "Can you recommend a good pizza place in Rome?",
      "ok, back to it - what should humanity not go back to?",
    ]);
    expect(back!.confidence).toBe("answer");
    expect(back!.results[0]!.id).toBe("china-central-asia-spirit#3");
  });
});

describe("an English follow-up asking about the year before the one an earlier turn fixed", () => {
  it("is not answered from the earlier year's article (a year earlier than 2025 is 2024)", async () => {
    const [, before] = await talk([
      "In the 2025 talks, what did Xi say China would do as SCO chair?",
      "And a year earlier, who was hosting the SCO summit?",
    ]);
    expect(before!.results[0]!.id).toBe("xi-tokayev-talks-2024-07#11");
    const first = before!.results[0]!.strength;
    for (const r of before!.results.filter((r) => r.id.startsWith("xi-tokayev-astana-2025")))
      expect(r.strength).toBeLessThan(first / 2);
  });
});
