/**
 * A furniture word on the wrapper that holds most of the body's prose names the site's template
 * (a broadcaster's `content--detail-more` under its `content--summary` lead), not a box: the
 * body in it keeps its place in the main run. A box with the same word that holds less than half
 * of the prose is still judged as furniture.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/sources/html-extract.js";
import { BODY, page, paragraphs, ps } from "../helpers/article-page.js";

const HEAD = `<h1>Six governments agree one customs declaration for rail freight</h1>`;
const LEAD = BODY[0]!;
const REST = BODY.slice(1);

describe("a furniture word on the wrapper of most of the body", () => {
  it("keeps the body under a lead when its wrapper's class says 'more'", () => {
    const html = `<article>${HEAD}<div class="detail-body"><div class="summary">${ps([LEAD])}</div><div class="detail-more">${ps(REST)}</div></div></article>`;
    expect(paragraphs(html)).toEqual(BODY);
  });

  it("judges the paragraphs in that wrapper as the main run", () => {
    const html = `<article>${HEAD}<div class="detail-body"><div class="summary">${ps([LEAD])}</div><div class="detail-more">${ps(REST)}</div></div></article>`;
    const inRun: boolean[] = [];
    extractHtml(page(html), "https://news.example/a", "page", {
      onFeatures: (_, features) => inRun.push(...features.map((f) => f.inRun)),
    });
    expect(inRun).toEqual([true, true, true, true]);
  });

  it("still drops a short promotion in a 'more' box beside the body", () => {
    const promo = `<div class="more-box"><p>More from our Central Asia desk: read every story about the summit in our weekly round-up</p></div>`;
    expect(paragraphs(`<article>${HEAD}<div class="detail-body">${ps(BODY)}${promo}</div></article>`)).toEqual(BODY);
  });
});
