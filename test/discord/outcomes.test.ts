import { parse } from "discord-markdown-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(await fixtureEngine());
});
afterAll(async () => {
  await h?.stop();
});

interface Node {
  readonly type: string;
  readonly content?: unknown;
}

/** Text nodes that are a bare `*` after Discord-style parsing: markup that did not close. */
function strayAsterisks(markdown: string): number {
  let n = 0;
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Node[]) {
      if (node.type === "text" && typeof node.content === "string" && node.content.includes("*")) n++;
      walk(node.content);
    }
  };
  walk(parse(markdown, "extended"));
  return n;
}

const texts = (data: { content?: string; embeds?: Array<{ description?: string }> }) => [
  data.content ?? "",
  ...(data.embeds ?? []).map((e) => e.description ?? ""),
];

describe("three outcomes through the fake Discord", () => {
  it("answers with bold answering sentences and a strength on every quote", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "2023年の貿易額はいくらでしたか？" }));
    const [first] = r.data.embeds;
    expect(first.description).toMatch(/\*\*.+\*\*/);
    expect(first.footer.text).toMatch(/match \d+%$/);
    expect(r.data.content).not.toContain("not an answer");
  });

  it("shows the closest passages of a question the articles don't answer as such: marked, no bold, never as an answer", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "カザフスタンの首相は誰ですか？" }));
    expect(r.data.content).toContain("The articles don't say this directly — the closest passages (not an answer):");
    expect(r.data.embeds.length).toBeGreaterThan(0);
    for (const e of r.data.embeds) {
      expect(e.description).not.toContain("**");
      expect(e.footer.text).toMatch(/match \d+%/);
    }
  });

  it("labels related passages in Japanese for a Japanese client", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "カザフスタンの首相は誰ですか？" }, { locale: "ja" }));
    expect(r.data.content).toContain("記事にはこの答えが直接書かれていません。");
    expect(r.data.embeds[0].footer.text).toMatch(/一致度 \d+%/);
  });

  it("refuses plainly when nothing is close", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "火星の天気は？" }));
    expect(r.data.embeds).toEqual([]);
    expect(r.data.content).toContain("don't answer");
  });

  it("sends markdown that parses without a leftover `*`, adjacent highlights merged into one bold span", async () => {
    for (const question of [
      "2023年の貿易額はいくらでしたか？",
      "カザフスタンの首相は誰ですか？",
      "第2回中国・中央アジア首脳会議はいつどこで開かれましたか？",
    ]) {
      const r = await h.fake.reply(h.fake.slash("ask", { question }));
      for (const md of texts(r.data)) {
        expect(strayAsterisks(md)).toBe(0);
        expect(md).not.toContain("****");
      }
    }
  });
});
