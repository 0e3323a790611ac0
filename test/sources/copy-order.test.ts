/**
 * Which publication of a story answers quote, as `add` and `sync` record the dates it is chosen
 * by (docs/copies.md): `published`, else `fetched` — kept from the first fetch —, and between two
 * of one time the one fetched first; a page that names no date takes its feed item's date.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "../../src/engine/open.js";
import { addSources } from "../../src/sources/add-sources.js";
import { describeOutcome } from "../../src/sources/describe.js";
import { Fetcher } from "../../src/sources/fetcher.js";
import { WEB_FIXTURES, type FixtureSite } from "../fixtures/web/server.js";
import { testConfig } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";

const setup = webCliSetup("copy-order");
let site: FixtureSite;
const config = testConfig({ SUMMIT_FETCH_ALLOW_PRIVATE: "true", SUMMIT_FETCH_HOST_INTERVAL_MS: "0" });
const QUESTION = "How much is the Amu Darya basin fund?";

/** The Steppe Daily story on another site that names no date anywhere (no meta, no time element). */
const undatedPage = (edit: (html: string) => string = (h) => h) =>
  edit(
    readFileSync(join(WEB_FIXTURES, "dev", "pages", "en-news.html"), "utf8")
      .replace(/<meta property="article:published_time"[^>]*>\n/, "")
      .replace(/<link rel="canonical"[^>]*>/, '<link rel="canonical" href="{{base}}/pages/undated-fund.html">')
      .replace(/Steppe Daily/g, "Ferghana Post")
      .replace(/ · 18 June 2025/, ""),
  );

beforeAll(() => {
  site = setup.site();
  site.setPage("undated-fund.html", undatedPage());
});

/** `add` of one page at a fixed time (the `fetched:` it records); its report line as the CLI prints it. */
async function addAt(dirs: { corpus: string; index: string }, page: string, now: string): Promise<string> {
  const result = await addSources([`${site.base}/pages/${page}`], {
    corpusDir: dirs.corpus,
    indexDir: dirs.index,
    config,
    fetcher: new Fetcher(config.fetch),
    now: () => new Date(now),
  });
  return describeOutcome(result.outcomes[0]!, result.index?.copies);
}

/** The article the answer quotes the fund paragraph from, and the outlets it names under it. */
async function quoted(index: string): Promise<{ docId: string; named: string[] }> {
  const engine = await openEngine(config, { indexDir: index });
  try {
    const first = (await engine.ask(QUESTION, { k: 3 })).results[0]!;
    return { docId: first.docId, named: (first.alsoPublishedBy ?? []).map((c) => c.docId) };
  } finally {
    await engine.close();
  }
}

describe("which publication of a story answers quote", () => {
  it("an undated article fetched before a dated copy was published is quoted, and stays so when it is re-fetched changed", async () => {
    const dirs = await setup.corpusWithIndex();
    const first = await addAt(dirs, "undated-fund.html", "2025-06-10T08:00:00Z");
    expect(first).toMatch(/^added +ferghana-post-undated-fund: "[^"]+" \(Ferghana Post, 6 paragraphs\)$/);
    const copy = await addAt(dirs, "en-news-edited.html", "2025-06-20T08:00:00Z");
    expect(copy).toMatch(
      /\(Tashkent Times, 2025-06-19, 5 paragraphs\) — 5 paragraphs also published earlier by ferghana-post-undated-fund: answers quote it and name this article$/,
    );
    expect(await quoted(dirs.index)).toEqual({
      docId: "ferghana-post-undated-fund",
      named: ["tashkent-times-en-news-edited"],
    });

    // Re-fetched a year later with a sentence changed: `fetched` keeps the first time, so the copy does not take its place.
    site.setPage(
      "undated-fund.html",
      undatedPage((h) => h.replace("agreed in Astana on Wednesday", "agreed in Astana on Wednesday evening")),
    );
    const update = await addAt(dirs, "undated-fund.html", "2026-06-10T08:00:00Z");
    expect(update).toMatch(
      /^updated +ferghana-post-undated-fund: .* — also published later by tashkent-times-en-news-edited: answers quote this article and name them$/,
    );
    expect(readFileSync(join(dirs.corpus, "ferghana-post-undated-fund.md"), "utf8")).toContain(
      'fetched: "2025-06-10T08:00:00Z"',
    );
    expect(await quoted(dirs.index)).toEqual({
      docId: "ferghana-post-undated-fund",
      named: ["tashkent-times-en-news-edited"],
    });
  });

  it("of two publications of one time, the one already in the corpus stays quoted when the other arrives, whatever their ids", async () => {
    const dirs = await setup.corpusWithIndex();
    await addAt(dirs, "en-news.html", "2026-12-01T08:00:00Z");
    // Aral Herald republished the page with its date: the same time; its id sorts before steppe-daily-….
    const copy = await addAt(dirs, "en-news-copy.html", "2026-12-02T08:00:00Z");
    expect(copy).toMatch(
      /\(Aral Herald, 2025-06-18, 6 paragraphs\) — 6 paragraphs also published by steppe-daily-amu-darya-basin-fund \(the same time; fetched first\): answers quote it and name this article$/,
    );
    expect(await quoted(dirs.index)).toEqual({
      docId: "steppe-daily-amu-darya-basin-fund",
      named: ["aral-herald-en-news-copy"],
    });
  });

  it("of two publications of one time added by one add, the one given first on its command line is quoted, whatever their ids", async () => {
    for (const [given, quotedId, namedId] of [
      [["en-news.html", "en-news-copy.html"], "steppe-daily-amu-darya-basin-fund", "aral-herald-en-news-copy"],
      [["en-news-copy.html", "en-news.html"], "aral-herald-en-news-copy", "steppe-daily-amu-darya-basin-fund"],
    ] as const) {
      const dirs = await setup.corpusWithIndex();
      const result = await addSources(
        given.map((page) => `${site.base}/pages/${page}`),
        {
          corpusDir: dirs.corpus,
          indexDir: dirs.index,
          config,
          fetcher: new Fetcher(config.fetch),
          now: () => new Date("2026-12-01T08:00:00Z"),
        },
      );
      const lines = result.outcomes.map((o) => describeOutcome(o, result.index?.copies));
      // The later one's line says which was quoted and why: the command line's order, not the ids.
      expect(lines[1]).toMatch(
        new RegExp(
          `— 6 paragraphs also published by ${quotedId} \\(the same time, added by one add; given first on its command line\\): answers quote it and name this article$`,
        ),
      );
      expect(readFileSync(join(dirs.corpus, `${quotedId}.md`), "utf8")).toMatch(/^input_order: 1$/m);
      expect(await quoted(dirs.index)).toEqual({ docId: quotedId, named: [namedId] });
    }
  });

  it("sync: a page that names no date takes its feed item's date, which orders it among the copies", async () => {
    const dirs = await setup.corpusWithIndex();
    site.setPage("undated-fund.html", undatedPage());
    const item = (page: string, date: string) =>
      `<item><title>Amu Darya fund</title><link>{{base}}/pages/${page}</link><pubDate>${date}</pubDate></item>`;
    site.setFeed(
      "dated-items.rss.xml",
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>{{base}}/</link><description>d</description>
${item("en-news-edited.html", "Thu, 19 Jun 2025 02:00:00 GMT")}${item("undated-fund.html", "Sun, 15 Jun 2025 06:00:00 GMT")}</channel></rss>`,
    );
    const dirFlags = ["--corpus", dirs.corpus, "--index", dirs.index];
    await runCli(["feeds", "add", `${site.base}/feeds/dated-items.rss.xml`, "--corpus", dirs.corpus]);
    const run = await runCli(["sync", ...dirFlags]);
    expect(run.out).toMatch(
      /^ {2}added +ferghana-post-undated-fund: "[^"]+" \(Ferghana Post, 2025-06-15, 6 paragraphs\)$/m,
    );
    expect(run.out).toMatch(
      /^ {2}story: quoted ferghana-post-undated-fund \(published first\); also tashkent-times-en-news-edited$/m,
    );
    expect(readFileSync(join(dirs.corpus, "ferghana-post-undated-fund.md"), "utf8")).toMatch(
      /^published: "2025-06-15T06:00:00(\.000)?Z"$/m,
    );
    expect(await quoted(dirs.index)).toEqual({
      docId: "ferghana-post-undated-fund",
      named: ["tashkent-times-en-news-edited"],
    });
  });
});
