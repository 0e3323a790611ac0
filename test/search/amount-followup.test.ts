/**
 * A follow-up that asks an amount with a magnitude before its counter (何万人, 何億円) asks a
 * number, as 何人 does (answer/question-analysis.ts): the passage must hold one. In a
 * conversation, the earlier turn's words otherwise filled the passage that names the subject and
 * no number, and it was answered at full strength. Through the real engine over the bundled
 * articles (corpus/); the conversation is not in the calibration set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/types.js";
import { defaultPlanner } from "../../src/search/plan.js";
import { bundledEngine, tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
let engine: Engine;

beforeAll(async () => {
  engine = await bundledEngine(tmp);
}, 120_000);

afterAll(async () => {
  await engine?.close();
});

describe("an amount asked with a magnitude before the counter (何万人, 何億円)", () => {
  it("asks a number of the counter after the magnitude", () => {
    const people = defaultPlanner("雇用は何万人くらい増えるの？").analysis!;
    expect(people.answerType).toBe("number");
    expect(people.counter).toBe("人");
    const yen = defaultPlanner("経済的な影響は何億円くらいになるんですか？").analysis!;
    expect(yen.answerType).toBe("number");
    expect(yen.counter).toBe("円");
  });

  it("is not answered in a conversation by the passage that names the subject and no number", async () => {
    const first =
      "サミットの合意が具体的なプロジェクトにつながったら、カザフスタンの人びとの生活にどんな影響がありますか？";
    const opened = await engine.ask(first, { k: 3 });
    expect(opened.results[0]!.id).toBe("kazakh-voices-silk-road#9");
    const amount = await engine.ask("それで雇用は何万人くらい生まれるの？", { k: 3, history: [first] });
    expect(amount.confidence).not.toBe("answer");
  });
});
