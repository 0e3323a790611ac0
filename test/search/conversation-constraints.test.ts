/**
 * What an earlier turn fixed constrains the follow-up, through the real engine over the bundled
 * articles (corpus/): a position in the list an earlier turn counted, the event the turn before
 * was answered from, the subject a demonstrative names, in Japanese and in English; and a turn
 * asked the way people ask in a thread (greeting, thanking, changing the subject) is answered as
 * the question alone would be (search/turn-text.ts). These conversations are not in the calibration set (bench/data/calibration/conversations.jsonl).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer, Engine } from "../../src/engine/types.js";
import { withHistory } from "../../src/search/followup.js";
import type { QueryPlan } from "../../src/search/plan.js";
import { defaultPlanner } from "../../src/search/plan.js";
import { converse } from "../helpers/converse.js";
import { bundledEngine, tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
let engine: Engine;

beforeAll(async () => {
  engine = await bundledEngine(tmp);
}, 120_000);

afterAll(async () => {
  await engine?.close();
});

const talk = (turns: readonly string[]) => converse(engine, turns);

describe("a position in the list an earlier turn counted", () => {
  it("is answered by the passage that introduces that item (第二に, 第五に), in Japanese", async () => {
    const [, second, fifth] = await talk([
      "中国・中央アジアサミットで習主席が示した提案はいくつありますか？",
      "二つ目の提案は？",
      "五つ目は？",
    ]);
    expect(second!.confidence).toBe("answer");
    expect(second!.results[0]!.id).toBe("china-central-asia-spirit#15");
    expect(fifth!.confidence).toBe("answer");
    expect(fifth!.results[0]!.id).toBe("china-central-asia-spirit#21");
  });

  it("is answered in English too (and the fifth)", async () => {
    const [, fifth] = await talk(["How many proposals did Xi make at the Astana summit?", "And the fifth?"]);
    expect(fifth!.confidence).toBe("answer");
    expect(fifth!.results[0]!.id).toBe("china-central-asia-spirit#21");
  });

  it("is the last one the articles introduce when asked for the last (最後は？, 'the final proposal')", async () => {
    const ja = await talk(["中国・中央アジアサミットで習主席が示した提案はいくつありますか？", "最後は？"]);
    expect(ja[1]!.confidence).toBe("answer");
    expect(ja[1]!.results[0]!.id).toBe("china-central-asia-spirit#21");
    const en = await talk(["How many proposals did Xi make at the Astana summit?", "What was the final proposal?"]);
    expect(en[1]!.confidence).toBe("answer");
    expect(en[1]!.results[0]!.id).toBe("china-central-asia-spirit#21");
  });

  it("is refused when the articles never reach it (the seventh of five), in both languages", async () => {
    const ja = await talk([
      "中国・中央アジアサミットで習主席が示した提案はいくつありますか？",
      "七つ目の提案は何ですか？",
    ]);
    expect(ja[1]!.answerable).toBe(false);
    const en = await talk(["How many proposals did Xi make at the Astana summit?", "What was the seventh proposal?"]);
    expect(en[1]!.answerable).toBe(false);
  });
});

describe("a follow-up about something the articles don't say", () => {
  it("is refused though the subject its demonstrative names is in the articles (そのプラットフォームの所在地)", async () => {
    const [first, followUp] = await talk([
      "中国は貿易の円滑化のために何を新設すると表明しましたか？",
      "そのプラットフォームの所在地はどこですか？",
    ]);
    expect(first!.results[0]!.id).toBe("china-central-asia-spirit#16");
    expect(followUp!.answerable).toBe(false);
  });
});

describe("a follow-up that asks only for a type", () => {
  it("is not answered by the earlier turn's passage when it holds no answer of that type (それはいつ？ after the treaty)", async () => {
    const [treaty, when] = await talk(["第2回サミットで署名された条約の名前は？", "それはいつ？"]);
    expect(treaty!.results.map((r) => r.id)).toContain("china-central-asia-mechanism#4");
    // The treaty paragraph holds no date: whatever is quoted first holds one, or nothing answers.
    if (when!.confidence === "answer") expect(when!.results[0]!.id).not.toBe("china-central-asia-mechanism#4");
    expect(when!.results.find((r) => r.id === "china-central-asia-mechanism#4")?.strength ?? 0).toBe(0);
  });
});

describe("an English follow-up", () => {
  it("is judged on each turn's own evidence, not refused for the joined translations no passage fills", async () => {
    const [first, followUp] = await talk([
      "How much grant aid did China announce for Central Asia this year?",
      "And how many training places?",
    ]);
    expect(first!.results.map((r) => r.id)).toContain("china-central-asia-spirit#16");
    expect(followUp!.confidence).toBe("answer");
    expect(followUp!.results[0]!.id).toBe("china-central-asia-spirit#16");
  });

  it("has the weighted evidence of its turns: a turn that names nothing ('When was that?') adds none", () => {
    const plan = (question: string, units: string[], evidence: (t: string) => number): QueryPlan => ({
      ...defaultPlanner(question),
      lang: "en",
      evidence,
      analysis: {
        units: units.map((label) => ({ label, alternatives: [label], importance: 1 })),
        focusRequired: false,
        answerType: "other",
        translated: true,
      },
    });
    const earlier = plan("Where was the summit?", ["summit", "held"], (t) => (t.includes("サミット") ? 1 : 0));
    const empty = plan("When was that?", [], () => 0);
    const corpus = { has: () => true, holds: () => true };
    const joined = withHistory(empty, "When was that?", [earlier], corpus);
    expect(joined.evidence!("サミットは6月17日に開かれた")).toBeCloseTo(1);
    expect(joined.evidence!("会談は7月に")).toBe(0);
    const own = plan("How many agreements were signed there?", ["agreements"], (t) => (t.includes("合意") ? 1 : 0));
    const both = withHistory(own, "How many agreements were signed there?", [earlier], corpus);
    // The new question (weight 1, one unit) and the earlier one (×0.6, two units): 1 / (1 + 1.2).
    expect(both.evidence!("12本の協力合意")).toBeCloseTo(1 / 2.2);
  });
});

describe("the words a demonstrative names", () => {
  it("are the earlier subject (borrowed), while numbers and words counting from it stay the follow-up's own", () => {
    const corpus = { has: () => true, holds: () => true };
    const earlier = [defaultPlanner("中国は何を新設すると表明しましたか？")];
    const labelled = (q: string) =>
      (withHistory(defaultPlanner(q), q, earlier, corpus).analysis?.units ?? [])
        .filter((u) => !u.borrowed)
        .map((u) => u.label);
    expect(labelled("そのプラットフォームの本部はどこ？")).not.toContain("プラットフォーム");
    expect(labelled("そのプラットフォームの本部はどこ？")).toContain("本部");
    expect(labelled("その2年間で何をしますか？")).toContain("2年間");
    expect(labelled("その前年に議長国だったのは？")).toContain("前年");
  });

  it("are what is asked when the articles never use them (その入場料はいくら？)", () => {
    const corpus = { has: () => true, holds: (u: { label: string }) => u.label !== "入場料" };
    const q = "その入場料はいくらですか？";
    const units = withHistory(defaultPlanner(q), q, [defaultPlanner("カザフスタン空軍のジェット機は何機？")], corpus)
      .analysis!.units;
    expect(units.find((u) => u.label === "入場料")?.borrowed).toBeUndefined();
  });
});

describe("a follow-up late in a conversation", () => {
  // Not in the calibration set: its earlier turns differ from the calibration conversation on the engineer.
  const opening = [
    "12本の協力合意はどんな方向性ですか？",
    "人材交流にはどんな意味がありますか？",
    "現地のエンジニアは何と言いましたか？",
  ];

  it("is on the topic when it is with the turn before it (彼の名前は？ after three turns is answered by the engineer's paragraph)", async () => {
    const answers = await talk([...opening, "彼の名前は？"]);
    const name = answers[3]!;
    expect(name.confidence).toBe("answer");
    expect(name.results[0]!.id).toBe("kazakh-voices-silk-road#8");
    expect(name.results[0]!.text).toContain("Erzat");
  });

  it("about something the articles don't say is still refused (彼は何歳ですか？)", async () => {
    const answers = await talk([...opening, "彼は何歳ですか？"]);
    expect(answers[3]!.answerable).toBe(false);
  });
});

describe("a follow-up's question words", () => {
  it("are no words a passage must hold when it refers back (それは何日の何時でしたか？ is answered with the date)", async () => {
    const [, when] = await talk(["2024年7月の会談はどこで行われましたか？", "それは何日の何時でしたか？"]);
    expect(when!.confidence).toBe("answer");
    expect(when!.results[0]!.id).toBe("xi-tokayev-talks-2024-07#1");
    expect(when!.results[0]!.text).toContain("7月3日午前");
  });

  it("stay the question's own when it names its own subject and refers back to nothing", () => {
    const corpus = { has: (term: string) => !/[何誰]/u.test(term), holds: () => true };
    const earlier = [defaultPlanner("2025年に中国は上海協力機構でどんな立場にありましたか？")];
    const terms = (q: string) => [...withHistory(defaultPlanner(q), q, earlier, corpus).keyword.keys()];
    expect(terms("それは何日の何時でしたか？")).not.toContain("何日");
    expect(terms("それは何日の何時でしたか？")).not.toContain("何時");
    expect(terms("天津サミットには何カ国の首脳が出席しますか？")).toContain("何カ");
  });
});

describe("the year before the one an earlier turn fixed (その前年)", () => {
  it("is the year the passage must hold: the 2024 talks answer, not the 2025 ones", async () => {
    const [, before] = await talk([
      "2025年の会談で、習主席は上海協力機構について何と言いましたか？",
      "その前年は誰が議長国でしたか？",
    ]);
    expect(before!.confidence).toBe("answer");
    expect(before!.results[0]!.id).toBe("xi-tokayev-talks-2024-07#11");
  });

  it("replaces the relative word in the follow-up's units and terms, and frees it from the earlier turn's articles", () => {
    const corpus = { has: () => true, holds: () => true };
    const earlier = [defaultPlanner("2025年に中国は上海協力機構でどんな立場にありましたか？")];
    const q = "その前年に議長国だったのはどこですか？";
    const plan = withHistory(defaultPlanner(q), q, earlier, corpus, ["xi-tokayev-astana-2025"]);
    const own = plan.analysis!.units.filter((u) => !u.borrowed);
    expect(own.map((u) => u.label)).toContain("2024年");
    expect(own.map((u) => u.label)).not.toContain("前年");
    const terms = [...plan.keyword.keys()];
    expect(terms).toContain("4年");
    expect(terms).not.toContain("前年");
    expect(plan.analysis!.answeredIn).toBeUndefined();
  });
});

const firstOf = (a: Answer) => `${a.confidence} ${a.results[0]?.id}`;

describe("a turn in conversation form", () => {
  it("is answered as the question alone when it opens with a greeting or thanks", async () => {
    const alone = await engine.ask("第1回の中国・中央アジアサミットはどこで開かれましたか？", { k: 3 });
    const greeted = await engine.ask("こんにちは！第1回の中国・中央アジアサミットはどこで開かれましたか？", { k: 3 });
    expect(firstOf(greeted)).toBe(firstOf(alone));
    expect(greeted.question).toBe("こんにちは！第1回の中国・中央アジアサミットはどこで開かれましたか？");
    const en = await engine.ask("Hi! Where was the second China–Central Asia summit held?", { k: 3 });
    expect(firstOf(en)).toBe(
      firstOf(await engine.ask("Where was the second China–Central Asia summit held?", { k: 3 })),
    );
  });

  it("that changes the subject is answered as a fresh question, and its follow-up follows it", async () => {
    const [, changed, second] = await talk([
      "2024年7月の会談で、カザフスタン空軍の航空機は何をしましたか？",
      "話は変わりますが、習主席がサミットで示した提案はいくつですか？",
      "二つ目は？",
    ]);
    expect(firstOf(changed!)).toBe(firstOf(await engine.ask("習主席がサミットで示した提案はいくつですか？", { k: 3 })));
    expect(changed!.confidence).toBe("answer");
    expect(changed!.startsOver).toBe(true);
    expect(second!.startsOver).toBeUndefined();
    expect(second!.confidence).toBe("answer");
    expect(second!.results[0]!.id).toBe("china-central-asia-spirit#15");
  });

  it("that changes the subject in English is answered as a fresh question", async () => {
    const [, changed] = await talk([
      "What did the Kazakh air force jets do during the 2024 welcome?",
      "By the way, how many proposals did Xi put forward at the summit?",
    ]);
    expect(firstOf(changed!)).toBe(
      firstOf(await engine.ask("How many proposals did Xi put forward at the summit?", { k: 3 })),
    );
  });

  it("in the other language than the turn before, naming its own subject, is answered as a fresh question", async () => {
    const [, switched, stays] = await talk([
      "2024年7月の会談で、カザフスタン空軍の航空機は何をしましたか？",
      "How many proposals did Xi put forward at the summit?",
      "And the second one?",
    ]);
    expect(switched!.startsOver).toBe(true);
    expect(firstOf(switched!)).toBe(
      firstOf(await engine.ask("How many proposals did Xi put forward at the summit?", { k: 3 })),
    );
    expect(stays!.startsOver).toBeUndefined();
    expect(stays!.results[0]!.id).toBe("china-central-asia-spirit#15");
    // Referring back, it follows: "And the fourth?" names nothing of its own.
    const [, fourth] = await talk(["習主席はサミットでいくつの提案を打ち出しましたか？", "And the fourth?"]);
    expect(fourth!.startsOver).toBeUndefined();
  });

  it("that thanks before a follow-up still follows the turn before (ありがとうございます。それは…)", async () => {
    const plain = await talk([
      "第1回の中国・中央アジアサミットはどこで開かれましたか？",
      "そこで首脳たちは何を植えたのですか？",
    ]);
    const thanked = await talk([
      "第1回の中国・中央アジアサミットはどこで開かれましたか？",
      "ありがとうございます。そこで首脳たちは何を植えたのですか？",
    ]);
    expect(firstOf(thanked[1]!)).toBe(firstOf(plain[1]!));
    expect(thanked[1]!.results[0]!.id).toBe("china-central-asia-spirit#4");
  });
});
