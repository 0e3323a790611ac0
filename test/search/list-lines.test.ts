/**
 * A paragraph that writes its list as lines holds each item up to its last line
 * (answer/list-position.ts listLines, answer/earlier-answer.ts): 「その二つ目は？」 after a turn that
 * counted the points such a paragraph lists is answered by it, though it spells no 第二. Through
 * the real engine over the bundled articles (corpus/); the conversations are not in the
 * calibration set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/types.js";
import { listLines, listPositionUnit, positionOfUnit } from "../../src/search/answer/list-position.js";
import { bundledEngine, tempDirs } from "../helpers/fixtures.js";

describe("a list written as lines", () => {
  it("counts the lines that open with a bullet or a number, not running text", () => {
    expect(listLines("三つに絞ると次のとおり。\n- 一つ目\n- 二つ目\n- 三つ目")).toBe(3);
    expect(listLines("方向性:\n・鉄道\n・人材\n1. 税関\n① 貿易")).toBe(4);
    expect(listLines("第一に、相互尊重。第二に、協議。-5度の寒さ。")).toBe(0);
  });

  it("reads the position back from its unit (第2 → 2)", () => {
    expect(positionOfUnit(listPositionUnit(2).label)).toBe(2);
    expect(positionOfUnit("第2回")).toBeUndefined();
  });
});

const tmp = tempDirs();
let engine: Engine;

beforeAll(async () => {
  engine = await bundledEngine(tmp);
}, 120_000);

afterAll(async () => {
  await engine?.close();
});

describe("an item of a list the turn before counted, written as lines", () => {
  it("is answered by the paragraph with the lines, not another article's 第二", async () => {
    const first = "中国・中央アジア機構から見えてくるポイントはいくつ挙げられていますか？";
    expect((await engine.ask(first, { k: 3 })).results[0]!.id).toBe("china-central-asia-mechanism#19");
    const second = await engine.ask("その二つ目は何ですか？", { k: 3, history: [first] });
    expect(second.confidence).toBe("answer");
    expect(second.results[0]!.id).toBe("china-central-asia-mechanism#19");
  });

  it("is answered so for the third of six lines too (三つ目は？)", async () => {
    const first = "12本の協力合意で打ち出された方向性はいくつありますか？";
    const third = await engine.ask("三つ目は？", { k: 3, history: [first] });
    expect(third.results[0]!.id).toBe("kazakh-voices-silk-road#4");
  });
});
