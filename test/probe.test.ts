import { afterAll, beforeAll, it } from "vitest";
import type { Engine } from "../src/engine/open.js";
import { engineOver, tempDirs } from "./helpers/fixtures.js";
import { ANSWER_TRAPS } from "./helpers/answer-corpus.js";
const tmp = tempDirs();
let engine: Engine;
beforeAll(async () => { engine = await engineOver(ANSWER_TRAPS, tmp); });
afterAll(async () => { await engine?.close(); });
it("probe", async () => {
  for (const q of (process.env.PROBE ?? "").split("|")) {
    const a = await engine.ask(q, { k: 3 });
    console.log(q, a.confidence, a.results.map((r) => `${r.id}:${r.strength}:${r.score}:${r.highlights.map((h) => r.text.slice(h.start, h.end)).join("|")}`).join("\n  "));
  }
});
