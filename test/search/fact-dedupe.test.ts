import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/open.js";
import { engineOver, tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
let engine: Engine;

// Two articles repeat one fact in the same words, each inside an otherwise different paragraph.
const FACT = "過去2年で中国と中央アジアの貿易は35%増加したと習主席は述べた。";
const ARTICLES: Record<string, string> = {
  "summit-report.md": `---\ntitle: サミット詳報\n---\n\n${FACT}会場には6か国の国旗が並び、各国の代表団が到着した。歓迎式典は大統領府で盛大に行われた。\n\nザクロの木は協力の象徴とされた。\n`,
  "summit-analysis.md": `---\ntitle: サミットの読み解き\n---\n\n専門家は物流と鉱業の協力に注目している。${FACT}鉄道の新路線やパイプラインの計画も議題に上った。\n\n日本の読者にとってもエネルギー市場への影響は大きい。\n`,
};

beforeAll(async () => {
  engine = await engineOver(ARTICLES, tmp);
});

afterAll(async () => {
  await engine?.close();
});

describe("one fact told twice", () => {
  it("is quoted once: a paragraph whose answering sentence is already quoted is listed as its duplicate", async () => {
    const answer = await engine.ask("中国と中央アジアの貿易は過去2年でどれだけ増えた?", { k: 5 });
    const withFact = answer.results.filter((r) => r.text.includes(FACT));
    expect(withFact).toHaveLength(1);
    const other = withFact[0]!.id.startsWith("summit-report") ? "summit-analysis#1" : "summit-report#1";
    expect(withFact[0]!.duplicates).toContain(other);
  });

  it("both are quoted when the question is answered by their different sentences", async () => {
    const answer = await engine.ask("歓迎式典と鉄道の新路線", { k: 5 });
    const ids = answer.results.map((r) => r.id);
    expect(ids).toContain("summit-report#1");
    expect(ids).toContain("summit-analysis#1");
  });
});
