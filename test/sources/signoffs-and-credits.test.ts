/**
 * A writer's sign-off after the body ("Thanks for reading. If you enjoyed this, follow me …") and a
 * wire-credit line ("Source(s): Xinhua News Agency") are furniture; an editor's note over a series,
 * in italics before the body, is body by the conventions — each with a body paragraph that looks a
 * little like the furniture and stays.
 */
import { describe, expect, it } from "vitest";
import { BODY, paragraphs, ps } from "../helpers/article-page.js";

const HEAD = `<h1>Six governments agree one customs declaration for rail freight</h1>`;
const article = (body: string) => `<article>${HEAD}<div class="post-body">${body}</div></article>`;

describe("a writer's sign-off after the body", () => {
  it("drops an italic 'Thanks for reading … follow me' line after the last paragraph", () => {
    const signOff =
      "<p><em>Thanks for reading. If you enjoyed this, follow me for more stories from the road.</em></p>";
    expect(paragraphs(article(ps(BODY) + signOff))).toEqual(BODY);
  });

  it("keeps a closing body paragraph that thanks the reader in passing, inside the run's prose", () => {
    const closing =
      "That is where the customs story ends for now; thank you for reading this far, and the ministers will report on the pilot crossings in the autumn.";
    expect(paragraphs(article(ps([...BODY, closing])))).toEqual([...BODY, closing]);
  });
});

describe("a wire-credit line after the body", () => {
  it("drops 'Source(s): Xinhua News Agency' as it drops 'Source: …'", () => {
    expect(paragraphs(article(ps(BODY) + "<p>Source(s): Xinhua News Agency</p>"))).toEqual(BODY);
  });

  it("keeps a body paragraph that names its sources in prose", () => {
    const sourced =
      "Sources: two customs officials and a freight forwarder in Khorgos told the paper the queues had shrunk to half a day since the pilot began.";
    expect(paragraphs(article(ps([...BODY.slice(0, 2), sourced, ...BODY.slice(2)])))).toEqual([
      ...BODY.slice(0, 2),
      sourced,
      ...BODY.slice(2),
    ]);
  });
});

describe("an editor's note over the body", () => {
  it("keeps an italic 'Editor's note' introducing a series, first in the body", () => {
    const note =
      "Editor's note: This is the second installment of a series on rail freight and customs between China and Central Asia since the first summit.";
    expect(paragraphs(article(`<p><i>${note}</i></p>` + ps(BODY)))).toEqual([note, ...BODY]);
  });
});
