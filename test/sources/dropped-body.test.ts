/**
 * Body paragraphs Readability's cleaning drops from the middle of the article (a short live-blog
 * update whose wrapper is a fifth link text) come back when they sit in the body's own flow: a
 * wrapper marked up like the run's, between its first and last paragraphs, prose on the body's
 * topic. A dropped box marked up otherwise, or prose about something else, stays out.
 */
import { describe, expect, it } from "vitest";
import { BODY, paragraphs } from "../helpers/article-page.js";

const HEAD = `<h1>Six governments agree one customs declaration for rail freight</h1>`;
const SHORT_UPDATE =
  "Outside the conference hall the customs officials were quiet about the freight queues, and the border crossings stayed open all day.";
const ALSO_READ = `<p class="css-9p"><strong>Also read:</strong> <a href="/rail/queues">Why freight trains wait a day at the border crossings</a></p>`;
/** One update of a live blog: its own wrapper, its text in a wrapper the page gives every update's text. */
const update = (inner: string) =>
  `<article class="css-1ywh block"><header class="css-1ov"><time>12.22</time></header><div class="css-kjm">${inner}</div></article>`;
const liveBlog = (middle: string) =>
  `<main>${HEAD}<div class="css-q2n">${[
    update(`<p>${BODY[0]}</p><p>${BODY[1]}</p>`),
    middle,
    update(`<p>${BODY[2]}</p><p>${BODY[3]}</p>`),
  ].join("")}</div></main>`;

describe("body paragraphs Readability dropped from the run", () => {
  it("puts back a short update whose wrapper is mostly an 'Also read' link, in its place", () => {
    expect(paragraphs(liveBlog(update(`<p>${SHORT_UPDATE}</p>${ALSO_READ}`)))).toEqual([
      BODY[0],
      BODY[1],
      SHORT_UPDATE,
      BODY[2],
      BODY[3],
    ]);
  });

  it("leaves out a dropped box marked up unlike the body's wrappers", () => {
    const box = `<aside-card class="css-promo"><div class="css-77x"><p>${SHORT_UPDATE}</p>${ALSO_READ}</div></aside-card>`;
    expect(paragraphs(liveBlog(box))).toEqual(BODY);
  });

  it("leaves out dropped prose in the body's markup that shares nothing with the body's topic", () => {
    const offTopic =
      "Our weekend edition brings puzzles, recipes and the crossword every Saturday morning, delivered with a magazine of photographs.";
    expect(paragraphs(liveBlog(update(`<p>${offTopic}</p>${ALSO_READ}`)))).toEqual(BODY);
  });
});
