import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFeedItems } from "../../src/sources/feed-items.js";
import { WEB_FIXTURES, type FixtureSite } from "../fixtures/web/server.js";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";

const setup = webCliSetup("sync");
const { corpusWithIndex } = setup;
let site: FixtureSite;
beforeAll(() => {
  site = setup.site();
});

describe("summit-bot feeds and sync", () => {
  it("first sync adds the matching items and skips the rest with the reason; the second adds nothing", async () => {
    const { corpus, index, dirs } = await corpusWithIndex();
    const added = await runCli([
      "feeds",
      "add",
      `${site.base}/feeds/news.rss.xml`,
      "--match",
      "Central Asia",
      "--corpus",
      corpus,
    ]);
    expect(added.out).toBe(
      `added feed ${site.base}/feeds/news.rss.xml: "Steppe Daily – World", 5 items now, 4 matching /Central Asia/i; run \`summit-bot sync\` to add them\n`,
    );
    expect(existsSync(`${corpus}.feeds.json`)).toBe(true);

    const first = await runCli(["sync", ...dirs]);
    expect(first.code).toBe(0);
    const lines = first.out.trimEnd().split("\n");
    expect(lines[0]).toBe(`feed ${site.base}/feeds/news.rss.xml: 5 items`);
    expect(lines.slice(1, -1).map((l) => l.trim().replace(/ +/g, " ").replace(site.base, ""))).toEqual([
      // The same story from another outlet is added, and grouped with it: both pages name the same day and were
      // fetched in one sync, so the feed's dates for the items decide (the 18th before the 19th), not the ids.
      'added steppe-daily-amu-darya-basin-fund: "Central Asia water ministers agree Amu Darya basin fund" (Steppe Daily, 2025-06-18, 6 paragraphs)',
      "skipped /pages/offtopic.html: its title and summary do not match /Central Asia/iu",
      'added caspian-wire-kyrgyz-railway-first-rails: "Kyrgyzstan–China railway: first rails laid near Jalal-Abad" (Caspian Wire, 2025-07-02, 3 paragraphs)',
      // A page on a host that is an address (the fixture site's 127.0.0.1) is named by its outlet and path.
      'added aral-herald-en-news-copy: "Central Asia water ministers agree Amu Darya basin fund" (Aral Herald, 2025-06-18, 6 paragraphs)',
      "skipped /pages/en-news.html?utm_source=rss: the same link as an item taken already (tracking parameters aside)",
      // The story both outlets carry, said once, short.
      "story: quoted steppe-daily-amu-darya-basin-fund (same time, its feed item first); also aral-herald-en-news-copy",
    ]);
    expect(lines.at(-1)).toMatch(/^3 added, 0 updated, 2 skipped, 0 failed; index: 7 documents, \d+ paragraphs$/);
    // What ordered the two: each item's feed date and its place in the run, kept in the article's front matter.
    expect(readFileSync(join(corpus, "aral-herald-en-news-copy.md"), "utf8")).toMatch(
      /^feed_date: "2025-06-19T04:30:00Z"\nfeed_order: 4$/m,
    );
    expect(readFileSync(join(corpus, "steppe-daily-amu-darya-basin-fund.md"), "utf8")).toMatch(
      /^feed_date: "2025-06-18T04:30:00Z"\nfeed_order: 1$/m,
    );
    expect(site.requests.some((r) => r.path === "/pages/offtopic.html")).toBe(false);

    const files = readdirSync(corpus).sort();
    const before = site.requests.length;
    const second = await runCli(["sync", ...dirs]);
    expect(second.out).toBe(
      `feed ${site.base}/feeds/news.rss.xml: not modified since the last sync\n0 added, 0 updated, 0 skipped, 0 failed\n`,
    );
    expect(site.requests.slice(before).map((r) => r.path)).toEqual(["/robots.txt", "/feeds/news.rss.xml"]);
    expect(site.requests.at(-1)?.ifNoneMatch).toMatch(/^"[0-9a-f]+"$/);
    expect(readdirSync(corpus).sort()).toEqual(files);

    const listed = await runCli(["feeds", "list", "--corpus", corpus]);
    expect(listed.out).toMatch(/news\.rss\.xml {2}--match Central Asia {2}\(3 items taken, last sync \d{4}-/);
    const ask = await runCli(["ask", "--index", index, "ホルゴス"]);
    expect(ask.code).toBe(0);
  });

  it("when the feed changes, fetches only the new item", async () => {
    const { corpus, dirs } = await corpusWithIndex();
    const feed = readFileSync(join(WEB_FIXTURES, "dev", "feeds", "news.atom.xml"), "utf8");
    site.setFeed("changing.atom.xml", feed);
    await runCli(["feeds", "add", `${site.base}/feeds/changing.atom.xml`, "--match", "中央アジア", "--corpus", corpus]);
    const first = await runCli(["sync", ...dirs]);
    expect(first.out).toMatch(/^2 added, 0 updated, 1 skipped, 0 failed/m);

    const entry = `<entry><title>中央アジアの鉄道、新しい路線</title><link href="{{base}}/pages/amp.html"/><id>urn:silkroad:4</id><updated>2025-07-02T00:00:00Z</updated><summary>中央アジア</summary></entry>`;
    site.setFeed("changing.atom.xml", feed.replace("</feed>", `${entry}\n</feed>`));
    const before = site.requests.length;
    const second = await runCli(["sync", ...dirs]);
    const fetchedPages = site.requests
      .slice(before)
      .map((r) => r.path)
      .filter((p) => p.startsWith("/pages/"));
    expect(fetchedPages).toEqual(["/pages/amp.html"]);
    expect(second.out).toMatch(/^ {2}added +caspian-wire-kyrgyz-railway-first-rails: /m);
    expect(second.out).toMatch(/^1 added, 0 updated, 3 skipped, 0 failed/m);
    expect(readdirSync(corpus)).toContain("caspian-wire-kyrgyz-railway-first-rails.md");
  });

  it("adds a lightly edited copy by another outlet, grouped with the story so answers name it; another story on the same topic stays its own", async () => {
    const { dirs, corpus, index } = await corpusWithIndex();
    const item = (page: string, title: string) =>
      `<item><title>${title}</title><link>{{base}}/pages/${page}</link><description>Central Asia</description></item>`;
    site.setFeed(
      "wire.rss.xml",
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>{{base}}/</link><description>d</description>
${item("en-news.html", "Amu Darya fund")}${item("en-news-edited.html", "Five nations and China launch $1.2bn Amu Darya fund")}${item("amp.html", "Kyrgyzstan railway")}</channel></rss>`,
    );
    await runCli(["feeds", "add", `${site.base}/feeds/wire.rss.xml`, "--corpus", corpus]);
    const run = await runCli(["sync", ...dirs]);
    expect(run.out).toMatch(/^ {2}added +steppe-daily-amu-darya-basin-fund: [^—]*$/m);
    expect(run.out).toMatch(
      /^ {2}added +tashkent-times-en-news-edited: "Five nations and China launch \$1\.2bn Amu Darya fund" \(Tashkent Times, 2025-06-19, 5 paragraphs\)$/m,
    );
    expect(run.out).toMatch(
      /^ {2}story: quoted steppe-daily-amu-darya-basin-fund \(published first\); also tashkent-times-en-news-edited$/m,
    );
    // Another story from the same summit, with the same names, is not a copy.
    expect(run.out).toMatch(/^ {2}added +caspian-wire-kyrgyz-railway-first-rails: [^—]*$/m);

    // The answer quotes the earliest publication once and names the other outlet.
    const ask = await runCli(["ask", "--index", index, "How much is the Amu Darya basin fund?"]);
    expect(ask.out).toContain("agreed in Astana on Wednesday");
    expect(ask.out).not.toContain("agreed in Astana this week");
    expect(ask.out).toContain("  (Also published by: Tashkent Times, 2025-06-19 (tashkent-times-en-news-edited#1))");
    expect(ask.out).toMatch(
      /^\[\d\] Central Asia water ministers agree Amu Darya basin fund — Steppe Daily — steppe-daily-amu-darya-basin-fund#1 — /m,
    );
    expect(ask.out).not.toMatch(/^\[\d\] .*— tashkent-times-en-news-edited#/m);
  });

  it("reports a feed that fails and keeps going; a failed item is tried again next time", async () => {
    const { corpus, dirs } = await corpusWithIndex();
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>{{base}}/</link><description>d</description>
<item><title>Central Asia: broken</title><link>{{base}}/status/500</link></item></channel></rss>`;
    site.setFeed("broken.rss.xml", feed);
    await runCli(["feeds", "add", `${site.base}/feeds/broken.rss.xml`, "--corpus", corpus]);
    const first = await runCli(["sync", ...dirs]);
    expect(first.code).toBe(1);
    expect(first.out).toContain(`failed    ${site.base}/status/500: expected a page (HTTP 200), received HTTP 500`);
    // The feed itself is unchanged: it is read again (no 304) because an item failed.
    const second = await runCli(["sync", ...dirs]);
    expect(second.out).toContain(`failed    ${site.base}/status/500`);
  });

  it("refuses a page that is not a feed, a bad --match and an unknown feed to remove", async () => {
    const { corpus } = await corpusWithIndex();
    const notFeed = await runCli(["feeds", "add", `${site.base}/pages/en-news.html`, "--corpus", corpus]);
    expect(notFeed.code).not.toBe(0);
    expect(notFeed.err).toContain("expected an RSS, Atom or JSON feed");
    const badMatch = await runCli([
      "feeds",
      "add",
      `${site.base}/feeds/news.rss.xml`,
      "--match",
      "(",
      "--corpus",
      corpus,
    ]);
    expect(badMatch.err).toContain("--match: expected a regular expression");
    const remove = await runCli(["feeds", "remove", "https://nowhere.example/rss", "--corpus", corpus]);
    expect(remove.err).toContain("expected a feed of the list (the list is empty)");
    expect(existsSync(`${corpus}.feeds.json`)).toBe(false);
  });

  it("removes a feed and keeps its articles", async () => {
    const { corpus } = await corpusWithIndex();
    await runCli(["feeds", "add", `${site.base}/feeds/news.atom.xml`, "--corpus", corpus]);
    const removed = await runCli(["feeds", "remove", `${site.base}/feeds/news.atom.xml`, "--corpus", corpus]);
    expect(removed.out).toBe(`removed feed ${site.base}/feeds/news.atom.xml (its 0 articles stay in the corpus)\n`);
    expect((await runCli(["feeds", "list", "--corpus", corpus])).out).toMatch(/^no feeds/);
  });
});

describe("feed formats", () => {
  it("reads a JSON Feed's items with relative links made absolute", () => {
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "Wire",
      items: [
        {
          id: "1",
          url: "/a/central-asia",
          title: "Central Asia",
          summary: "<b>s</b>",
          date_published: "2025-06-01T00:00:00Z",
        },
      ],
    });
    expect(parseFeedItems(Buffer.from(json), "https://wire.example/feed.json", "application/feed+json")).toEqual({
      format: "json",
      title: "Wire",
      items: [
        {
          link: "https://wire.example/a/central-asia",
          title: "Central Asia",
          summary: "s",
          published: "2025-06-01T00:00:00Z",
        },
      ],
    });
  });

  it("reads RSS and Atom items: link, title, summary and date", () => {
    const rss = parseFeedItems(
      readFileSync(join(WEB_FIXTURES, "dev", "feeds", "news.rss.xml")),
      "https://steppe.example/rss",
      "application/rss+xml",
    );
    expect(rss.items[0]).toEqual({
      link: "https://steppe.example/%7B%7Bbase%7D%7D/pages/en-news.html",
      title: "Central Asia water ministers agree Amu Darya basin fund",
      summary: "The five Central Asian states and China set up a joint water fund.",
      published: "2025-06-18T04:30:00Z",
    });
    const atom = parseFeedItems(
      readFileSync(join(WEB_FIXTURES, "dev", "feeds", "news.atom.xml")),
      "https://silkroad.example/atom",
      undefined,
    );
    expect(atom.items.map((i) => i.title)).toEqual([
      "中国・中央アジア、鉄道貨物の通関を一本化へ",
      "円相場、一時1ドル=160円台に",
      "ドゥシャンベで青年交流フォーラム",
    ]);
  });
});
