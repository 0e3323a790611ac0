import { describe, expect, it } from "vitest";
import { describeChanges, paragraphChanges } from "../../src/sources/paragraph-changes.js";

const A = "中国と中央アジア5カ国の税関当局は19日、鉄道貨物の通関手続きを一本化すると発表した。";
const B = "最初の対象品目はカザフスタン産の小麦と、中国から中央アジア向けの自動車部品に絞られる。";
const C = "関係者によると、待ち時間は現在の平均38時間から12時間以内に短縮される見通しだという。";

describe("what an update did to the paragraphs", () => {
  it("an appended paragraph is new and keeps every other", () => {
    const c = paragraphChanges([A, B], [A, B, C]);
    expect(c).toEqual({ kept: 2, edited: 0, added: 1, removed: 0 });
    expect(describeChanges(c)).toBe("2 paragraphs kept, 1 new (new ids)");
  });

  it("a paragraph removed in the middle retires its id and keeps the rest", () => {
    const c = paragraphChanges([A, B, C], [A, C]);
    expect(c).toEqual({ kept: 2, edited: 0, added: 0, removed: 1 });
    expect(describeChanges(c)).toBe("2 paragraphs kept, 1 removed (ids retired)");
  });

  it("a paragraph edited in place is counted as edited, not as one removed and one new", () => {
    const c = paragraphChanges([A, B, C], [A, B.replace("小麦", "大麦"), C]);
    expect(c).toEqual({ kept: 2, edited: 1, added: 0, removed: 0 });
    expect(describeChanges(c)).toBe("2 paragraphs kept, 1 edited (same ids, older text kept)");
  });
});
