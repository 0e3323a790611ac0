import { describe, expect, it } from "vitest";
import { namesOther, seriesOf, standsAlone } from "../../src/search/answer/mentions.js";

describe("how a question's word is mentioned", () => {
  it("tells a word standing on its own from one only inside a dotted name", () => {
    expect(standsAlone(["キルギス"], "中国・キルギス・ウズベキスタン鉄道が進行")).toBe(false);
    expect(
      standsAlone(["キルギス"], "中国・キルギス・ウズベキスタン鉄道が進行し、キルギスの首都でも式典が開かれた"),
    ).toBe(true);
    expect(standsAlone(["キルギス"], "キルギスは中央アジアの国である")).toBe(true);
    // A spelling the text does not hold as written (its dots dropped) is not judged.
    expect(standsAlone(["グスタフマーラー"], "グスタフ・マーラーは作曲家である")).toBe(true);
  });

  it("finds another instance of an ordinal's series, not the one asked", () => {
    const series = seriesOf("第2回")!;
    expect(namesOther(series, "第2回", "第1回サミットが開かれた")).toBe(true);
    expect(namesOther(series, "第2回", "第2回サミットが開かれた")).toBe(false);
    // An instance the question names itself (第1回から第2回まで) is no other one.
    expect(namesOther(series, "第2回", "第1回サミットからの2年間", ["第1回", "第2回"])).toBe(false);
    expect(namesOther(series, "第2回", "第3回サミット", ["第1回", "第2回"])).toBe(true);
    expect(seriesOf("2024年")).toBeUndefined();
  });
});
