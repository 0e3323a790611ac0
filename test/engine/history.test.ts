/**
 * The engine bounds a conversation's history before it reaches the core (or crosses to a worker):
 * the last MAX_HISTORY_TURNS questions, each cut to its first MAX_HISTORY_TURN_CHARS characters.
 */
import { describe, expect, it } from "vitest";
import { entrance } from "../../src/engine/entrance.js";
import { boundHistory, MAX_HISTORY_TURN_CHARS, MAX_HISTORY_TURNS } from "../../src/engine/history.js";
import { lookupOf } from "../../src/engine/lookup.js";
import type { EngineCore } from "../../src/engine/types.js";
import type { Answer, AskOptions } from "../../src/search/types.js";

/** An engine whose core records the options each ask receives. */
function recordingEngine() {
  const received: Array<AskOptions | undefined> = [];
  const core: EngineCore = {
    async ask(question, options) {
      received.push(options);
      return {
        question,
        lang: "ja",
        answerable: false,
        confidence: "none",
        evidence: 0,
        results: [],
      } as unknown as Answer;
    },
    checkQuotes: async () => [],
    close: async () => undefined,
  };
  return { engine: entrance(core, lookupOf([], [])), received };
}

describe("the history a follow-up is searched with", () => {
  it("keeps the most recent turns of a long conversation, oldest first", async () => {
    const { engine, received } = recordingEngine();
    const turns = Array.from({ length: 30 }, (_, i) => `質問${i + 1}`);
    await engine.ask("それはいつ？", { k: 3, docId: "a", history: turns });
    expect(received[0]).toEqual({ k: 3, docId: "a", history: turns.slice(-MAX_HISTORY_TURNS) });
    expect(MAX_HISTORY_TURNS).toBe(4);
  });

  it("cuts a long earlier question to its opening", async () => {
    const { engine, received } = recordingEngine();
    const long = "第2回首脳会議" + "あ".repeat(3_000);
    await engine.ask("それはいつ？", { history: [long, "短い質問"] });
    const history = received[0]!.history!;
    expect(history).toHaveLength(2);
    expect(history[0]).toHaveLength(MAX_HISTORY_TURN_CHARS);
    expect(history[0]!.startsWith("第2回首脳会議あ")).toBe(true);
    expect(history[1]).toBe("短い質問");
  });

  it("passes questions without history, and short histories, through unchanged", async () => {
    const { engine, received } = recordingEngine();
    await engine.ask("第2回首脳会議はどこで開かれた？", { k: 12 });
    await engine.ask("第2回首脳会議はどこで開かれた？");
    await engine.ask("それはいつ？", { history: ["第2回首脳会議はどこで開かれた？"] });
    expect(received).toEqual([{ k: 12 }, undefined, { history: ["第2回首脳会議はどこで開かれた？"] }]);
  });

  it("counts characters, not UTF-16 units: a cut never splits a surrogate pair", () => {
    const emoji = "😀".repeat(MAX_HISTORY_TURN_CHARS + 10);
    const [kept] = boundHistory([emoji]);
    expect(Array.from(kept!)).toHaveLength(MAX_HISTORY_TURN_CHARS);
    expect(kept).toBe("😀".repeat(MAX_HISTORY_TURN_CHARS));
    // Under the cap in characters though over it in UTF-16 units: kept whole.
    const short = "😀".repeat(MAX_HISTORY_TURN_CHARS - 1);
    expect(boundHistory([short])).toEqual([short]);
  });
});
