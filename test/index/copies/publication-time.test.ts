/**
 * Which copy of a story is quoted when dates differ in kind (docs/copies.md, "Which date
 * decides"): a date without a time is that day, hour unknown — a same-day copy with a known time
 * goes first unless the date-only article was fetched before that time; and copies fetched at
 * one time (one `sync`) are ordered by their feed dates, then by their place in the run, then by id.
 */
import { describe, expect, it } from "vitest";
import { groupCopies } from "../../../src/index/copies/group-copies.js";
import { instantOf, publicationTime } from "../../../src/index/copies/publication-time.js";

const JA =
  "中国と中央アジア5カ国の首脳会議が西安で開かれ、習近平国家主席は各国首脳と会談した。会議では貿易と交通の連結性を強化することで一致し、新たな協力文書に署名した。次回の会議は2025年にカザフスタンで開かれる予定だ。";
const JA_EDITED =
  "中国と中央アジア５か国の首脳会議が西安で開かれ、習近平国家主席は各国の首脳と会談した。会議では貿易と交通の連結性を強めることで一致し、新たな協力文書に署名した。";

const at = (iso: string) => Date.parse(iso);

describe("publicationTime", () => {
  it("takes a date-time as its instant, and one without an offset as UTC (never the machine's zone)", () => {
    expect(publicationTime("2025-06-18T09:30:00+06:00", undefined)).toBe(at("2025-06-18T03:30:00Z"));
    expect(publicationTime("2025-06-18T09:30:00", undefined)).toBe(at("2025-06-18T09:30:00Z"));
    expect(instantOf("2025-06-18T09:30")).toBe(at("2025-06-18T09:30:00Z"));
  });

  it("takes a date without a time as the moment it was fetched, when that was on the day", () => {
    expect(publicationTime("2025-06-18", "2025-06-18T07:00:00Z")).toBe(at("2025-06-18T07:00:00Z"));
  });

  it("takes it as the day's last moment when it was fetched after the day, or never; as its start when fetched before it", () => {
    expect(publicationTime("2025-06-18", "2025-06-20T07:00:00Z")).toBe(at("2025-06-19T00:00:00Z") - 1);
    expect(publicationTime("2025-06-18", undefined)).toBe(at("2025-06-19T00:00:00Z") - 1);
    expect(publicationTime("2025-06-18", "2025-06-17T22:00:00Z")).toBe(at("2025-06-18T00:00:00Z"));
    expect(publicationTime("2025-06", undefined)).toBe(at("2025-07-01T00:00:00Z") - 1);
    expect(publicationTime("2025", "2025-03-01T00:00:00Z")).toBe(at("2025-03-01T00:00:00Z"));
  });

  it("falls back to fetched, then to nothing", () => {
    expect(publicationTime(undefined, "2025-06-18T07:00:00Z")).toBe(at("2025-06-18T07:00:00Z"));
    expect(publicationTime(undefined, undefined)).toBeUndefined();
  });
});

describe("which copy of one day is quoted", () => {
  const quotedOf = (published: (string | undefined)[], fetched: (string | undefined)[]) => {
    const docs = ["a-date-only", "b-timed"];
    const groups = groupCopies([JA, JA_EDITED], {
      time: (i) => publicationTime(published[i], fetched[i]),
      seen: (i) => instantOf(fetched[i]),
      docId: (i) => docs[i]!,
    });
    return docs[groups[0]![0]!];
  };

  it("a same-day copy with a known time, when the date-only article has no earlier fetched", () => {
    // Before: the date-only article was midnight UTC and always went first.
    expect(quotedOf(["2025-06-18", "2025-06-18T09:30:00Z"], [undefined, undefined])).toBe("b-timed");
    expect(quotedOf(["2025-06-18", "2025-06-18T09:30:00Z"], ["2025-06-18T11:00:00Z", undefined])).toBe("b-timed");
  });

  it("the date-only article, when it was fetched before the copy's time (it was there first)", () => {
    expect(quotedOf(["2025-06-18", "2025-06-18T09:30:00Z"], ["2025-06-18T08:00:00Z", undefined])).toBe("a-date-only");
  });

  it("the date-only article against a copy of a later day, whenever it was fetched", () => {
    expect(quotedOf(["2025-06-18", "2025-06-19T00:30:00Z"], ["2025-06-25T08:00:00Z", undefined])).toBe("a-date-only");
  });
});

describe("copies fetched at one time (one sync run)", () => {
  const run = "2026-12-07T10:00:00Z";
  const quotedOf = (feedDates: (string | undefined)[], places: (number | undefined)[]) => {
    // The ids sort the other way round: they decide only when nothing else does.
    const docs = ["z-first-listed", "a-second-listed"];
    const groups = groupCopies([JA, JA_EDITED], {
      time: () => publicationTime("2025-06-18", run),
      seen: () => instantOf(run),
      fed: (i) => instantOf(feedDates[i]),
      listed: (i) => places[i],
      docId: (i) => docs[i]!,
    });
    return docs[groups[0]![0]!];
  };

  it("the item the feed dated first", () => {
    expect(quotedOf(["2025-06-18T04:30:00Z", "2025-06-19T04:30:00Z"], [2, 1])).toBe("z-first-listed");
  });

  it("with the same feed date, the item the run took first (the feeds' order, then each feed's)", () => {
    expect(quotedOf(["2025-06-18T04:30:00Z", "2025-06-18T04:30:00Z"], [1, 2])).toBe("z-first-listed");
    expect(quotedOf([undefined, undefined], [1, 2])).toBe("z-first-listed");
  });

  it("a feed date known before one unknown; with nothing recorded, the id", () => {
    expect(quotedOf(["2025-06-18T04:30:00Z", undefined], [undefined, undefined])).toBe("z-first-listed");
    expect(quotedOf([undefined, undefined], [undefined, undefined])).toBe("a-second-listed");
  });
});
