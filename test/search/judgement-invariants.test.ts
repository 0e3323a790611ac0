import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer, Engine } from "../../src/engine/types.js";
import { ANSWER_MODEL_TUNING, DEFAULT_ANSWER_TUNING } from "../../src/search/answer/judge.js";
import { leadWithDeciding } from "../../src/search/answer/lead-quote.js";
import { buildFixtureIndex, PROJECT_ROOT, tempDirs, testConfig } from "../helpers/fixtures.js";
import { openEngine } from "../../src/engine/open.js";

const tmp = tempDirs();
let engine: Engine;
/** The same index with the fitted answer model deciding (search/answer/answer-model.ts). */
let modelEngine: Engine;

const lines = (path: string): Array<{ question: string; turns?: Array<{ question: string }> }> =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
/** Every question of the calibration set (bench/data) and of the dev files (copied under test/fixtures). */
const questions = [
  ...lines(join(PROJECT_ROOT, "bench/data/calibration/summit-calibration.jsonl")),
  ...lines(join(PROJECT_ROOT, "test/fixtures/judgement/dev-questions.jsonl")),
].map((q) => q.question);
const conversations = lines(join(PROJECT_ROOT, "bench/data/calibration/conversations.jsonl")).map((c) =>
  c.turns!.map((t) => t.question),
);

beforeAll(async () => {
  const indexDir = tmp("summit-judgement-");
  await buildFixtureIndex(join(PROJECT_ROOT, "corpus"), indexDir);
  engine = await openEngine(testConfig({ SUMMIT_INDEX_DIR: indexDir }), { indexDir });
  modelEngine = await openEngine(testConfig({ SUMMIT_INDEX_DIR: indexDir }), {
    indexDir,
    tuning: { answer: ANSWER_MODEL_TUNING },
  });
}, 120_000);

afterAll(async () => {
  await engine?.close();
  await modelEngine?.close();
});

/** What breaks the answer stage's invariants in one answer (empty when none). */
function broken(a: Answer, threshold = DEFAULT_ANSWER_TUNING.answerStrength): string[] {
  const out: string[] = [];
  const lead = a.results[0];
  if (a.confidence === "answer") {
    if (!lead) out.push("an answer that quotes nothing");
    else {
      if ((lead.strength ?? 0) < threshold) out.push(`leads with strength ${lead.strength} < ${threshold}`);
    }
  }
  if (a.confidence !== "answer" && a.results.some((r) => r.highlights.length > 0))
    out.push("highlights outside an answer");
  // The strength shown decided the outcome: an answer's best shown quote reaches the threshold, a non-answer's first three do not.
  const best = Math.max(0, ...a.results.slice(0, 3).map((r) => r.strength ?? 0));
  if (a.confidence === "related" && best >= threshold) out.push(`related with a quote at ${best}`);
  return out;
}

describe("the answer stage's invariants, on every calibration and dev question", () => {
  it(`never leads an answer with a quote below the answer threshold (${DEFAULT_ANSWER_TUNING.answerStrength}), and shows the strength that decided`, async () => {
    const failures: string[] = [];
    for (const q of questions) {
      for (const k of [1, 3]) {
        const a = await engine.ask(q, { k });
        for (const why of broken(a)) failures.push(`${q} (k=${k}): ${why}`);
      }
    }
    expect(questions.length).toBeGreaterThan(350);
    expect(failures).toEqual([]);
  }, 120_000);

  it("shows an answer's first quote with a bold sentence (one holding the focus or an answer of the type asked)", async () => {
    const unbold: string[] = [];
    let answers = 0;
    for (const q of questions) {
      const a = await engine.ask(q, { k: 3 });
      if (a.confidence !== "answer") continue;
      answers++;
      if (a.results[0]!.highlights.length === 0) unbold.push(q);
    }
    expect(answers).toBeGreaterThan(100);
    // The measured exception (docs/benchmarks.md, "Judgement", third session): at most 8 questions
    // (of about 200 answers) that ask no type with a test (which, where, what kind, a comment)
    // whose lead passage lacks the focus, so no sentence of it holds either. One more since the
    // English sense choice finds Kazakhs → カザフ (issue-22-english4): "How could the summit deals
    // actually change ordinary Kazakhs' lives?" was refused before any passage was judged.
    expect(unbold.length, unbold.join("\n")).toBeLessThanOrEqual(9);
  }, 120_000);

  it("holds with the answer model deciding: the probability shown is the one the outcome was decided on", async () => {
    const failures: string[] = [];
    let answers = 0;
    for (const q of questions) {
      const a = await modelEngine.ask(q, { k: 3 });
      if (a.confidence === "answer") answers++;
      for (const why of broken(a, ANSWER_MODEL_TUNING.answerStrength)) failures.push(`${q}: ${why}`);
    }
    // Both outcomes occur, so the check is not vacuous.
    expect(answers).toBeGreaterThan(50);
    expect(answers).toBeLessThan(questions.length - 50);
    expect(failures).toEqual([]);
  }, 120_000);

  it("holds for every turn of the conversation set, asked with the turns before it", async () => {
    const failures: string[] = [];
    for (const turns of conversations) {
      for (let t = 0; t < turns.length; t++) {
        const a = await engine.ask(turns[t]!, { k: 3, history: turns.slice(0, t) });
        for (const why of broken(a)) failures.push(`${turns.slice(0, t + 1).join(" / ")}: ${why}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe("follow-ups on the bundled articles", () => {
  it("keeps the ordinal an earlier turn fixed: それはいつ？ after the second summit's place leads with its date, not the first summit recalled", async () => {
    const a = await engine.ask("それはいつ？", { k: 3, history: ["第2回サミットはどこで開かれましたか？"] });
    expect(a.confidence).toBe("answer");
    expect(a.results[0]!.text).toContain("2025年6月17日");
    expect(a.results.map((r) => r.id)).not.toContain("china-central-asia-spirit#4");
  });

  it("does not take 長期的 for a date: それはいつ？ after the treaty question does not bold the treaty paragraph", async () => {
    const a = await engine.ask("それはいつ？", { k: 3, history: ["第2回サミットで署名された条約は何ですか？"] });
    const treaty = a.results.find((r) => r.text.includes("恒久的な善隣友好と協力に関する条約"));
    expect(treaty?.highlights ?? []).toEqual([]);
  });
});

describe("leadWithDeciding", () => {
  const s = (x: number) => x;
  it("moves the first quote strong enough to answer in front of weaker ones, keeping the rest in order", () => {
    expect(leadWithDeciding([0.0145, 0.05, 0.66, 0.3], s, 0.12)).toEqual([0.66, 0.0145, 0.05, 0.3]);
  });
  it("leaves the order alone when the first is strong enough or none is", () => {
    expect(leadWithDeciding([0.2, 0.9], s, 0.12)).toEqual([0.2, 0.9]);
    expect(leadWithDeciding([0.01, 0.02], s, 0.12)).toEqual([0.01, 0.02]);
  });

  it("does not answer what a named person likes when the thing asked (食べ物) is nowhere in the articles: a name and a verb of saying are not an answer", async () => {
    const liked = await engine.ask("トカエフ大統領の好きな食べ物は何ですか？", { k: 3 });
    expect(liked.confidence).not.toBe("answer");
    expect(liked.results.every((r) => r.highlights.length === 0)).toBe(true);
    // What he said is in the articles, and still answered.
    const said = await engine.ask("トカエフ大統領は何と述べましたか？", { k: 3 });
    expect(said.confidence).toBe("answer");
  });
});
