/** With PUBLIC_URL set, every result the engine hands a surface links to its paragraph on the archive site. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openEngine } from "../../src/engine/open.js";
import { paragraphPath, permalink } from "../../src/engine/permalink.js";
import type { Engine } from "../../src/engine/types.js";
import { fixtureIndex } from "../helpers/fixture-engine.js";

let linked: Engine;
let plain: Engine;
beforeAll(async () => {
  const indexDir = await fixtureIndex();
  linked = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: indexDir, PUBLIC_URL: "https://summits.example.org/" }), {
    indexDir,
  });
  plain = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: indexDir }), { indexDir });
});
afterAll(async () => {
  await linked?.close();
  await plain?.close();
});

describe("permalinks", () => {
  it("read like the citation: /doc/<article>#<n>, the article id percent-encoded", () => {
    expect(paragraphPath("xian-summit-2023", 3)).toBe("/doc/xian-summit-2023#3");
    expect(paragraphPath("記事 1", 2)).toBe("/doc/%E8%A8%98%E4%BA%8B%201#2");
    expect(permalink("https://a.example", "d", 1)).toBe("https://a.example/doc/d#1");
  });

  it("are stamped on ask, cite and find-sources results when PUBLIC_URL is set", async () => {
    const answer = await linked.ask("習近平国家主席はどこで首脳会議を開いた？", { k: 3 });
    expect(answer.results.length).toBeGreaterThan(0);
    for (const r of answer.results) expect(r.permalink).toBe(`https://summits.example.org/doc/${r.docId}#${r.n}`);
    const cited = await linked.cite("習近平国家主席はどこで首脳会議を開いた？");
    expect(cited?.permalink).toBe(`https://summits.example.org/doc/${cited!.docId}#${cited!.n}`);
    const { answer: sources } = await linked.findSources({ message: "西安で首脳会議", claim: "西安で首脳会議" });
    for (const r of sources.results) expect(r.permalink).toMatch(/^https:\/\/summits\.example\.org\/doc\//);
  });

  it("are absent without PUBLIC_URL", async () => {
    const answer = await plain.ask("習近平国家主席はどこで首脳会議を開いた？", { k: 3 });
    expect(answer.results.length).toBeGreaterThan(0);
    for (const r of answer.results) expect(r).not.toHaveProperty("permalink");
  });
});
