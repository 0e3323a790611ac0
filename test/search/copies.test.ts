import { describe, expect, it } from "vitest";
import { CopyGroups } from "../../src/index/copies/copies-file.js";
import { collapseCopies } from "../../src/search/copies.js";

describe("a near-copy group in a ranked list", () => {
  // Paragraph 4 is the earliest publication of 4, 1 and 6; 2 and 5 are another story's copies.
  const copies = new CopyGroups(
    [
      [4, 1, 6],
      [2, 5],
    ],
    8,
  );

  it("counts once, at its best-ranked member's place and score, as its representative", () => {
    const ranked: [number, number][] = [
      [6, 0.9],
      [3, 0.8],
      [1, 0.7],
      [5, 0.6],
      [4, 0.5],
      [2, 0.4],
      [0, 0.3],
    ];
    expect(collapseCopies(ranked, copies)).toEqual([
      [4, 0.9],
      [3, 0.8],
      [2, 0.6],
      [0, 0.3],
    ]);
  });

  it("leaves a list without copies, and any list when the index has no groups, as it was", () => {
    const ranked: [number, number][] = [
      [3, 0.8],
      [0, 0.3],
    ];
    expect(collapseCopies(ranked, copies)).toEqual(ranked);
    expect(collapseCopies([[6, 1]], CopyGroups.none())).toEqual([[6, 1]]);
  });
});
