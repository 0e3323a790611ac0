/**
 * The first held-out pages and feeds (test/fixtures/web/heldout/), written after the extractor
 * and tried as the dev ones are. They have since been studied (the removal of calls to action
 * at the body's end came from one of them), so they are pinned like the dev pages: every body
 * paragraph and nothing else; so are the heldout2/ to heldout8/ pages, studied since;
 * fresh blind sets (heldout9/ …) are measured by bench/sources.ts.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Fetcher } from "../../src/sources/fetcher.js";
import { readSource } from "../../src/sources/read-source.js";
import { startFixtureSite, FIXTURE_FETCH_SETTINGS, WEB_FIXTURES, type FixtureSite } from "../fixtures/web/server.js";
import { expectedParagraphs, quality } from "../helpers/extraction-quality.js";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";

const setup = webCliSetup("heldout", "heldout");
const fetchSettings = FIXTURE_FETCH_SETTINGS;

describe("held-out pages", () => {
  const pages = readdirSync(join(WEB_FIXTURES, "heldout", "expected")).map((f) => f.replace(/\.txt$/, ""));
  it.each(pages)("%s: every body paragraph extracted verbatim, and nothing else", async (name) => {
    const { article } = await readSource(
      `${setup.site().base}/pages/${name}.html`,
      new Fetcher(fetchSettings),
      fetchSettings.maxBytes,
    );
    const q = quality(article, expectedParagraphs(join(WEB_FIXTURES, "heldout", "expected", `${name}.txt`)));
    expect(q.missing).toEqual([]);
    expect(q.extra).toEqual([]);
  });

  it("reads the EUC-JP page named only by its <meta>, with its date from <meta name=pubdate>", async () => {
    const { article } = await readSource(
      `${setup.site().base}/pages/ja-eucjp.html`,
      new Fetcher(fetchSettings),
      fetchSettings.maxBytes,
    );
    expect(article).toMatchObject({
      title: "ウルムチ―アルマトイ間に定期旅客便、週3往復で再開",
      source: "北西経済新聞",
      published: "2025-03-21",
      lang: "ja",
    });
  });
});

// The second to seventh held-out pages, each measured once blind and since studied (pull quotes,
// lone labels, standfirsts, bio boxes and related lists came from held-out2's misses; the block
// furniture score was checked on held-out3's; layout-table cells, embedded posts and boxes set
// into the body on held-out4's; comment threads and furniture words on the article's own
// container on held-out5's; standfirsts, captions beside images and the site's notices to its
// reader (sign-up, members-only, contact, rights) on held-out6's; bios of the writer, cookie and
// machine-transcript notices, standfirsts restating the body and a transcript's turns each in a
// wrapper of its own on held-out7's): pinned the same way.
describe.each([
  ["second", "heldout2"],
  ["third", "heldout3"],
  ["fourth", "heldout4"],
  ["fifth", "heldout5"],
  ["sixth", "heldout6"],
  ["seventh", "heldout7"],
  // Held-out8 (round nine: a live-blog update Readability dropped, a sign-off, a source line, an editor's note).
  ["eighth", "heldout8"],
])("%s held-out pages", (_, set) => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite(set);
  });
  afterAll(() => site.close());
  const pages = readdirSync(join(WEB_FIXTURES, set, "expected")).map((f) => f.replace(/\.txt$/, ""));
  it.each(pages)("%s: every body paragraph extracted verbatim, and nothing else", async (name) => {
    const { article } = await readSource(
      `${site.base}/pages/${name}.html`,
      new Fetcher(fetchSettings),
      fetchSettings.maxBytes,
    );
    const q = quality(article, expectedParagraphs(join(WEB_FIXTURES, set, "expected", `${name}.txt`)));
    expect(q.missing).toEqual([]);
    expect(q.extra).toEqual([]);
  });
});

describe("held-out feeds", () => {
  it("syncs an RSS feed with HTML summaries and a JSON Feed, matching items only", async () => {
    const { corpus, dirs } = await setup.corpusWithIndex();
    const base = setup.site().base;
    await runCli(["feeds", "add", `${base}/feeds/press.rss.xml`, "--match", "China", "--corpus", corpus]);
    await runCli(["feeds", "add", `${base}/feeds/watch.json`, "--match", "中央アジア|中国", "--corpus", corpus]);
    const run = await runCli(["sync", ...dirs]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^ {2}added +transport-dostyk-second-track: /m);
    expect(run.out).toMatch(/^ {2}added +asia-keizai-turkmen-gas-line-d: /m);
    expect(run.out).toMatch(/^ {2}added +ja-eucjp: /m);
    expect(run.out).toMatch(/skipped +\S+\/pages\/road-safety\.html: its title and summary do not match/);
    expect(run.out).toMatch(/skipped +\S+\/pages\/nikkei-high\.html: its title and summary do not match/);
    expect(run.out).toMatch(/^3 added, 0 updated, 2 skipped, 0 failed/m);
  });
});
