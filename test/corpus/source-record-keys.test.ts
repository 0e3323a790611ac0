/** The front matter `add` and `sync` write about where an article came from (docs/sources.md). */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse.js";

const doc = (front: string) => Buffer.from(`---\ntitle: "T"\n${front}\n---\n\nA paragraph of the article.\n`);

describe("source_file, feed_date and feed_order", () => {
  it("reads a feed item's date and place into the article's metadata; source_file is accepted", () => {
    const { meta } = parseDocument(
      "a.md",
      doc('source_file: "press/a.txt"\nfeed_date: "2025-06-18T04:30:00Z"\nfeed_order: 3'),
    );
    expect(meta).toMatchObject({ feedDate: "2025-06-18T04:30:00Z", feedOrder: 3 });
  });

  it("reads an article's place among the inputs of its add (input_order), a whole number from 1", () => {
    expect(parseDocument("a.md", doc("input_order: 2")).meta).toMatchObject({ inputOrder: 2 });
    expect(() => parseDocument("a.md", doc("input_order: 0"))).toThrow(
      /expected input_order to be a whole number from 1, received "0"/,
    );
  });

  it("refuses a feed_order that is not a whole number from 1, and a feed_date that is not a date", () => {
    expect(() => parseDocument("a.md", doc("feed_order: 0"))).toThrow(
      /expected feed_order to be a whole number from 1, received "0"/,
    );
    expect(() => parseDocument("a.md", doc("feed_date: yesterday"))).toThrow(/expected feed_date as a date/);
  });
});
