import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "../../src/engine/open.js";
import { ARTICLES, indexOf } from "../helpers/copies-corpus.js";
import { tempDirs, testConfig } from "../helpers/fixtures.js";
import { startHarness, type Harness } from "./harness.js";

const tmp = tempDirs();
let h: Harness;
beforeAll(async () => {
  const { index } = await indexOf(tmp, ARTICLES);
  h = await startHarness(await openEngine(testConfig(), { indexDir: index, skipFreshness: true }));
});
afterAll(async () => {
  await h?.stop();
});

/** The lines of a /cite post after its block quote: the citation, then what else it says. */
const afterQuote = (content: string) => content.split("\n").filter((l) => !l.startsWith("> "));

describe("/cite of a story other outlets published too", () => {
  it("by query: quotes the earliest publication and names the other outlets under its citation", async () => {
    const r = await h.fake.reply(h.fake.slash("cite", { query: "アムダリヤ川の基金の規模" }));
    expect(r.ephemeral).toBe(false);
    expect(afterQuote(r.data.content)).toEqual([
      "— アムダリヤ基金で合意 (Steppe Daily) `z-steppe-daily#2`",
      "Also published by: Caspian Wire, 2025-06-19 (a-caspian-wire#1); Silk Road News (b-silk-road-news#1)",
    ]);
  });

  it("by id of a copy: posts the copy's own text and names the publication answers quote, in the member's language", async () => {
    const r = await h.fake.reply(h.fake.slash("cite", { id: "a-caspian-wire#1" }, { locale: "ja" }));
    expect(r.data.content.split("\n")[0]).toMatch(/^> 中国と中央アジア５か国は/);
    expect(afterQuote(r.data.content)).toEqual([
      "— 水資源基金、12億ドル (Caspian Wire) `a-caspian-wire#1`",
      "同じ記事の他の掲載: Steppe Daily, 2025-06-18 (z-steppe-daily#2); Silk Road News (b-silk-road-news#1)",
    ]);
  });

  it("by id of a paragraph no other outlet published: the citation alone, as before", async () => {
    const r = await h.fake.reply(h.fake.slash("cite", { id: "z-steppe-daily#3" }));
    expect(afterQuote(r.data.content)).toEqual(["— アムダリヤ基金で合意 (Steppe Daily) `z-steppe-daily#3`"]);
  });
});
