import { describe, expect, it } from "vitest";
import { describeChanges, paragraphChanges } from "../../src/sources/paragraph-changes.js";

describe("what an update did to the paragraphs", () => {
  it("an appended paragraph moves no id", () => {
    const c = paragraphChanges(["a", "b"], ["a", "b", "c"]);
    expect(c).toEqual({ kept: 2, added: 1, removed: 0, moved: 0, staleIds: [] });
    expect(describeChanges(c)).toBe("2 paragraphs kept, 1 new or changed");
  });

  it("a paragraph removed in the middle shifts the ids after it", () => {
    const c = paragraphChanges(["a", "b", "c", "d"], ["a", "c", "d"]);
    expect(c).toEqual({ kept: 3, added: 0, removed: 1, moved: 2, staleIds: [2, 3, 4] });
    expect(describeChanges(c)).toBe("3 paragraphs kept, 1 gone or changed; ids #2–#4 now cite other text or nothing");
  });

  it("a paragraph edited in place changes only its own id", () => {
    const c = paragraphChanges(["a", "b", "c"], ["a", "B", "c"]);
    expect(c).toEqual({ kept: 2, added: 1, removed: 1, moved: 0, staleIds: [2] });
    expect(describeChanges(c)).toBe(
      "2 paragraphs kept, 1 new or changed, 1 gone or changed; ids #2 now cite other text or nothing",
    );
  });
});
