import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/open.js";
import { openEngine } from "../../src/engine/open.js";
import { SummitError } from "../../src/errors.js";
import { buildFixtureIndex, ENGINE_CORPUS, PROJECT_ROOT, tempDirs, testConfig } from "../helpers/fixtures.js";

const tmp = tempDirs();
let indexDir: string;
let engine: Engine;

beforeAll(async () => {
  indexDir = tmp();
  await buildFixtureIndex(ENGINE_CORPUS, indexDir);
  // warm: also exercises the start-up path a long-running bot takes.
  engine = await openEngine(testConfig(), { indexDir, warm: true });
});

afterAll(async () => {
  await engine?.close();
});

describe("English questions over Japanese articles", () => {
  it("finds the Japanese paragraph and quotes it verbatim, labelled in English", async () => {
    const answer = await engine.ask("How much in loans and grant aid did China announce for Central Asia?", { k: 3 });
    expect(answer.lang).toBe("en");
    expect(answer.answerable).toBe(true);
    const top = answer.results[0]!;
    expect(top.text).toContain("260億元");
    expect(engine.passage(top.id)?.text).toBe(top.text);
  });

  it("explains the match with English glosses of the Japanese terms found in the quote", async () => {
    const answer = await engine.ask("Which treaty did the leaders sign in Astana?", { k: 3 });
    const top = answer.results[0]!;
    expect(top.text).toContain("条約");
    expect(top.glosses.length).toBeGreaterThan(0);
    for (const g of top.glosses) {
      const [ja] = g.split(" = ");
      expect(top.text.normalize("NFKC")).toContain(ja!.normalize("NFKC"));
    }
  });

  it("answers a mixed question (English with a Japanese name)", async () => {
    const answer = await engine.ask("What was said about the D line of the 天然ガス pipeline?", { k: 3 });
    expect(answer.answerable).toBe(true);
    expect(answer.results[0]!.text).toContain("D線");
  });

  it("refuses an off-topic English question", async () => {
    const answer = await engine.ask("How do I bake sourdough bread at home?");
    expect(answer.answerable).toBe(false);
    expect(answer.results).toEqual([]);
  });

  it("never crashes on emoji-only, other scripts, single words or very long pasted text", async () => {
    for (const q of ["🎉🎉🎉", "Какая погода в Москве?", "trade", "summit ".repeat(2000)]) {
      const answer = await engine.ask(q);
      expect(typeof answer.answerable).toBe("boolean");
    }
  });

  it("gives the same answers when translation is turned off for Japanese questions", async () => {
    const plain = await openEngine(testConfig({ SUMMIT_TRANSLATE: "false" }), { indexDir });
    try {
      const q = "西安での首脳会議で中国は何を表明しましたか";
      expect((await plain.ask(q)).results.map((r) => r.id)).toEqual((await engine.ask(q)).results.map((r) => r.id));
      expect((await plain.ask("Which treaty did the leaders sign in Astana?")).answerable).toBe(false);
    } finally {
      await plain.close();
    }
  });
});

describe("the dictionary at start-up", () => {
  it("a missing dictionary file is a DICT error naming the path", async () => {
    const missing = join(tmp(), "none.bin");
    const err = await openEngine(testConfig({ SUMMIT_DICT_PATH: missing }), { indexDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SummitError);
    expect((err as SummitError).code).toBe("DICT");
    expect((err as SummitError).message).toContain(missing);
  });

  it("a damaged dictionary file is a DICT error, not a crash", async () => {
    const dir = tmp();
    mkdirSync(dir, { recursive: true });
    const damaged = join(dir, "en-ja.dict.bin");
    copyFileSync(join(PROJECT_ROOT, "data/en-ja.dict.bin"), damaged);
    writeFileSync(damaged, "not a dictionary\n", { flag: "r+" });
    const err = await openEngine(testConfig({ SUMMIT_DICT_PATH: damaged }), { indexDir }).catch((e: unknown) => e);
    expect((err as SummitError).code).toBe("DICT");
  });
});
