import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/open.js";
import { engineOver, tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
let engine: Engine;

// The paragraph most like the question (its words, its form) recalls another instance of the
// series; the one that answers names the date.
const ARTICLES: Record<string, string> = {
  "recall.md": `---\ntitle: 西安の記憶\n---\n\n第1回サミットはいつ開かれたのか。習主席は、第1回サミットが開かれた西安を振り返った。\n\nザクロの木が植えられた。\n`,
  "summit.md": `---\ntitle: アスタナ\n---\n\n2025年6月17日、カザフスタンの首都アスタナで第2回サミットが開かれ、12本の協力合意が結ばれました。\n\n各国の首脳が集まった。\n`,
};

beforeAll(async () => {
  engine = await engineOver(ARTICLES, tmp);
});

afterAll(async () => {
  await engine?.close();
});

describe("what an answer quotes after its first passage", () => {
  it("leaves out the passage retrieved first when a stronger one goes before it and it does not answer on its own", async () => {
    const answer = await engine.ask("第2回サミットはいつ開かれましたか？", { k: 5 });
    expect(answer.confidence).toBe("answer");
    expect(answer.results[0]!.id).toBe("summit#1");
    expect(answer.results.map((r) => r.id)).not.toContain("recall#1");
    for (const r of answer.results.slice(1)) expect(r.strength).toBeGreaterThanOrEqual(0.12);
  });

  it("still shows the closest passages, however weak, when the articles do not answer", async () => {
    const answer = await engine.ask("第3回サミットはいつ開かれましたか？", { k: 5 });
    expect(answer.confidence).toBe("related");
    expect(answer.results[0]!.id).toBe("recall#1");
    expect(answer.results[0]!.strength).toBeLessThan(0.12);
  });
});
