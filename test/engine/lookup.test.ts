/** /cite autocomplete: case-insensitive on both sides, at most `limit` matches, from a bounded scan. */
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/types.js";
import { lookupOf, SUGGEST_SCAN_BUDGET } from "../../src/engine/lookup.js";

const passage = (docId: string, n: number, text: string): Passage => ({ id: `${docId}#${n}`, docId, n, text, line: n });

describe("suggestPassages", () => {
  it("matches typed text against passage text case-insensitively, whichever case was typed", () => {
    const passages = [
      passage("a", 1, "The APEC summit opened."),
      passage("a", 2, "Nothing here."),
      passage("Doc-B", 1, "中国とASEAN"),
    ];
    const lookup = lookupOf(passages, []);
    expect(lookup.suggestPassages("apec", 25).map((p) => p.id)).toEqual(["a#1"]);
    expect(lookup.suggestPassages("Apec", 25).map((p) => p.id)).toEqual(["a#1"]);
    expect(lookup.suggestPassages("asean", 25).map((p) => p.id)).toEqual(["Doc-B#1"]);
    expect(lookup.suggestPassages("doc-b", 25).map((p) => p.id)).toEqual(["Doc-B#1"]);
    expect(lookup.suggestPassages("", 2)).toHaveLength(2);
  });

  it("returns at most `limit` matches and scans a bounded number of passages", () => {
    const many = Array.from({ length: SUGGEST_SCAN_BUDGET + 10 }, (_, i) =>
      passage("d", i + 1, i === SUGGEST_SCAN_BUDGET + 5 ? "needle" : "hay"),
    );
    const lookup = lookupOf(many, []);
    expect(lookup.suggestPassages("hay", 25)).toHaveLength(25);
    expect(lookup.suggestPassages("needle", 25)).toEqual([]);
  });
});
