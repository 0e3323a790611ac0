import { describe, expect, it } from "vitest";
import { urlKey } from "../../src/sources/corpus-writer.js";
import { docIdForFile, docIdForUrl } from "../../src/sources/doc-id.js";

describe("doc ids of added articles", () => {
  it("names a web article by its site and its path's words", () => {
    expect(docIdForUrl("https://www.steppe-daily.example/world/2025/06/amu-darya-basin-fund")).toBe(
      "steppe-daily-amu-darya-basin-fund",
    );
    expect(docIdForUrl("https://caspian-wire.example/economy/kyrgyz-railway-first-rails.html")).toBe(
      "caspian-wire-kyrgyz-railway-first-rails",
    );
    expect(docIdForUrl("https://www.mfa.gov.kz/en/press/summit-results")).toBe("mfa-summit-results");
    expect(docIdForUrl("https://www.asahi.co.jp/articles/ASK6-central-asia")).toBe("asahi-ask6-central-asia");
  });

  it("keeps a dated path's digits when it has no words, and hashes what is left", () => {
    expect(docIdForUrl("https://www.nikkei.example/news/20250619/")).toBe("nikkei-20250619");
    expect(docIdForUrl("https://news.example/?id=1234")).toMatch(/^news-id-1234-[0-9a-f]{8}$/);
    expect(docIdForUrl("https://news.example/")).toMatch(/^news-[0-9a-f]{8}$/);
  });

  it("is the same for the same URL and always a valid corpus file name", () => {
    const url = "https://sputnik.example/ニュース/中央アジア/サミット";
    expect(docIdForUrl(url)).toBe(docIdForUrl(url));
    for (const u of [url, "http://127.0.0.1:8080/pages/x.html", `https://a.example/${"long-words-".repeat(30)}`]) {
      expect(docIdForUrl(u)).toMatch(/^[a-z0-9][a-z0-9._-]{0,127}$/);
    }
  });

  it("names a local file after the file, else its title", () => {
    expect(docIdForFile("/tmp/Joint Statement 2025.pdf", "x")).toBe("joint-statement-2025");
    expect(docIdForFile("/tmp/声明.pdf", "Joint statement")).toBe("joint-statement");
  });

  it("treats tracking parameters, fragments and a trailing slash as the same URL", () => {
    expect(urlKey("https://A.example/news/x/?utm_source=rss&id=3#top")).toBe(urlKey("https://a.example/news/x?id=3"));
    expect(urlKey("https://a.example/news/x?id=3")).not.toBe(urlKey("https://a.example/news/x?id=4"));
  });
});
