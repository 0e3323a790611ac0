import { describe, expect, it } from "vitest";
import type { ArticleBlock } from "../../src/sources/article.js";
import type { BlockFeatures } from "../../src/sources/block-features.js";
import { BOILERPLATE_THRESHOLD, blockScore, removeBoilerplateBlocks } from "../../src/sources/block-score.js";
import { extractHtml } from "../../src/sources/html-extract.js";
import { BODY, BODY_JA, page, paragraphs, ps } from "../helpers/article-page.js";

describe("furniture that shows several signs at once is dropped", () => {
  it("drops a disclaimer in a wrapper of its own after the article, even though it is a sentence", () => {
    const out = paragraphs(
      `<article class="piece">${ps(BODY)}</article><div class="legal-line"><p>The opinions in this article are those of the writer and do not necessarily reflect the position of the institute.</p></div>`,
    );
    expect(out).toEqual(BODY);
  });

  it("drops a disclosure note set in italics before the body, inside the same container", () => {
    const out = paragraphs(
      `<article><div class="post-body"><p class="note"><em>Some links below are affiliate links: we may earn a small commission when you buy through them.</em></p>${ps(BODY)}</div></article>`,
    );
    expect(out).toEqual(BODY);
  });

  it("drops a side list of dated headlines after the body, and the heading over it", () => {
    const out = extractHtml(
      page(
        `<div id="main"><div class="body">${ps(BODY)}<div class="earlier"><h3>Earlier items</h3><div><span>02.05.2026</span> Visa centre closed for the holiday</div><div><span>28.04.2026</span> Cultural week opens in the capital</div></div></div></div>`,
      ),
      "https://news.example/a",
    ).blocks.map((b) => b.text);
    expect(out).toEqual(BODY);
  });

  it("drops a media label line over an embedded player before the body", () => {
    const out = paragraphs(
      `<main><div class="player-wrap"><div class="player-slot">Watch: Leaders arrive for the closing session (2:05)</div></div>${ps(BODY)}</main>`,
    );
    expect(out).toEqual(BODY);
  });

  it("drops a Japanese photo credit line and a writer's-views note around a Japanese body", () => {
    const out = paragraphs(
      `<article><div class="photo-line">写真：ホルゴスの国境検問所（共同）</div>${ps(BODY_JA)}<div class="disclaimer"><p>本稿の内容は筆者個人の見解であり、所属組織の見解を代表するものではありません。</p></div></article>`,
      "ja",
    );
    expect(out).toEqual(BODY_JA);
  });
});

describe("furniture worded as furniture inside the body's own container", () => {
  it("drops an also-read line between body paragraphs, a photo credit before them and an inbox prompt after", () => {
    const body = [
      "<p>Workers at the crossing on 18 May. (Photo by a staff photographer)</p>",
      ps(BODY.slice(0, 2)),
      "<p><strong>ALSO READ:</strong> Grain export quota raised for the season</p>",
      ps(BODY.slice(2)),
      "<p>Get the week's Central Asia briefing in your inbox every Friday.</p>",
    ].join("");
    expect(paragraphs(`<article><div class="article-body">${body}</div></article>`)).toEqual(BODY);
  });

  it("drops a Japanese related-articles label line after the body", () => {
    expect(paragraphs(`<article>${ps(BODY_JA)}<p>関連記事：西安で首脳会議が開幕</p></article>`, "ja")).toEqual(BODY_JA);
  });
});

describe("boxes set into the body's flow", () => {
  it("drops an embedded social post and its attribution line between body paragraphs", () => {
    const tweet = `<blockquote class="twitter-tweet"><p>Border queues at the crossing are down to four hours this week, the customs office says. <a href="https://t.co/a">pic.twitter.com/a</a></p>&mdash; Border Watch (@borderwatch) <a href="https://twitter.com/borderwatch/status/1">May 3, 2026</a></blockquote>`;
    const body = `${ps(BODY.slice(0, 2))}${tweet}${ps(BODY.slice(2))}`;
    expect(paragraphs(`<article><div class="entry-content">${body}</div></article>`)).toEqual(BODY);
  });

  it("drops every line of a newsletter box named in CSS-module classes, sentences included", () => {
    const box = `<div class="NewsletterInline_root__a1B2c"><p class="NewsletterInline_title__x9Y8z">The Silk Road Letter</p><p class="NewsletterInline_blurb__q7W6e">The region's week in five minutes, every Monday morning.</p><p class="NewsletterInline_legal__r5T4y">By signing up, you agree to our terms.</p></div>`;
    const body = `${ps(BODY.slice(0, 2))}${box}${ps(BODY.slice(2))}`;
    expect(paragraphs(`<article><section class="ArticleBody_root__k3L2m">${body}</section></article>`)).toEqual(BODY);
  });

  it("drops a key-points summary list set in a box before the body", () => {
    const box = `<div class="key-points"><h3>In short</h3><ul><li>The six governments agreed on one customs declaration for rail freight.</li><li>Pilot crossings report first figures in the autumn.</li></ul></div>`;
    expect(paragraphs(`<article><section>${box}${ps(BODY)}</section></article>`)).toEqual(BODY);
  });

  it("drops a note saying where the piece was first published", () => {
    const note =
      "<p><em>This piece was originally published by the Steppe Review and is republished with permission.</em></p>";
    expect(paragraphs(`<article>${ps(BODY)}${note}</article>`)).toEqual(BODY);
  });

  it("keeps an editor's correction at the end of the body, in italics", () => {
    const correction =
      "This article has been updated. An earlier version misstated the number of crossings in the pilot scheme, which is four, not six.";
    expect(paragraphs(`<article>${ps(BODY)}<p><em>${correction}</em></p></article>`)).toEqual([...BODY, correction]);
  });

  it("keeps a body list under a heading inside the body's container", () => {
    const out = extractHtml(
      page(
        `<article>${ps(BODY.slice(0, 2))}<h2>What was agreed</h2><ol><li>One customs declaration for rail freight.</li><li>Shared data on waiting times.</li></ol>${ps(BODY.slice(2))}</article>`,
      ),
      "https://news.example/a",
    ).blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text, ...(b.items ?? [])] : []));
    expect(out).toEqual([
      ...BODY.slice(0, 2),
      "- One customs declaration for rail freight.",
      "- Shared data on waiting times.",
      ...BODY.slice(2),
    ]);
  });
});

describe("body paragraphs that look a little like furniture stay", () => {
  it("keeps a short real paragraph and a one-line quote in the middle of the body", () => {
    const body = [BODY[0]!, "Not everyone agreed.", "“We will build it,” the minister said.", ...BODY.slice(1)];
    expect(paragraphs(`<article>${ps(body)}</article>`)).toEqual(body);
  });

  it("keeps a body paragraph that opens with a date and mentions a video", () => {
    const dated =
      "12 May 2026 – In a video posted by the ministry, the deputy minister said the first trains under the new rules would run before the winter.";
    const body = [dated, ...BODY];
    expect(paragraphs(`<article>${ps(body)}</article>`)).toEqual(body);
  });

  it("keeps a body paragraph that opens with a media label but is prose", () => {
    const video =
      "Video: the ministry later released footage of the signing, which showed the six leaders seated at one round table in the hall.";
    const body = [BODY[0]!, video, ...BODY.slice(1)];
    expect(paragraphs(`<article>${ps(body)}</article>`)).toEqual(body);
  });

  it("keeps a short closing paragraph at the end of the body", () => {
    const body = [...BODY, "The next summit is due in 2029."];
    expect(paragraphs(`<article>${ps(body)}</article>`)).toEqual(body);
  });

  it("keeps a body paragraph in italics (a translated statement) inside the run", () => {
    const body = [BODY[0]!, `<em>${BODY[1]}</em>`, ...BODY.slice(2)];
    expect(paragraphs(`<article>${ps(body)}</article>`)).toEqual(BODY);
  });

  it("keeps a page whose wrapper class words are furniture words, because the wrapper also holds the body", () => {
    expect(paragraphs(`<div class="video-story photo-essay">${ps(BODY)}</div>`)).toEqual(BODY);
  });
});

describe("the score", () => {
  const none: BlockFeatures = {
    prose: false,
    inRun: false,
    outsideRun: false,
    outsideMain: false,
    furnitureClass: false,
    boilerplatePhrase: false,
    labelled: false,
    dated: false,
    sentence: false,
    short: false,
    emphasised: false,
    linkDense: false,
    boxed: false,
    notice: false,
    besideMedia: false,
    withHeadline: false,
    apartFromRun: false,
    correction: false,
    authorBio: false,
    restates: false,
  };

  it("no single sign of furniture reaches the threshold on its own", () => {
    for (const k of Object.keys(none) as (keyof BlockFeatures)[])
      expect(blockScore({ ...none, [k]: true })).toBeLessThan(BOILERPLATE_THRESHOLD);
  });

  it("drops paragraphs at or over the threshold, keeps headings with paragraphs left under them, and drops an emptied heading", () => {
    const blocks: ArticleBlock[] = [
      { kind: "heading", text: "Body" },
      { kind: "paragraph", text: "kept" },
      { kind: "paragraph", text: "gone" },
      { kind: "heading", text: "Other items" },
      { kind: "paragraph", text: "gone too" },
    ];
    const furniture = { ...none, outsideMain: true, furnitureClass: true, outsideRun: true };
    const out = removeBoilerplateBlocks(blocks, [none, none, furniture, none, furniture]);
    expect(out.map((b) => b.text)).toEqual(["Body", "kept"]);
  });

  it("drops headings left after the last paragraph, and keeps a heading over a sub-heading inside the body", () => {
    const blocks: ArticleBlock[] = [
      { kind: "heading", text: "Transcript" },
      { kind: "heading", text: "Part one" },
      { kind: "paragraph", text: "kept" },
      { kind: "heading", text: "More episodes" },
    ];
    const out = removeBoilerplateBlocks(blocks, [none, none, none, none]);
    expect(out.map((b) => b.text)).toEqual(["Transcript", "Part one", "kept"]);
  });
});
