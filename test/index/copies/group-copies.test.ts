import { describe, expect, it } from "vitest";
import { groupCopies, publicationOrder } from "../../../src/index/copies/group-copies.js";
import { instantOf as timeOf } from "../../../src/index/copies/publication-time.js";
import { CopyGroups, decodeCopies, encodeCopies } from "../../../src/index/copies/copies-file.js";
import { signatureOf, similarity } from "../../../src/index/copies/signature.js";

const JA =
  "中国と中央アジア5カ国の首脳会議が西安で開かれ、習近平国家主席は各国首脳と会談した。会議では貿易と交通の連結性を強化することで一致し、新たな協力文書に署名した。次回の会議は2025年にカザフスタンで開かれる予定だ。";
const JA_EDITED =
  "中国と中央アジア５か国の首脳会議が西安で開かれ、習近平国家主席は各国の首脳と会談した。会議では貿易と交通の連結性を強めることで一致し、新たな協力文書に署名した。";
const JA_OTHER =
  "習近平国家主席はカザフスタンのトカエフ大統領と会談し、天然ガスのパイプライン建設について協議した。両首脳は西安での首脳会議の成果を評価し、エネルギー分野の投資を拡大する方針を確認した。";
const EN =
  "The leaders of China and the five Central Asian states met in Xi'an on Thursday and agreed to deepen trade and transport links, signing a declaration that sets out cooperation in energy, agriculture and customs for the next decade.";
const EN_EDITED =
  "Leaders of China and five Central Asian states met in Xi'an on Thursday and agreed to deepen trade and transport links, signing a declaration setting out cooperation in energy, agriculture and customs for the next decade. The next summit will be held in Astana.";
const EN_OTHER =
  "Kazakhstan's president Tokayev met China's Xi Jinping in Xi'an on Thursday to discuss a new gas pipeline, and the two leaders agreed to expand investment in energy and transport across Central Asia over the next decade.";

const noDates = { time: () => undefined, docId: () => "doc" };

describe("near-copy groups at ingest", () => {
  it("groups a lightly edited Japanese copy and an English one with their originals", () => {
    const groups = groupCopies([JA, EN, JA_EDITED, EN_EDITED], noDates);
    expect(groups).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it("does not group different paragraphs that share names and topic", () => {
    expect(similarity(signatureOf(JA).values, signatureOf(JA_OTHER).values)).toBeLessThan(0.1);
    expect(groupCopies([JA, JA_OTHER, EN, EN_OTHER], noDates)).toEqual([]);
  });

  it("does not group two paragraphs written from one template with other names, dates and numbers", () => {
    const first =
      "第1回中国・中央アジア首脳会議は、2023年5月18日から19日まで中国の西安で開かれた。議長は中国の習近平国家主席が務め、6か国の首脳が西安宣言に署名した。中国は中央アジア諸国に総額260億元の融資と無償援助を表明した。";
    // Jaccard 0.43 with `first`: as close as a heavily edited copy, yet another summit.
    const second =
      "第2回中国・中央アジア首脳会議は、2025年6月16日から17日までカザフスタンのアスタナで開かれた。議長は中国の習近平国家主席が務め、6か国の首脳がアスタナ宣言に署名した。中国は中央アジア諸国に総額150億元の融資と無償援助を表明した。";
    expect(groupCopies([first, second], noDates)).toEqual([]);
  });

  it("leaves short paragraphs (headings, datelines) alone even when identical", () => {
    expect(groupCopies(["西安で首脳会議", "西安で首脳会議"], noDates)).toEqual([]);
  });

  it("puts the earliest publication first, then the article whose id sorts first, then the earlier paragraph", () => {
    const dates = [
      timeOf("2025-06-19"),
      timeOf("2025-06-18T08:00:00Z"),
      undefined,
      timeOf("2025-06-18T08:00:00Z"),
      undefined,
    ];
    const docs = ["a", "c", "b", "c", "a"];
    const groups = groupCopies([JA, JA_EDITED, JA, JA_EDITED, JA], { time: (i) => dates[i], docId: (i) => docs[i]! });
    expect(groups).toEqual([[1, 3, 0, 4, 2]]);
    // Without dates: `story` before its copy `story-r1`, though story-r1's file comes first in the index.
    const ids = ["story-r1", "story"];
    expect(groupCopies([JA_EDITED, JA], { time: () => undefined, docId: (i) => ids[i]! })).toEqual([[1, 0]]);
  });

  it("at the same publication time, puts the article fetched first before one whose id sorts first", () => {
    const day = timeOf("2025-06-18");
    const fetched = [timeOf("2026-12-02T08:00:00Z"), timeOf("2026-12-01T08:00:00Z"), undefined];
    const docs = ["aral-herald", "steppe-daily", "a-hand-written"];
    const order = { time: () => day, seen: (i: number) => fetched[i], docId: (i: number) => docs[i]! };
    // Fetched first, then fetched later, then the article that does not say when it came (by id among those).
    expect(groupCopies([JA, JA_EDITED, JA], order)).toEqual([[1, 0, 2]]);
    // An earlier publication still comes first, whenever it was fetched.
    const earlier = [timeOf("2025-06-17"), day, day];
    expect(groupCopies([JA, JA_EDITED, JA], { ...order, time: (i) => earlier[i] })).toEqual([[0, 1, 2]]);
  });

  it("of one time and one fetch, puts the article given first on its add's command line first, then by id", () => {
    const day = timeOf("2025-06-18");
    const fetched = timeOf("2026-12-01T08:00:00Z");
    const docs = ["aral-herald", "steppe-daily", "caspian-wire"];
    const given = [2, 1, undefined];
    const order = {
      time: () => day,
      seen: () => fetched,
      given: (i: number) => given[i],
      docId: (i: number) => docs[i]!,
    };
    expect(groupCopies([JA, JA_EDITED, JA], order)).toEqual([[1, 0, 2]]);
    // The same comparison, made once by the caller, groups the same way.
    expect(groupCopies([JA, JA_EDITED, JA], publicationOrder(order, 3))).toEqual([[1, 0, 2]]);
  });

  it("stores the groups and reads them back; a representative stands for each member", () => {
    const groups = [
      [3, 0, 7],
      [5, 1],
    ];
    const bytes = Buffer.concat(encodeCopies(groups));
    const read = decodeCopies(bytes, 8);
    expect(read.groups).toEqual(groups);
    expect(read.representativeOf(7)).toBe(3);
    expect(read.representativeOf(2)).toBe(2);
    expect(read.membersOf(1)).toEqual([5, 1]);
    expect(() => decodeCopies(bytes, 6)).toThrow(/expected groups of 2 or more of 6 paragraphs/);
    expect(CopyGroups.none().representativeOf(4)).toBe(4);
  });
});
