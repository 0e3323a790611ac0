/**
 * Find sources: the paragraphs a message quotes lead the answer, and the answer then says it answers
 * in both of its fields (`answerable` and `confidence` agree, as retrieval's own answers do).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openEngine } from "../../src/engine/open.js";
import type { Engine } from "../../src/engine/types.js";
import { fixtureIndex } from "../helpers/fixture-engine.js";

let engine: Engine;
beforeAll(async () => {
  const indexDir = await fixtureIndex();
  engine = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: indexDir }), { indexDir });
});
afterAll(async () => {
  await engine?.close();
});

describe("findSources with a quoted passage", () => {
  it("is answerable with confidence `answer`, even when the claim alone is not answered", async () => {
    const p = engine.suggestPassages("", Infinity)[2]!;
    const message = `記事には「${p.text.slice(0, 30)}」とある`;
    const claim = "火星探査機の打ち上げ日は？";
    expect((await engine.ask(claim, { k: 3 })).confidence).not.toBe("answer");
    const { answer } = await engine.findSources({ message, claim });
    expect(answer.results[0]!.id).toBe(p.id);
    expect(answer.answerable).toBe(true);
    expect(answer.confidence).toBe("answer");
  });
});
