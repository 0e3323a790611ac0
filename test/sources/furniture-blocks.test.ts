import { describe, expect, it } from "vitest";
import type { ArticleBlock } from "../../src/sources/article.js";
import { isLoneLabel, isRelatedList, removeFurnitureBlocks } from "../../src/sources/furniture-blocks.js";
import { extractHtml } from "../../src/sources/html-extract.js";

const p = (text: string, items?: string[]): ArticleBlock =>
  items ? { kind: "paragraph", text, items } : { kind: "paragraph", text };

const BODY_EN =
  "Diplomats from Kazakhstan, which handles most transit traffic, said the real test of the customs pact would be whether border queues actually shrink by next spring.";
const BODY_JA = "市場の店主は「最近は観光客がずいぶん増えた」と話し、サミットで決まったビザ緩和の効果に期待を示した。";

describe("pull quotes that repeat the body", () => {
  it("drops a paragraph whose text repeats inside a longer body paragraph, quotation marks and all, and keeps the body one", () => {
    const out = removeFurnitureBlocks([
      p(BODY_EN),
      p('"The real test of the customs pact would be whether border queues actually shrink"'),
      p(BODY_JA),
      p("「最近は観光客がずいぶん増えた」"),
    ]);
    expect(out.map((b) => b.text)).toEqual([BODY_EN, BODY_JA]);
  });

  it("keeps a quote paragraph that does not repeat the body, and keeps the first of two identical paragraphs", () => {
    const quote = p("“We will not depend on any single partner for our minerals,” the deputy minister told reporters.");
    const out = removeFurnitureBlocks([p(BODY_EN), quote, p(BODY_EN)]);
    expect(out).toEqual([p(BODY_EN), quote]);
  });

  it("keeps a short phrase that happens to recur (too short to be a pull quote)", () => {
    expect(removeFurnitureBlocks([p(BODY_EN), p("Kazakhstan!")])).toHaveLength(2);
  });
});

describe("lone labels", () => {
  it("drops an ad label or kicker of a word or two that is not a sentence, in Japanese and English", () => {
    for (const label of ["広告", "Advertisement", "Sponsored", "PR", "Analysis"])
      expect(isLoneLabel(p(label))).toBe(true);
    expect(removeFurnitureBlocks([p(BODY_EN), p("Advertisement"), p(BODY_JA)]).map((b) => b.text)).toEqual([
      BODY_EN,
      BODY_JA,
    ]);
  });

  it("keeps a real short paragraph: a sentence, however short, and a line introducing a list", () => {
    expect(isLoneLabel(p("No."))).toBe(false);
    expect(isLoneLabel(p("合意した。"))).toBe(false);
    expect(isLoneLabel(p("The talks went on late into the night"))).toBe(false);
    expect(isLoneLabel(p("Key points", ["- Customs lanes", "- Rail electrification"]))).toBe(false);
    expect(isLoneLabel({ kind: "heading", text: "Background" })).toBe(false);
  });
});

describe("related and most-read lists under a label", () => {
  it("drops a list of short dated headlines under a label that names it, links or not", () => {
    const related = p("関連ニュース", ["- 2026/04/16 西安で首脳会議が開幕", "- 2026/03/02 ガス田の第3期に着手"]);
    expect(isRelatedList(related)).toBe(true);
    expect(isRelatedList(p("Most read", ["- Kazakhstan opens a new rail crossing", "- Aral Sea project funded"]))).toBe(
      true,
    );
    expect(removeFurnitureBlocks([p(BODY_JA), related])).toEqual([p(BODY_JA)]);
  });

  it("keeps a list whose label names no related reading, and a cue-led list of long prose items", () => {
    expect(isRelatedList(p("The pact sets out three stages:", ["- customs", "- rail", "- roads"]))).toBe(false);
    const prose = `- ${BODY_EN} ${BODY_EN}`;
    expect(isRelatedList(p("Related measures", [prose]))).toBe(false);
  });
});

describe("standfirsts, kickers and author bio boxes in a page", () => {
  // Wrapped in a nav, a main and a footer, as a page is: Readability then keeps the article's header and its bio box.
  const page = (inside: string) =>
    `<!doctype html><html lang="en"><head><title>Pact</title></head><body><nav><a href="/">Home</a></nav><main><article class="story">${inside}</article></main><footer>c</footer></body></html>`;
  const paragraphs = [BODY_EN, BODY_EN.replace("Kazakhstan", "Uzbekistan"), BODY_EN.replace("spring", "autumn")]
    .map((t) => `<p>${t}</p>`)
    .join("");
  const texts = (html: string) => extractHtml(page(html), "https://news.example/a").blocks.map((b) => b.text);

  it("drops a standfirst and a kicker marked by their class, before the body", () => {
    const out = texts(
      `<header class="story-head"><span class="kicker">Central Asia trade</span><h1>Pact</h1><p class="standfirst">Six governments commit to shared customs lanes and electrified freight, but funding details remain vague</p></header><div class="story-body">${paragraphs}</div>`,
    );
    expect(out).toHaveLength(3);
    expect(out.join("\n")).not.toMatch(/Six governments|Central Asia trade/);
  });

  const bio =
    '<div class="author-box"><img src="/a.png" alt=""><div class="author-name">Timur</div><div class="author-description"><p>Timur has covered Central Asia for a decade. He lives in Almaty with two cats and a bicycle, and writes about trade and transport.</p></div></div>';

  it("drops an author bio box after the body", () => {
    const out = texts(paragraphs + bio);
    expect(out).toHaveLength(3);
    expect(out.join("\n")).not.toContain("two cats");
  });

  it("keeps an article whose wrapper's class names its author (too long to be a bio box)", () => {
    expect(
      texts(`<div class="author-profile">${paragraphs}${paragraphs.replaceAll("Diplomats", "Officials")}</div>`),
    ).toHaveLength(6);
  });
});
