import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openEngine } from "../../src/engine/open.js";
import { openWorkerEngine } from "../../src/engine/worker-engine.js";
import { LABELS } from "../../src/discord/locale.js";
import { answerCard } from "../../src/render/discord.js";
import { answerToJsonLine } from "../../src/render/json.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { ARTICLES, FUND_EDITED, indexOf, QUESTION } from "../helpers/copies-corpus.js";
import { tempDirs, testConfig } from "../helpers/fixtures.js";

const tmp = tempDirs();

describe("the same story from several outlets", () => {
  it("quotes the story once, as its earliest publication, and names the other outlets", async () => {
    const { index } = await indexOf(tmp, ARTICLES);
    const engine = await openEngine(testConfig(), { indexDir: index, skipFreshness: true });
    try {
      const answer = await engine.ask(QUESTION, { k: 5 });
      expect(answer.answerable).toBe(true);
      const first = answer.results[0]!;
      expect(first.id).toBe("z-steppe-daily#2");
      expect(first.alsoPublishedBy).toEqual([
        {
          id: "a-caspian-wire#1",
          docId: "a-caspian-wire",
          title: "水資源基金、12億ドル",
          source: "Caspian Wire",
          published: "2025-06-19",
        },
        {
          id: "b-silk-road-news#1",
          docId: "b-silk-road-news",
          title: "中央アジアと水の基金",
          source: "Silk Road News",
        },
      ]);
      // No other quote is a copy of it; the railway paragraph (same summit, same names) stays its own.
      expect(answer.results.map((r) => r.id)).not.toContain("a-caspian-wire#1");
      expect(answer.results.map((r) => r.id)).not.toContain("b-silk-road-news#1");
      for (const r of answer.results.slice(1)) expect(r.alsoPublishedBy).toBeUndefined();

      // Every surface names them.
      expect(renderTerminal(answer)).toContain(
        "  (同じ記事の他の掲載: Caspian Wire, 2025-06-19 (a-caspian-wire#1); Silk Road News (b-silk-road-news#1))",
      );
      const json = JSON.parse(answerToJsonLine(answer));
      expect(json.results[0].also_published_by.map((c: { id: string }) => c.id)).toEqual([
        "a-caspian-wire#1",
        "b-silk-road-news#1",
      ]);
      expect(json.results[0]).toMatchObject({ id: "z-steppe-daily#2", paragraph: 2, source: "Steppe Daily" });
      const card = answerCard(answer, LABELS.en);
      expect(card.embeds![0]!.fields).toContainEqual({
        name: "Also published by",
        value: "Caspian Wire, 2025-06-19 (a-caspian-wire#1); Silk Road News (b-silk-road-news#1)",
        inline: false,
      });

      // A copy is still its own citation: looked up by its id, and quoted when asked within its article.
      expect(engine.passage("a-caspian-wire#1")?.text).toBe(FUND_EDITED);
      const within = await engine.ask(QUESTION, { docId: "a-caspian-wire" });
      expect(within.results[0]?.id).toBe("a-caspian-wire#1");
    } finally {
      await engine.close();
    }
  });

  it("a paragraph cited by its id names the other outlets of its story, in this thread and through engine workers", async () => {
    const { index } = await indexOf(tmp, ARTICLES);
    const config = testConfig();
    for (const engine of [
      await openEngine(config, { indexDir: index, skipFreshness: true }),
      await openWorkerEngine(config, { indexDir: index, skipFreshness: true, workers: 1 }),
    ]) {
      try {
        // A copy names the publication answers quote (earliest first) and the other copy, never itself.
        const copy = engine.cited("a-caspian-wire#1")!;
        expect(copy.text).toBe(FUND_EDITED);
        expect(copy.alsoPublishedBy?.map((c) => [c.id, c.source])).toEqual([
          ["z-steppe-daily#2", "Steppe Daily"],
          ["b-silk-road-news#1", "Silk Road News"],
        ]);
        expect(engine.cited("z-steppe-daily#2")!.alsoPublishedBy?.map((c) => c.id)).toEqual([
          "a-caspian-wire#1",
          "b-silk-road-news#1",
        ]);
        // A paragraph in no group names nobody; `cite` on the command line says it as an answer would.
        expect(engine.cited("z-steppe-daily#1")!.alsoPublishedBy).toBeUndefined();
        expect(renderTerminal(await engine.ask("a-caspian-wire#1"))).toContain(
          "  (Also published by: Steppe Daily, 2025-06-18 (z-steppe-daily#2); Silk Road News (b-silk-road-news#1))",
        );
      } finally {
        await engine.close();
      }
    }
  });

  it("an index written before copies.bin existed still opens and answers, each copy on its own", async () => {
    const { index } = await indexOf(tmp, ARTICLES);
    const manifestPath = join(index, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    expect(manifest.files["copies.bin"]).toBeDefined();
    rmSync(join(index, manifest.generation, "copies.bin"));
    delete manifest.files["copies.bin"];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const engine = await openEngine(testConfig(), { indexDir: index, skipFreshness: true });
    try {
      const answer = await engine.ask(QUESTION, { k: 5 });
      expect(answer.answerable).toBe(true);
      expect(answer.results.every((r) => r.alsoPublishedBy === undefined)).toBe(true);
      expect(answer.results.map((r) => r.docId)).toContain("z-steppe-daily");
    } finally {
      await engine.close();
    }
  });
});
