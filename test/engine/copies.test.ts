import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openEngine } from "../../src/engine/open.js";
import { LABELS } from "../../src/discord/locale.js";
import { answerCard } from "../../src/render/discord.js";
import { answerToJsonLine } from "../../src/render/json.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { buildFixtureIndex, copyCorpus, tempDirs, testConfig } from "../helpers/fixtures.js";

const tmp = tempDirs();

const article = (front: Record<string, string>, paragraphs: readonly string[]) =>
  `---\n${Object.entries(front)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join("\n")}\n---\n${paragraphs.join("\n\n")}\n`;

const OPENING = "西安で開かれた中国・中央アジア首脳会議は二日間の日程を終え、閉幕した。";
const FUND =
  "中国と中央アジア5カ国は、アムダリヤ川流域の水資源を管理する基金を設立することで合意した。基金の規模は12億ドルで、2026年から灌漑設備の改修に充てられる。各国の水資源相が年に一度集まり、配分を決める。";
const FUND_EDITED =
  "中国と中央アジア５か国は、アムダリヤ川流域の水資源を管理するための基金を設立することで合意した。基金の規模は12億ドルで、2026年から灌漑設備の改修に充てられる。";
const FUND_REWRITTEN =
  "中国と中央アジア5カ国がアムダリヤ川流域の水資源を管理する基金の設立で合意した。基金の規模は12億ドルで、2026年から灌漑設備の改修に充てられる。各国の水資源相が年に一度集まり配分を決める。関係者が明らかにした。";
const RAILWAY =
  "中国と中央アジア5カ国の首脳は、中国・キルギス・ウズベキスタン鉄道の建設を急ぐことでも一致した。キルギス南部のジャララバード付近で最初のレールが敷かれ、2030年の開通を目指す。";

/** The original (published first, but last in file order), two outlets' copies, and a distinct story on the same summit. */
const ARTICLES = {
  "z-steppe-daily.md": article({ title: "アムダリヤ基金で合意", source: "Steppe Daily", published: "2025-06-18" }, [
    OPENING,
    FUND,
    RAILWAY,
  ]),
  "a-caspian-wire.md": article({ title: "水資源基金、12億ドル", source: "Caspian Wire", published: "2025-06-19" }, [
    FUND_EDITED,
  ]),
  "b-silk-road-news.md": article(
    { title: "中央アジアと水の基金", source: "Silk Road News", fetched: "2025-06-20T08:00:00Z" },
    [FUND_REWRITTEN],
  ),
};
const QUESTION = "アムダリヤ川の基金の規模はいくら？";

async function indexOf(articles: Readonly<Record<string, string>>): Promise<{ corpus: string; index: string }> {
  // Beside the engine fixture's articles, so the story's words are rare in the corpus as in a real archive.
  const corpus = copyCorpus(tmp());
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(corpus, name), text);
  const index = tmp();
  await buildFixtureIndex(corpus, index);
  return { corpus, index };
}

describe("the same story from several outlets", () => {
  it("quotes the story once, as its earliest publication, and names the other outlets", async () => {
    const { index } = await indexOf(ARTICLES);
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

  it("an index written before copies.bin existed still opens and answers, each copy on its own", async () => {
    const { index } = await indexOf(ARTICLES);
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
