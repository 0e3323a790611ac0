import { describe, expect, it } from "vitest";
import type { DocumentMeta } from "../../src/engine/index.js";
import { articlePage } from "../../src/web/article-page.js";
import { articlesPage } from "../../src/web/articles-page.js";

const webArticle: DocumentMeta = {
  docId: "steppe-daily-fund",
  title: "Amu Darya basin fund agreed",
  source: "Steppe <b>Daily</b>",
  published: "2025-06-17T09:30:00+06:00",
  file: "steppe-daily-fund.md",
  hash: "0",
  paragraphs: 1,
};
const dayOnly: DocumentMeta = { ...webArticle, docId: "dated", published: "2025-06-17", eventDate: "2025-06-16" };
const passages = [
  { id: "steppe-daily-fund#1", docId: "steppe-daily-fund", n: 1, text: "The fund holds $1.2bn.", line: 1 },
];

describe("article dates on the archive site", () => {
  it("shows a web article's day as citations do, with the full date-time in the <time> element", () => {
    const page = articlePage(webArticle, passages);
    expect(page).toContain(
      'published <time datetime="2025-06-17T09:30:00+06:00" title="2025-06-17T09:30:00+06:00">2025-06-17</time>',
    );
    expect(page).not.toMatch(/>[^<]*T09:30/);
    // The outlet's name is still escaped beside the markup of the date.
    expect(page).toContain("Steppe &lt;b&gt;Daily&lt;/b&gt; · published <time");
  });

  it("gives a date without a time no title (there is nothing more to show)", () => {
    const page = articlePage(dayOnly, passages);
    expect(page).toContain(
      'event <time datetime="2025-06-16">2025-06-16</time> · published <time datetime="2025-06-17">2025-06-17</time>',
    );
  });

  it("shows the day in the article list too", () => {
    const list = articlesPage([webArticle], {});
    expect(list).toContain(
      '<td>published <time datetime="2025-06-17T09:30:00+06:00" title="2025-06-17T09:30:00+06:00">2025-06-17</time></td>',
    );
  });
});
