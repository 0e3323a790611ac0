/**
 * Issue 20, as a user meets it: a short English summit article beside its Japanese counterpart
 * (test/fixtures/languages), asked in English and in Japanese through the CLI and the fake
 * Discord. Quotes stay verbatim in their own language; labels and the marked gloss follow the
 * asker's language.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "../../src/engine/open.js";
import { startHarness, type Harness } from "../discord/harness.js";
import { buildFixtureIndex, isolateEnv, tempDirs, testConfig } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/languages/", import.meta.url));
const THIRD_EN = "The leaders agreed that the third summit will be held in China in 2027.";
const THIRD_JA = "首脳らは第3回首脳会議を2027年に中国で開催することで合意した。";

const tmp = tempDirs();
const root = tmp("summit-languages-");
const mixed = join(root, "mixed-index");
const englishOnly = join(root, "en-index");
isolateEnv({ corpusDir: join(root, "mixed"), indexDir: mixed });

beforeAll(async () => {
  for (const lang of ["en", "ja"]) cpSync(join(FIXTURES, lang), join(root, "mixed"), { recursive: true });
  await buildFixtureIndex(join(root, "mixed"), mixed);
  await buildFixtureIndex(join(FIXTURES, "en"), englishOnly);
});

/** The quoted lines of `ask`'s output, in order. */
const quotes = (out: string) => out.split("\n").filter((l) => l.startsWith("  > "));

describe("summit-bot ask over English and Japanese paragraphs", () => {
  it("answers an English question from the English paragraph first, verbatim, labelled in English", async () => {
    const run = await runCli(["ask", "--index", mixed, "Where will the third summit be held?"]);
    expect(run.code).toBe(0);
    expect(quotes(run.out)[0]).toContain(THIRD_EN);
    expect(run.out).toMatch(/summits-en#3 — match \d+%/);
  });

  it("answers a Japanese question from the Japanese paragraph first", async () => {
    const run = await runCli(["ask", "--index", mixed, "第3回首脳会議はどこで開かれる？"]);
    expect(quotes(run.out)[0]).toContain(THIRD_JA);
    expect(run.out).toMatch(/summits-ja#3 — 一致度 \d+%/);
  });

  it("answers a Japanese question from English paragraphs through the dictionary, with a Japanese gloss of the matched word", async () => {
    const run = await runCli(["ask", "--index", englishOnly, "--k", "1", "第3回首脳会議はどこで開かれる？"]);
    expect(run.code).toBe(0);
    expect(quotes(run.out)[0]).toContain(THIRD_EN);
    // The gloss goes toward the asker's language, marked as not part of the source.
    expect(run.out).toContain("summit = 首脳会議");
    expect(run.out).toMatch(/summits-en#3 — 一致度 \d+%/);
  });

  it("finds a date written either way: an English question's 17 June 2025 is the Japanese paragraph's 2025年6月17日", async () => {
    const run = await runCli(["ask", "--index", mixed, "--k", "3", "What happened on 17 June 2025?"]);
    const shown = quotes(run.out).join("\n");
    expect(shown).toContain("on June 17, 2025");
    expect(shown).toContain("2025年6月17日");
  });

  it("answers an English question that spells a name otherwise than the article (Astanna for Astana)", async () => {
    const run = await runCli(["ask", "--index", englishOnly, "--k", "1", "Which summit was held in Astanna?"]);
    expect(run.code).toBe(0);
    expect(quotes(run.out)[0]).toContain("took place in Astana, Kazakhstan");
  });
});

describe("the bot over English and Japanese paragraphs (fake Discord)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(await openEngine(testConfig(), { indexDir: englishOnly, skipFreshness: true }));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("answers an English question with the English sentence in bold", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "Where was the first summit held?" }));
    const [first] = r.data.embeds;
    expect(first.description).toContain(
      "**The first China–Central Asia Summit was held in Xi'an, China, in May 2023.**",
    );
    expect(first.footer.text).toMatch(/match \d+%$/);
  });

  it("answers a Japanese client's Japanese question with the English paragraph, labelled in Japanese", async () => {
    const r = await h.fake.reply(
      h.fake.slash("ask", { question: "第3回首脳会議はどこで開かれる？" }, { locale: "ja" }),
    );
    const [first] = r.data.embeds;
    expect(first.description).toContain(THIRD_EN);
    expect(first.footer.text).toMatch(/一致度 \d+%/);
  });
});

describe("Find sources over English paragraphs", () => {
  it("checks an English quote against the English paragraph, the changed word shown", async () => {
    const engine = await openEngine(testConfig(), { indexDir: englishOnly, skipFreshness: true });
    try {
      const message =
        'Reported: "At the summit the six heads of state signed the Treaty on Lasting Good-Neighbourliness, Friendship and Cooperation."';
      const { checks } = await engine.findSources({ message, claim: message });
      expect(checks[0]).toMatchObject({ status: "altered", passageId: "summits-en#2" });
      expect(checks[0]!.diff).toContainEqual({ op: "replace", quote: "Lasting", source: "Permanent" });
    } finally {
      await engine.close();
    }
  });
});
