/**
 * The start-up warm-up (issue #11): questions generated from the opened corpus (and the
 * dictionary for English), bounded by a question count and a time budget, changing no answer.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/types.js";
import { openCore, openEngine, type Engine } from "../../src/engine/open.js";
import { warmUp, type WarmUpPlan } from "../../src/engine/warm-up.js";
import { corpusWords, englishQuestions, japaneseQuestions } from "../../src/engine/warm-up-questions.js";
import { readIndex, type IndexData } from "../../src/index/storage/store.js";
import { HASH_DIMS } from "../../src/embed/registry.js";
import { HashEmbedder } from "../../src/embed/hash.js";
import { Retriever } from "../../src/search/retriever.js";
import { defaultPlanner, type QueryPlanner } from "../../src/search/plan.js";
import { openVocabulary } from "../../src/index/vocabulary-file.js";
import { loadDictionary } from "../../src/translate/dictionary.js";
import { buildFixtureIndex, ENGINE_CORPUS, PROJECT_ROOT, tempDirs, testConfig } from "../helpers/fixtures.js";

const tmp = tempDirs();
let indexDir: string;
let data: IndexData;
let cold: Engine;
let warm: Engine;

beforeAll(async () => {
  indexDir = tmp("summit-warm-up-");
  await buildFixtureIndex(ENGINE_CORPUS, indexDir);
  data = readIndex(indexDir);
  cold = await openEngine(testConfig(), { indexDir });
  warm = await openEngine(testConfig({ SUMMIT_WARM_UP_QUESTIONS: "60", SUMMIT_WARM_UP_MS: "60000" }), {
    indexDir,
    warm: true,
  });
});

afterAll(async () => {
  await cold?.close();
  await warm?.close();
});

const passage = (text: string, n = 1): Passage => ({ id: `doc#${n}`, docId: "doc", n, line: n, text });

/** A plan over a fake `ask` that records the questions. */
function recorder(options: { japanese?: number; english?: number } = {}) {
  const asked: string[] = [];
  const plan: WarmUpPlan = {
    ask: async (q) => void asked.push(q),
    japanese: (count) => Array.from({ length: Math.min(count, options.japanese ?? 1000) }, (_, i) => `質問${i}`),
    ...(options.english !== undefined
      ? {
          english: (count: number) =>
            Array.from({ length: Math.min(count, options.english!) }, (_, i) => `question ${i}?`),
        }
      : {}),
  };
  return { plan, asked };
}

describe("the warm-up's budgets", () => {
  it("stops at its question budget", async () => {
    const { plan, asked } = recorder();
    const report = await warmUp(plan, { questions: 7, ms: 60_000 });
    expect(asked).toHaveLength(7);
    expect(report).toMatchObject({ asked: 7, stoppedBy: "budget" });
  });

  it("stops when its time budget is spent, between questions", async () => {
    let clock = 0;
    const { plan, asked } = recorder();
    const timed: WarmUpPlan = { ...plan, ask: async (q) => ((clock += 10), plan.ask(q)) };
    const report = await warmUp(timed, { questions: 1000, ms: 35 }, () => clock);
    expect(asked).toHaveLength(4);
    expect(report.stoppedBy).toBe("time");
  });

  it("gives the event loop a turn between questions, so background work (the dictionary's unpacking) goes on", async () => {
    const { plan } = recorder();
    let turns = 0;
    const tick = () => {
      turns++;
      if (turns < 100) setImmediate(tick);
    };
    setImmediate(tick);
    const seen: number[] = [];
    await warmUp({ ...plan, ask: async () => void seen.push(turns) }, { questions: 5, ms: 60_000 });
    // Each question runs after at least one more turn of the loop than the one before it.
    expect(seen).toHaveLength(5);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
  });

  it("asks nothing when either budget is 0", async () => {
    for (const settings of [
      { questions: 0, ms: 1000 },
      { questions: 10, ms: 0 },
    ]) {
      const { plan, asked } = recorder();
      expect((await warmUp(plan, settings)).asked).toBe(0);
      expect(asked).toEqual([]);
    }
  });

  it("ends when the generated questions run out before the budget", async () => {
    const { plan, asked } = recorder({ japanese: 3, english: 2 });
    const report = await warmUp(plan, { questions: 100, ms: 60_000 });
    expect(asked).toHaveLength(5);
    expect(report).toMatchObject({ asked: 5, english: 2, stoppedBy: "questions" });
  });

  it("alternates the two languages, and goes on with one when the other runs out", async () => {
    const { plan, asked } = recorder({ japanese: 5, english: 2 });
    await warmUp(plan, { questions: 100, ms: 60_000 });
    expect(asked).toEqual(["質問0", "question 0?", "質問1", "question 1?", "質問2", "質問3", "質問4"]);
  });

  it("gives Japanese the share English cannot fill", async () => {
    const { plan, asked } = recorder({ english: 1 });
    const report = await warmUp(plan, { questions: 6, ms: 60_000 });
    expect(asked.filter((q) => q.startsWith("質問"))).toHaveLength(5);
    expect(report).toMatchObject({ asked: 6, english: 1, stoppedBy: "budget" });
  });
});

describe("an error in the warm-up", () => {
  it("ends the warm-up at the first failing question and says why, instead of rejecting", async () => {
    const { plan, asked } = recorder();
    const failing: WarmUpPlan = {
      ...plan,
      ask: async (q) => (asked.length === 3 ? Promise.reject(new Error("planner broke")) : plan.ask(q)),
    };
    const report = await warmUp(failing, { questions: 50, ms: 60_000 });
    expect(report).toMatchObject({ asked: 3, stoppedBy: "error", failed: "planner broke" });
    expect(asked).toHaveLength(3);
  });

  it("ends it when the cache prefill throws, before any question", async () => {
    const { plan, asked } = recorder();
    const report = await warmUp(
      {
        ...plan,
        prefill: () => {
          throw new Error("prefill broke");
        },
      },
      { questions: 50, ms: 60_000 },
    );
    expect(report).toMatchObject({ asked: 0, prefilled: false, stoppedBy: "error", failed: "prefill broke" });
    expect(asked).toEqual([]);
  });

  it("does not stop the engine from opening, and its answers are those of an engine without warm-up", async () => {
    let calls = 0;
    // Fails on the warm-up's first question only, then plans as the engine would.
    const planner: QueryPlanner = (text) => {
      if (calls++ === 0) throw new Error("warm-up question broke the planner");
      return defaultPlanner(text);
    };
    const opened = await openCore(testConfig({ SUMMIT_WARM_UP_QUESTIONS: "20", SUMMIT_WARM_UP_MS: "60000" }), {
      indexDir,
      warm: true,
      planner,
    });
    const plain = await openCore(testConfig(), { indexDir, planner: defaultPlanner });
    try {
      expect(opened.warmUp).toMatchObject({
        asked: 0,
        stoppedBy: "error",
        failed: "warm-up question broke the planner",
      });
      const question = "次回の首脳会議はどこで開く？";
      const answer = await opened.core.ask(question);
      expect(answer.results.length).toBeGreaterThan(0);
      expect(answer).toEqual(await plain.core.ask(question));
    } finally {
      await opened.core.close();
      await plain.core.close();
    }
  });
});

describe("the warm-up and the plan cache", () => {
  it("keeps no plan of its questions: a follow-up naming one plans it afresh", async () => {
    const calls: string[] = [];
    const planner: QueryPlanner = (text) => (calls.push(text), defaultPlanner(text));
    const opened = await openCore(testConfig({ SUMMIT_WARM_UP_QUESTIONS: "10", SUMMIT_WARM_UP_MS: "60000" }), {
      indexDir,
      warm: true,
      planner,
    });
    try {
      expect(opened.warmUp).toMatchObject({ asked: 10 });
      const warmQuestion = japaneseQuestions(data.passages, 10)[0]!;
      expect(calls).toContain(warmQuestion);
      calls.length = 0;
      await opened.core.ask("それはいつですか？", { history: [warmQuestion] });
      expect(calls).toEqual(["それはいつですか？", warmQuestion]);
    } finally {
      await opened.core.close();
    }
  });
});

describe("questions generated from the corpus", () => {
  it("makes Japanese questions from phrases of the passages, spread over the corpus, the same every time", () => {
    const passages = data.passages;
    const questions = japaneseQuestions(passages, 12);
    expect(questions).toHaveLength(12);
    expect(japaneseQuestions(passages, 12)).toEqual(questions);
    const corpus = passages.map((p) => p.text).join("\n");
    // Each question holds a stretch of at least four characters of some passage.
    for (const q of questions)
      expect([...q].some((_, i) => i + 4 <= q.length && corpus.includes(q.slice(i, i + 4)))).toBe(true);
    expect(new Set(questions).size).toBeGreaterThan(8);
    // Some ask about an instance of a series (第2回…), as questions about recurring summits do.
    expect(questions.some((q) => /^第[1-5]回の/.test(q))).toBe(true);
  });

  it("makes none from a corpus without passages, and works from a single passage", () => {
    expect(japaneseQuestions([], 10)).toEqual([]);
    const one = japaneseQuestions(
      [passage("第2回中国・中央アジアサミットはアスタナで開かれ、六つの協定が署名された。")],
      5,
    );
    expect(one).toHaveLength(5);
    for (const q of one) expect(q).toMatch(/中国|中央アジア|サミット|アスタナ|協定|署名/);
  });

  it("skips a passage with no phrase long enough to ask about", () => {
    expect(japaneseQuestions([passage("はい。")], 3)).toEqual([]);
  });

  it("makes English questions from dictionary words whose translation the corpus holds, and from a few names whose translation it lacks", () => {
    const dictionary = loadDictionary(join(PROJECT_ROOT, "data/en-ja.dict.bin"));
    const vocabulary = openVocabulary(data.vocabulary);
    const found = corpusWords(dictionary, vocabulary);
    expect(found.words.length).toBeGreaterThan(0);
    for (const w of found.words) expect(vocabulary.has(dictionary.words(w)[0]!.ja)).toBe(true);
    for (const n of found.names) expect(vocabulary.has(dictionary.names(n.toLowerCase())[0]!.ja)).toBe(true);
    const { strangers, abbreviations } = found;
    expect(strangers.length).toBeGreaterThan(0);
    expect(strangers.length).toBeLessThanOrEqual(40);
    for (const n of strangers) {
      expect(n).toMatch(/^[A-Z][a-z]+$/);
      expect(vocabulary.has(dictionary.names(n.toLowerCase())[0]!.ja)).toBe(false);
    }
    const questions = englishQuestions(found, data.passages, 16);
    expect(questions).toHaveLength(16);
    expect(englishQuestions(found, data.passages, 16)).toEqual(questions);
    for (const q of questions) expect(q).toMatch(/^[A-Z][^\u3040-\u9fff]*\?$/);
    expect(questions.some((q) => found.words.some((w) => q.includes(w)))).toBe(true);
    expect(questions.some((q) => strangers.some((n) => q.includes(n)))).toBe(true);
    for (const a of abbreviations) {
      expect(vocabulary.latin.has(a.toLowerCase())).toBe(true);
      expect(dictionary.words(a.toLowerCase())).toEqual([]);
    }
  });

  it("asks about the corpus's abbreviations, and puts other words in their place when it has none", () => {
    const found = { words: ["treaty", "harbour"], names: ["Astana"], strangers: ["Qarlyq"], abbreviations: ["SCO"] };
    expect(englishQuestions(found, data.passages, 20).some((q) => q.includes(" SCO?"))).toBe(true);
    const without = englishQuestions({ ...found, abbreviations: [] }, data.passages, 20);
    expect(without).toHaveLength(20);
    expect(without.some((q) => q.includes("SCO"))).toBe(false);
    for (const q of without) expect(q).not.toContain("undefined");
  });

  it("asks about known names in place of unknown ones when the dictionary gave none", () => {
    const questions = englishQuestions(
      { words: ["treaty", "harbour"], names: ["Astana"], strangers: [], abbreviations: [] },
      data.passages,
      10,
    );
    expect(questions).toHaveLength(10);
    for (const q of questions) expect(q).not.toContain("undefined");
    // The unknown-name forms (what did … say, where did … build) name the known name instead.
    expect(questions.filter((q) => /^(What did|Where did) Astana/.test(q)).length).toBeGreaterThanOrEqual(2);
  });

  it("makes no English question when the dictionary gave no word", () => {
    expect(
      englishQuestions({ words: [], names: ["Astana"], strangers: [], abbreviations: [] }, data.passages, 5),
    ).toEqual([]);
  });
});

describe("the warm-up in the engine", () => {
  it("gives the same answers as an engine that skipped it", async () => {
    const questions = [
      "中国は中央アジアにいくら融資すると表明した？",
      "次回の首脳会議はどこで開く？",
      "How much in loans and grant aid did China announce for Central Asia?",
      "Where will the next summit be held?",
      "火星探査機の打ち上げ日は？",
    ];
    for (const q of questions) expect(await warm.ask(q, { k: 5 })).toEqual(await cold.ask(q, { k: 5 }));
    const history = ["第2回サミットはどこで開かれた？"];
    expect(await warm.ask("それはいつですか？", { history })).toEqual(
      await cold.ask("それはいつですか？", { history }),
    );
  });

  it("asks questions of both languages and fills the caches of a corpus that fits them", async () => {
    const { core, warmUp: report } = await openCore(
      testConfig({ SUMMIT_WARM_UP_QUESTIONS: "40", SUMMIT_WARM_UP_MS: "60000" }),
      { indexDir, warm: true },
    );
    try {
      expect(report).toMatchObject({ asked: 40, prefilled: true });
      expect(report!.english).toBeGreaterThan(0);
    } finally {
      await core.close();
    }
  });

  it("is skipped when the configuration turns it off", async () => {
    const { core, warmUp: report } = await openCore(testConfig({ SUMMIT_WARM_UP_QUESTIONS: "0" }), {
      indexDir,
      warm: true,
    });
    try {
      expect(report).toMatchObject({ asked: 0, prefilled: false });
    } finally {
      await core.close();
    }
  });

  it("prefills no cache when stopped at once, and answers the same after a prefill", async () => {
    const make = () =>
      new Retriever({
        passages: data.passages,
        documents: data.manifest.documents,
        keyword: data.keyword,
        vectors: data.vectors,
        embedder: new HashEmbedder(HASH_DIMS, data.keyword),
      });
    expect(make().prefillCaches(() => true)).toBe(false);
    const filled = make();
    expect(filled.prefillCaches()).toBe(true);
    const q = "天然ガスパイプラインのD線について";
    expect(await filled.ask(q)).toEqual(await make().ask(q));
  });
});
