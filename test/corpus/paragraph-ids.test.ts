import { describe, expect, it } from "vitest";
import { firstRevision, isPositional, renumber } from "../../src/corpus/paragraph-ids.js";

const P = [
  "中国と中央アジア5カ国の税関当局は19日、鉄道貨物の通関手続きを一本化すると発表した。",
  "最初の対象品目はカザフスタン産の小麦と、中国から中央アジア向けの自動車部品に絞られる。",
  "関係者によると、待ち時間は現在の平均38時間から12時間以内に短縮される見通しだという。",
  "The customs authorities of China and the five Central Asian states will share one window for rail freight.",
];
const NOW = "2026-12-07T14:00:00Z";

describe("stable paragraph numbers across revisions", () => {
  it("numbers an article seen for the first time by position, which needs no stored entry", () => {
    const r = renumber(undefined, P, NOW);
    expect(r.numbers).toEqual([1, 2, 3, 4]);
    expect(isPositional(r.revisions)).toBe(true);
  });

  it("keeps every number when a paragraph is inserted at the top, and gives the new one a fresh number", () => {
    const r = renumber(firstRevision(P), ["速報：新しい段落がここに入った。", ...P], NOW);
    expect(r.numbers).toEqual([5, 1, 2, 3, 4]);
    expect(r.revisions.next).toBe(6);
    expect(r.revisions.history).toEqual([]);
    expect(isPositional(r.revisions)).toBe(false);
  });

  it("keeps an edited paragraph's number and records its older text as changed", () => {
    const edited = P[2]!.replace("12時間", "10時間");
    const r = renumber(firstRevision(P), [P[0]!, P[1]!, edited, P[3]!], NOW);
    expect(r.numbers).toEqual([1, 2, 3, 4]);
    expect(r.edited).toBe(1);
    expect(r.revisions.history).toEqual([{ n: 3, text: P[2], until: NOW, status: "changed" }]);
  });

  it("retires a removed paragraph's number for good: the next new paragraph does not get it", () => {
    const once = renumber(firstRevision(P), [P[0]!, P[2]!, P[3]!], NOW);
    expect(once.numbers).toEqual([1, 3, 4]);
    expect(once.revisions.history).toEqual([{ n: 2, text: P[1], until: NOW, status: "removed" }]);
    const twice = renumber(once.revisions, [P[0]!, P[2]!, P[3]!, "追加された段落。全く別の内容である。"], "2026-12-08T00:00:00Z");
    expect(twice.numbers).toEqual([1, 3, 4, 5]);
    expect(twice.revisions.history).toHaveLength(1);
  });

  it("gives a removed paragraph that comes back word for word its old number, and forgets its removal", () => {
    const gone = renumber(firstRevision(P), [P[0]!, P[2]!, P[3]!], NOW);
    const back = renumber(gone.revisions, P, "2026-12-08T00:00:00Z");
    expect(back.numbers).toEqual([1, 2, 3, 4]);
    expect(back.restored).toBe(1);
    expect(back.revisions.history).toEqual([]);
    expect(back.revisions.next).toBe(5);
  });

  it("does not restore a removed number for text that only resembles it", () => {
    const gone = renumber(firstRevision(P), [P[0]!, P[2]!, P[3]!], NOW);
    const similar = P[1]!.replace("小麦", "大麦");
    expect(renumber(gone.revisions, [P[0]!, similar, P[2]!, P[3]!], NOW).numbers).toEqual([1, 5, 3, 4]);
  });

  it("follows a paragraph moved elsewhere in the article", () => {
    const r = renumber(firstRevision(P), [P[3]!, P[0]!, P[1]!, P[2]!], NOW);
    expect(r.numbers).toEqual([4, 1, 2, 3]);
    expect(r.kept).toBe(4);
  });

  it("treats a paragraph rewritten into another as one removed and one new, not as an edit", () => {
    const rewritten = "ホルゴスでの試行は来年3月まで続き、その後ほかの国境駅にも広げる計画だ。";
    const r = renumber(firstRevision(P), [P[0]!, P[1]!, rewritten, P[3]!], NOW);
    expect(r.numbers).toEqual([1, 2, 5, 4]);
    expect(r.revisions.history).toEqual([{ n: 3, text: P[2], until: NOW, status: "removed" }]);
  });

  it("matches a small English edit and not an unrelated English sentence", () => {
    const small = P[3]!.replace("one window", "a single window");
    expect(renumber(firstRevision(P), [P[0]!, P[1]!, P[2]!, small], NOW).numbers).toEqual([1, 2, 3, 4]);
    const other = "Kazakhstan's wheat exports to China rose by a third last year, officials said on Monday.";
    expect(renumber(firstRevision(P), [P[0]!, P[1]!, P[2]!, other], NOW).numbers).toEqual([1, 2, 3, 5]);
  });

  it("pairs two edited paragraphs each with its own older text", () => {
    const e1 = P[1]!.replace("小麦", "大麦");
    const e2 = P[2]!.replace("38時間", "40時間");
    const r = renumber(firstRevision(P), [P[0]!, e2, e1, P[3]!], NOW);
    expect(r.numbers).toEqual([1, 3, 2, 4]);
  });
});
