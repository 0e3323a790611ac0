/**
 * Which copy of a story answers quote (`quotedCopy`, the copy group's representative), and what
 * removing an article moves: only the removal of the quoted copy names another outlet.
 */
import { describe, expect, it } from "vitest";
import type { DocumentMeta, Passage } from "../../src/corpus/types.js";
import { lookupOf } from "../../src/engine/lookup.js";
import { quotedInstead, quotedParagraphs } from "../../src/engine/quoted-after-removal.js";
import type { RevisionHistory } from "../../src/index/storage/revisions-file.js";

const passage = (docId: string, n: number, text: string): Passage => ({ id: `${docId}#${n}`, docId, n, text, line: n });
const meta = (docId: string, source: string, published: string): DocumentMeta =>
  ({ docId, title: docId, source, published, file: `${docId}.md` }) as DocumentMeta;

const STORY = "The fund for the Amu Darya basin will hold 1.2 billion dollars.";
const OTHER = "Customs on the railway will work as one window.";
const docs = [meta("steppe", "Steppe Daily", "2025-06-18"), meta("tashkent", "Tashkent Times", "2025-06-19")];

describe("the quoted copy of a story of two outlets", () => {
  // Both articles carry the story; steppe published first, so its paragraph is the group's representative.
  const both = lookupOf(
    [passage("steppe", 1, STORY), passage("steppe", 2, OTHER), passage("tashkent", 1, STORY)],
    docs,
    {},
    [[0, 2]],
  );

  it("is the group's representative, whichever copy is asked about; a paragraph without copies is its own", () => {
    expect(both.quotedCopy("steppe#1")).toBe("steppe#1");
    expect(both.quotedCopy("tashkent#1")).toBe("steppe#1");
    expect(both.quotedCopy("steppe#2")).toBe("steppe#2");
    expect(both.quotedCopy("nowhere#1")).toBeUndefined();
  });

  it("counts only the quoted copy's paragraphs as quoted for a story others carry", () => {
    expect(quotedParagraphs(both, "steppe")).toEqual(["steppe#1"]);
    // The copy that is not quoted: each names the other as "also published by", yet nothing of it is quoted.
    expect(both.cited("tashkent#1")?.alsoPublishedBy?.map((c) => c.docId)).toEqual(["steppe"]);
    expect(both.cited("steppe#1")?.alsoPublishedBy?.map((c) => c.docId)).toEqual(["tashkent"]);
    expect(quotedParagraphs(both, "tashkent")).toEqual([]);
  });

  it("after the quoted copy is removed, names the outlet quoted in its place", () => {
    const removed: RevisionHistory = {
      steppe: [
        { n: 1, text: STORY, until: "2026-12-07T20:00:00Z", status: "removed", copies: ["tashkent#1"] },
        { n: 2, text: OTHER, until: "2026-12-07T20:00:00Z", status: "removed" },
      ],
    };
    const after = lookupOf([passage("tashkent", 1, STORY)], docs.slice(1), removed);
    expect(quotedInstead(after, ["steppe#1"])).toEqual([
      expect.objectContaining({ id: "tashkent#1", docId: "tashkent", source: "Tashkent Times" }),
    ]);
    expect(quotedInstead(after, [])).toEqual([]);
  });
});

describe("the quoted copy of a story of three outlets", () => {
  it("after the quoted copy is removed, names the new representative once, however many copies remain", () => {
    const docs3 = [...docs, meta("almaty", "Almaty Post", "2025-06-20")];
    const removed: RevisionHistory = {
      steppe: [
        { n: 1, text: STORY, until: "2026-12-07T20:00:00Z", status: "removed", copies: ["tashkent#1", "almaty#1"] },
      ],
    };
    const after = lookupOf([passage("tashkent", 1, STORY), passage("almaty", 1, STORY)], docs3.slice(1), removed, [
      [0, 1],
    ]);
    expect(quotedInstead(after, ["steppe#1"]).map((c) => c.docId)).toEqual(["tashkent"]);
  });
});
