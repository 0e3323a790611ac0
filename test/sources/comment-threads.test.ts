/**
 * Reader comments are not the article, however much of the page they fill; an article whose
 * container or sections carry a comment-like word, or which is about comments, is kept whole.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/sources/html-extract.js";

const sentence = (topic: string, i: number) =>
  `${topic} paragraph ${i} says something of its own about the transport corridor, the water talks and the ministers who met in Bishkek last week.`;
const paras = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i + 1)}</p>`).join("\n");
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Ministers meet in Bishkek</title></head><body>${body}</body></html>`;
const paragraphs = (html: string) =>
  extractHtml(html, "https://blog.example/post")
    .blocks.filter((b) => b.kind === "paragraph")
    .map((b) => b.text);

/** One reader comment as blog engines print it: author, time, text and (`reply`) a reply button. */
const comment = (i: number, length: number, reply = true) =>
  `<div class="entry"><a href="/user/reader${i}">Reader ${i}</a> <time datetime="2026-06-30">Jun 30</time>` +
  `<p>${`Reader ${i} writes at length about the summit, and disagrees with the post on several points. `.repeat(length)}</p>` +
  (reply ? `<button>Reply</button>` : "") +
  `</div>`;

describe("comment threads", () => {
  it("extracts the post, not a comment section (named by its class) that outweighs it", () => {
    const html = page(
      `<article><h1>Ministers meet in Bishkek</h1><div class="post-body">${paras("Post", 2)}</div></article>` +
        `<div id="comments" class="comments-content"><h4>40 comments</h4>` +
        `${Array.from({ length: 12 }, (_, i) => comment(i, 5, false)).join("")}</div>`,
    );
    expect(paragraphs(html)).toEqual([1, 2].map((i) => sentence("Post", i)));
  });

  it("extracts a short post, not the long thread under it that no class names (items with author, time and Reply)", () => {
    const html = page(
      `<div class="wrap"><h1>Ministers meet in Bishkek</h1>${paras("Short post", 2)}</div>` +
        `<section class="thread">${Array.from({ length: 10 }, (_, i) => comment(i, 4)).join("")}</section>`,
    );
    expect(paragraphs(html)).toEqual([1, 2].map((i) => sentence("Short post", i)));
  });

  it("keeps an article about comments and discussion, its 'discussion' section and a body container classed 'comment'", () => {
    const about = [
      "Readers' comments under news articles about the summit were studied from June 29 for a year.",
      "Most comments repeated the headline; by 10:30 on Jun 30 few replied to each other, fewer cited a source.",
    ];
    const html = page(
      `<h1>What readers say in comments</h1><div class="article-body comment">` +
        about.map((t) => `<p>${t}</p>`).join("") +
        `<section id="discussion"><h2>Discussion</h2>${paras("Discussion", 2)}</section></div>` +
        `<aside class="related"><p>More from the opinion desk</p></aside>`,
    );
    expect(paragraphs(html)).toEqual([...about, sentence("Discussion", 1), sentence("Discussion", 2)]);
  });

  it("keeps the post's container when its class carries a furniture word (a newsletter platform's post)", () => {
    const html = page(
      `<article class="newsletter-post"><h1>Ministers meet in Bishkek</h1>${paras("Newsletter", 4)}` +
        `<div class="subscribe-footer"><p>Subscribe for free to receive new posts.</p></div></article>` +
        `<div class="comments-section">${comment(1, 1)}${comment(2, 1)}</div>`,
    );
    expect(paragraphs(html)).toEqual([1, 2, 3, 4].map((i) => sentence("Newsletter", i)));
  });
});
