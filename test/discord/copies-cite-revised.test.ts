/**
 * `/cite id:` (and the engine's `cited`, which `summit-bot cite` prints) of a paragraph that
 * changed or was removed since it may have been quoted still names the other outlets of its
 * story, as it does for an unchanged one (issue 21, part 3).
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "../../src/engine/open.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { citedAnswer } from "../../src/engine/cited-paragraph.js";
import { ARTICLES, article, FUND, OPENING, RAILWAY, indexOf } from "../helpers/copies-corpus.js";
import { buildFixtureIndex, tempDirs, testConfig } from "../helpers/fixtures.js";
import { startHarness, type Harness } from "./harness.js";

const tmp = tempDirs();
let h: Harness;
beforeAll(async () => {
  const { corpus, index } = await indexOf(tmp, ARTICLES);
  // The original's fund paragraph gains a sentence (changed: same id, older text kept) and the
  // Caspian Wire's copy leaves the corpus (its paragraph removed).
  writeFileSync(
    join(corpus, "z-steppe-daily.md"),
    article({ title: "アムダリヤ基金で合意", source: "Steppe Daily", published: "2025-06-18" }, [
      OPENING,
      `${FUND}初会合は秋に開かれる。`,
      RAILWAY,
    ]),
  );
  rmSync(join(corpus, "a-caspian-wire.md"));
  await buildFixtureIndex(corpus, index);
  h = await startHarness(await openEngine(testConfig(), { indexDir: index, skipFreshness: true }));
});
afterAll(async () => {
  await h?.stop();
});

const afterQuote = (content: string) => content.split("\n").filter((l) => !l.startsWith("> "));

describe("/cite of a changed or removed paragraph of a story other outlets published too", () => {
  it("a changed paragraph: says it changed, shows both texts, and names the other outlets under its citation", async () => {
    const r = await h.fake.reply(h.fake.slash("cite", { id: "z-steppe-daily#2" }));
    expect(r.data.content).toMatch(/^`z-steppe-daily#2` was changed on /);
    expect(afterQuote(r.data.content).slice(-2)).toEqual([
      "— アムダリヤ基金で合意 (Steppe Daily) `z-steppe-daily#2`",
      "Also published by: Silk Road News (b-silk-road-news#1)",
    ]);
  });

  it("a removed paragraph: says it was removed, and names the outlets whose copy is still there, earliest first", async () => {
    const r = await h.fake.reply(h.fake.slash("cite", { id: "a-caspian-wire#1" }, { locale: "ja" }));
    expect(r.data.content).toMatch(/削除/);
    expect(afterQuote(r.data.content).slice(-1)).toEqual([
      "同じ記事の他の掲載: Steppe Daily, 2025-06-18 (z-steppe-daily#2); Silk Road News (b-silk-road-news#1)",
    ]);
  });

  it("the terminal's cite says the same", () => {
    const cited = h.engines.current.cited("a-caspian-wire#1")!;
    expect(cited.citation?.status).toBe("removed");
    expect(renderTerminal(citedAnswer("a-caspian-wire#1", cited))).toContain(
      "(Also published by: Steppe Daily, 2025-06-18 (z-steppe-daily#2); Silk Road News (b-silk-road-news#1))",
    );
  });
});
