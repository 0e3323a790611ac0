import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { docIdFor, docIdForUrl } from "../../src/sources/doc-id.js";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";
import type { FixtureSite } from "../fixtures/web/server.js";

const setup = webCliSetup("doc-id-paths");
const { tmp, corpusWithIndex } = setup;
let site: FixtureSite;
beforeAll(() => {
  site = setup.site();
});

const added = (corpus: string, before: readonly string[]) =>
  readdirSync(corpus)
    .filter((f) => !before.includes(f))
    .sort();

/** The copy of en-news.html the fixture site serves as another outlet's page, under its own 127.0.0.1 address. */
async function savedCopy(): Promise<string> {
  const html = await (await fetch(`${site.base}/pages/en-news-copy.html`)).text();
  const dir = join(tmp(), "saved");
  mkdirSync(dir);
  writeFileSync(join(dir, "page.html"), html);
  return join(dir, "page.html");
}

describe("one doc-id rule for add URL, add FILE and sync", () => {
  it("names a page on a host that is an address by its outlet and its path, however it came", async () => {
    const viaUrl = await corpusWithIndex();
    const before = readdirSync(viaUrl.corpus);
    await runCli(["add", `${site.base}/pages/en-news-copy.html`, ...viaUrl.dirs]);
    expect(added(viaUrl.corpus, before)).toEqual(["aral-herald-en-news-copy.md"]);

    const viaFile = await corpusWithIndex();
    await runCli(["add", await savedCopy(), ...viaFile.dirs]);
    // A saved page names its address (the canonical link): the same id as its URL, not the file's name.
    expect(added(viaFile.corpus, before)).toEqual(["aral-herald-en-news-copy.md"]);

    const viaSync = await corpusWithIndex();
    // The fixture site's RSS lists the page as an item (its title says "republished").
    await runCli([
      "feeds",
      "add",
      `${site.base}/feeds/news.rss.xml`,
      "--match",
      "republished",
      "--corpus",
      viaSync.corpus,
    ]);
    await runCli(["sync", ...viaSync.dirs]);
    expect(added(viaSync.corpus, before)).toEqual(["aral-herald-en-news-copy.md"]);
  });

  it("gives a page on a named host the same id by URL, by saved file and by feed", () => {
    const article = {
      url: "https://steppe-daily.example/world/2025/06/amu-darya-basin-fund",
      source: "Steppe Daily",
      title: "x",
    };
    const id = "steppe-daily-amu-darya-basin-fund";
    expect(docIdFor(article, { fetchedUrl: "http://127.0.0.1:9/pages/en-news.html" })).toBe(id);
    expect(docIdFor(article, { file: "/tmp/saved/en-news.html" })).toBe(id);
  });

  it("names a file that names no address after the file, and an address host without an outlet by its path", () => {
    expect(docIdFor({ title: "Joint statement", source: "Xinhua" }, { file: "/tmp/press/statement.txt" })).toBe(
      "statement",
    );
    expect(
      docIdFor({ title: "声明", source: "中央アジア新報" }, { fetchedUrl: "http://127.0.0.1:8080/pages/ja-sjis.html" }),
    ).toBe("ja-sjis");
    expect(docIdForUrl("http://localhost:8080/pages/water-fund.html", "Aral Herald Daily Evening Edition")).toBe(
      "aral-herald-daily-water-fund",
    );
  });
});
