/**
 * The furniture score on the kinds of block held-out6 showed it kept (round seven): a standfirst
 * in the headline's wrapper or set apart over the body, a caption in a box with an image but no
 * <figcaption>, and the site's notices to its reader (sign-up, members-only, contact, rights) —
 * each with a body paragraph that looks a little like it and stays.
 */
import { describe, expect, it } from "vitest";
import { BODY, BODY_JA, paragraphs, ps } from "../helpers/article-page.js";

const HEAD = `<h1>Six governments agree one customs declaration for rail freight</h1>`;
const BYLINE = `<div class="byline"><span>By A. Writer</span> · <time datetime="2026-06-12">12 June 2026</time></div>`;

describe("a standfirst over the body", () => {
  it("drops a standfirst that shares the headline's wrapper, above the byline", () => {
    const standfirst = "Negotiators say the rules could be signed when the leaders meet in the capital next month.";
    const html = `<main><div class="story-top">${HEAD}<p class="story-top__sub">${standfirst}</p>${BYLINE}</div><div class="story-text">${ps(BODY)}</div></main>`;
    expect(paragraphs(html)).toEqual(BODY);
  });

  it("drops an intro set in larger type over the body, among the body's own paragraphs", () => {
    const intro =
      "Four economists weighed whether the customs agreement signed at the summit will change where the region's freight goes next year.";
    const html = `<article>${HEAD}${BYLINE}<div class="post-content"><p class="text-large post-intro">${intro}</p>${ps(BODY)}</div></article>`;
    expect(paragraphs(html)).toEqual(BODY);
  });

  it("keeps a first body paragraph boxed apart after the byline when it is marked up like the body", () => {
    const first =
      "The customs services of the six countries will share one electronic form from next year, and the first crossings will use it from the spring.";
    const html = `<article>${HEAD}${BYLINE}<div class="lead"><p>${first}</p></div><div class="text">${ps(BODY)}</div></article>`;
    expect(paragraphs(html)).toEqual([first, ...BODY]);
  });

  it("keeps a correction set apart after the body in a note class of its own", () => {
    const correction =
      "Correction: an earlier version of this story gave the wrong year for the next summit, which will be held in 2028.";
    const html = `<article>${HEAD}<div class="text">${ps(BODY)}<p class="story-note"><em>${correction}</em></p></div></article>`;
    expect(paragraphs(html)).toEqual([...BODY, correction]);
  });
});

describe("a caption in a box with an image, without <figcaption>", () => {
  it("drops a caption in a generated-class box beside its picture between body paragraphs", () => {
    const box = `<div class="x9f2"><img src="/p.jpg" alt=""><div class="x9f3">Ministers walk to the signing ceremony in the capital on Tuesday, 12 May 2026. /Staff</div></div>`;
    const html = `<div class="x1a">${ps(BODY.slice(0, 2))}${box}${ps(BODY.slice(2))}</div>`;
    expect(paragraphs(html)).toEqual(BODY);
  });

  it("keeps body paragraphs that carry an inline picture inside the body's run", () => {
    const withPicture = [`<img src="/m.png" alt="">${BODY[1]}`];
    const html = `<article>${ps([BODY[0]!])}${ps(withPicture)}${ps(BODY.slice(2))}</article>`;
    expect(paragraphs(html)).toEqual(BODY);
  });
});

describe("the site's notices to its reader", () => {
  it("drops a sign-up line in a box set into the body", () => {
    const box = `<div class="k2"><div class="k3"><p class="k4">Join the Silk Road Letter for free to get updates from our correspondents.</p><button>Sign up</button></div></div>`;
    const html = `<article><section>${ps(BODY.slice(0, 2))}${box}${ps(BODY.slice(2))}</section></article>`;
    expect(paragraphs(html)).toEqual(BODY);
  });

  it("drops a members-only download note and a contact box after a Japanese body in a layout table", () => {
    const body = BODY_JA.join("<br><br>");
    const note = `<font size="2">※当日の資料は会員専用ページからご覧いただけます（要ログイン）。</font>`;
    const contact = `<table><tr><td><b>【お問い合わせ先】</b><br>国際部　TEL：03-0000-0000<br>E-mail：info@example.jp</td></tr></table>`;
    const html = `<table><tr><td>${body}<br><br>${note}<br><br>${contact}</td></tr></table>`;
    expect(paragraphs(html, "ja")).toEqual(BODY_JA);
  });

  it("drops a copyright line after the body, outside its container, though it is two sentences", () => {
    const rights =
      "Copyright belongs to the original author. The views expressed in this article do not necessarily reflect those of the site.";
    expect(
      paragraphs(`<div class="c1"><div class="c2">${ps(BODY)}</div><div class="c3"><p>${rights}</p></div></div>`),
    ).toEqual(BODY);
  });

  it("keeps body paragraphs that mention a newsletter, a contact and copyright in prose", () => {
    const prose = [
      "The ministry said it would publish the waiting times in a weekly newsletter, and traders can sign up for it through the chambers of commerce.",
      "Forwarders who want the new form early were told to contact the customs office in the capital, which will run the first trials in the spring.",
      "A dispute over the copyright of the customs software, written by a Chinese firm, held up the agreement for several weeks, diplomats said.",
    ];
    const body = [BODY[0]!, ...prose, ...BODY.slice(1)];
    expect(paragraphs(`<article>${ps(body)}</article>`)).toEqual(body);
  });

  it("keeps a short Japanese body paragraph that mentions an inquiry", () => {
    const line = "問い合わせは増えているという。";
    const body = [BODY_JA[0]!, line, ...BODY_JA.slice(1)];
    expect(paragraphs(`<article>${ps(body)}</article>`, "ja")).toEqual(body);
  });
});
