import { describe, expect, it } from "vitest";
import { storyLines } from "../../src/sources/describe-stories.js";

const links = [
  { docId: "aral-herald-fund", of: "steppe-daily-fund", paragraphs: 6, decidedBy: "feed" as const },
  { docId: "tashkent-times-fund", of: "steppe-daily-fund", paragraphs: 5, decidedBy: "feed" as const },
  { docId: "other-copy", of: "other-story", paragraphs: 3, decidedBy: "time" as const },
];

describe("sync's note on stories other outlets carry", () => {
  it("says each story once, in one short line, in English", () => {
    expect(storyLines(links, new Set(["aral-herald-fund", "steppe-daily-fund"]), "en")).toEqual([
      "story: quoted steppe-daily-fund (same time, its feed item first); also aral-herald-fund, tashkent-times-fund",
    ]);
  });

  it("says it in Japanese for a Japanese reader", () => {
    expect(storyLines(links, new Set(["other-copy"]), "ja")).toEqual([
      "同じ記事: other-story を引用（先に掲載）、ほかに other-copy",
    ]);
  });

  it("leaves out the reason when the copies were put after for different reasons", () => {
    const mixed = [...links.slice(0, 1), { ...links[1]!, decidedBy: "time" as const }];
    expect(storyLines(mixed, new Set(["steppe-daily-fund"]), "en")).toEqual([
      "story: quoted steppe-daily-fund; also aral-herald-fund, tashkent-times-fund",
    ]);
  });

  it("says nothing of stories the run did not touch", () => {
    expect(storyLines(links, new Set(["unrelated"]), "en")).toEqual([]);
  });
});
