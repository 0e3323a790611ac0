import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FetchSettings } from "../../src/config.js";
import { decodeBytes } from "../../src/sources/charset.js";
import { normaliseDate } from "../../src/sources/dates.js";
import { Fetcher } from "../../src/sources/fetcher.js";
import { extractHtml, nestsDeeperThan } from "../../src/sources/html-extract.js";
import { joinLines } from "../../src/sources/pdf-extract.js";
import { readSource } from "../../src/sources/read-source.js";
import { expectedParagraphs, quality } from "../helpers/extraction-quality.js";
import { startFixtureSite, WEB_FIXTURES, type FixtureSite } from "../fixtures/web/server.js";

const settings: FetchSettings = {
  allowPrivate: true,
  timeoutMs: 10_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  hostIntervalMs: 0,
};
const MAX = settings.maxBytes;
let site: FixtureSite;
let fetcher: Fetcher;
beforeAll(async () => {
  site = await startFixtureSite("dev");
  fetcher = new Fetcher(settings);
});
afterAll(() => site.close());

/** The URL a dev fixture page is served at (PDFs are built from their .pdf.json). */
const urlOf = (name: string) =>
  name.endsWith(".pdf") ? `${site.base}/docs/${name}` : `${site.base}/pages/${name}.html`;

describe("extraction of the dev pages", () => {
  const pages = readdirSync(join(WEB_FIXTURES, "dev", "expected")).map((f) => f.replace(/\.txt$/, ""));

  it.each(pages)("%s: the article's paragraphs and nothing else (precision and recall ≥ 0.95)", async (name) => {
    const url = name === "report" ? `${site.base}/docs/report.pdf` : urlOf(name);
    const { article } = await readSource(url, fetcher, MAX);
    const q = quality(article, expectedParagraphs(join(WEB_FIXTURES, "dev", "expected", `${name}.txt`)));
    expect({ extra: q.extra, missing: q.missing }).toEqual({ extra: [], missing: [] });
    expect(q.precision).toBeGreaterThanOrEqual(0.95);
    expect(q.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("reads the metadata: og:title, og:site_name, canonical URL, article:published_time, html lang", async () => {
    const { article } = await readSource(urlOf("en-news"), fetcher, MAX);
    expect(article).toMatchObject({
      title: "Central Asia water ministers agree Amu Darya basin fund",
      source: "Steppe Daily",
      url: "https://steppe-daily.example/world/2025/06/amu-darya-basin-fund",
      published: "2025-06-18T09:30:00+05:00",
      lang: "en",
    });
    expect(article.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "Who pays, and how much",
      "Reactions",
    ]);
  });

  it("keeps a list inside the paragraph that introduces it", async () => {
    const { article } = await readSource(urlOf("en-news"), fetcher, MAX);
    const intro = article.blocks.find((b) => b.text.startsWith("Under the agreement"));
    expect(intro?.items).toEqual([
      "- China: 400 million dollars over four years",
      "- Kazakhstan and Uzbekistan: 250 million dollars each",
      "- Kyrgyzstan, Tajikistan and Turkmenistan: 100 million dollars each",
    ]);
  });

  it("decodes a Shift_JIS page by its header and by detection when the header lies", async () => {
    const right = await readSource(urlOf("ja-sjis"), fetcher, MAX);
    const mislabelled = await readSource(`${site.base}/hostile/wrong-charset`, fetcher, MAX);
    expect(right.article.lang).toBe("ja");
    expect(right.article.blocks[0]!.text).toMatch(/^タジキスタンの首都ドゥシャンベで27日/);
    expect(mislabelled.article.blocks.map((b) => b.text)).toEqual(right.article.blocks.map((b) => b.text));
  });

  it("re-joins a PDF's wrapped lines, undoes hyphenation and drops the running header, footer and page numbers", async () => {
    const { article } = await readSource(`${site.base}/docs/report.pdf`, fetcher, MAX);
    expect(article.title).toBe("Joint Statement on Green Energy Cooperation");
    const all = article.blocks.map((b) => b.text).join("\n");
    expect(all).not.toMatch(/Page \d of \d|Ministerial Meeting on Energy ·/);
    expect(all).not.toMatch(/\w- \w/);
    expect(article.published).toBe("2025-05-12");
  });
});

describe("hostile and broken input", () => {
  it("refuses an HTML page served as a PDF, naming what arrived", async () => {
    await expect(readSource(`${site.base}/hostile/not-a-pdf.pdf`, fetcher, MAX)).rejects.toThrow(
      /expected a PDF .*received HTML or XML/,
    );
  });

  it("refuses 100,000 nested elements before building a DOM of them", async () => {
    await expect(readSource(`${site.base}/hostile/nested`, fetcher, MAX)).rejects.toThrow(
      /nested more than 1000 elements deep/,
    );
    expect(nestsDeeperThan("<div>".repeat(50) + "<p>a<p>b<br><img>" + "</div>".repeat(50), 60)).toBe(false);
  });

  it("refuses bytes that are text in no charset", async () => {
    await expect(readSource(`${site.base}/hostile/binary`, fetcher, MAX)).rejects.toThrow(
      /expected text in a known character set/,
    );
  });

  it("refuses a page with no article", () => {
    expect(() =>
      extractHtml("<html><body><nav><a href='/'>Home</a></nav></body></html>", "https://x.example/"),
    ).toThrow(/expected an article/);
  });
});

describe("pieces", () => {
  it("decodes EUC-JP named only by <meta>", () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"></head><body><p>中央アジアとの協力</p></body></html>';
    expect(decodeBytes("x", iconv.encode(html, "euc-jp"), "text/html")).toMatchObject({
      charset: "euc-jp",
      from: "meta",
    });
  });

  it("joins PDF lines: hyphenation undone, a real hyphen kept, Japanese without a space", () => {
    expect(joinLines("the interna-", "tional fund")).toBe("the international fund");
    expect(joinLines("China–Kyrgyzstan-", "Uzbekistan")).toBe("China–Kyrgyzstan-Uzbekistan");
    expect(joinLines("中央アジアと", "中国")).toBe("中央アジアと中国");
    expect(joinLines("end of line", "start")).toBe("end of line start");
  });

  it("normalises the dates pages write and drops what it cannot read", () => {
    expect(normaliseDate("2025-06-18T09:30:00+0500")).toBe("2025-06-18T09:30:00+05:00");
    expect(normaliseDate("2025年6月19日 14時05分")).toBe("2025-06-19");
    expect(normaliseDate("Wed, 18 Jun 2025 04:30:00 GMT")).toBe("2025-06-18T04:30:00Z");
    expect(normaliseDate("yesterday")).toBeUndefined();
  });

  it("reads local HTML, text and Markdown files the same way", async () => {
    const local = await readSource(join(WEB_FIXTURES, "dev", "pages", "en-news.html"), fetcher, MAX);
    const served = await readSource(urlOf("en-news"), fetcher, MAX);
    expect(local.article.blocks).toEqual(served.article.blocks);
    expect(readFileSync(join(WEB_FIXTURES, "dev", "pages", "en-news.html"), "utf8")).toContain("Steppe Daily");
  });
});
