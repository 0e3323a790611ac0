import { describe, expect, it } from "vitest";
import { containment, NEAR_COPY_SHARE, shingleSample } from "../../src/sources/near-copy.js";

const story = [
  "中国と中央アジア5カ国の税関当局は19日、国境を越える鉄道貨物の通関手続きを一本化する「単一窓口」の試行を、カザフスタンとの国境にあるホルゴスで7月1日から始めることで合意した。",
  "試行では、貨物の申告データを出発国の税関が一度だけ受け付け、通過国と到着国の税関がそれを共有する。関係者によると、これまで平均で38時間かかっていた国境での待ち時間を、12時間以内に短縮することを目指す。",
  "2026年からは、ウズベキスタンを経由してトルクメニスタンに向かう路線にも広げる計画だという。",
];

describe("near-copies", () => {
  it("a lightly edited copy (a word changed, a paragraph cut, full-width digits) is mostly inside the original", () => {
    const edited = [story[0]!.replace("19日", "１９日").replace("合意した", "合意"), story[1]!];
    expect(containment(shingleSample(edited), shingleSample(story))).toBeGreaterThanOrEqual(NEAR_COPY_SHARE);
  });

  it("another story on the same topic is not", () => {
    const other = [
      "タジキスタンの首都ドゥシャンベで27日、中国と中央アジア5カ国の大学生が集まる「青年交流フォーラム」が開かれ、約300人が参加した。フォーラムは3日間の日程で、言語教育や共同研究について話し合う。",
      "開会式では、タジキスタン教育省の担当者が、来年度から中国の大学との交換留学の枠を現在の2倍の400人に増やす方針を明らかにした。",
    ];
    expect(containment(shingleSample(other), shingleSample(story))).toBeLessThan(0.2);
  });

  it("does not judge a text too short to tell", () => {
    expect(containment(shingleSample(["短い。"]), shingleSample(story))).toBe(0);
  });
});
