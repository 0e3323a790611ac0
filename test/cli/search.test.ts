import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixtureIndex, copyCorpus, isolateEnv, tempDirs } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";

const tmp = tempDirs();
const root = tmp("summit-cli-search-");
const indexDir = join(root, "index");
isolateEnv({ corpusDir: join(root, "corpus"), indexDir: join(root, "unused-index") });

beforeAll(async () => {
  await buildFixtureIndex(copyCorpus(join(root, "corpus")), indexDir);
});

interface Line {
  question: string;
  answerable: boolean;
  results: Array<{ id: string; text: string; score: number; title: string }>;
}
const parseLines = (out: string): Line[] =>
  out
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);

const LOAN = "中国は中央アジアにいくら融資すると表明した？";
const WEATHER = "明日の東京の天気は？";
const TRADE = "貿易額はいくら増えた？";

describe("summit-bot search --json", () => {
  it("answers questions given as arguments, one JSON line each, in order", async () => {
    const run = await runCli(["search", "--json", "--index", indexDir, LOAN, WEATHER, TRADE]);
    expect(run.code).toBe(0);
    const lines = parseLines(run.out);
    expect(lines.map((l) => [l.question, l.answerable, l.results[0]?.id])).toEqual([
      [LOAN, true, "xian-summit-2023#3"],
      [WEATHER, false, undefined],
      [TRADE, true, "trade-energy#1"],
    ]);
    for (const r of lines[0]!.results) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(["id", "text", "score", "title"]));
      expect(typeof r.score).toBe("number");
    }
  });

  it("reads questions one per line from stdin when none are given, skipping blank lines", async () => {
    const run = await runCli(["search", "--json", "--index", indexDir], `${LOAN}\r\n\n${WEATHER}\n${TRADE}\n`);
    expect(run.code).toBe(0);
    expect(parseLines(run.out).map((l) => l.question)).toEqual([LOAN, WEATHER, TRADE]);
  });

  it("returns at most --k results, defaulting to 10", async () => {
    const two = parseLines(
      (await runCli(["search", "--json", "--k", "2", "--index", indexDir, "中国と中央アジア"])).out,
    );
    expect(two[0]!.results).toHaveLength(2);
    const many = parseLines((await runCli(["search", "--json", "--index", indexDir, "中国と中央アジア"])).out);
    expect(many[0]!.results.length).toBeGreaterThan(2);
    expect(many[0]!.results.length).toBeLessThanOrEqual(10);
  });

  it("searches one article with --article", async () => {
    const lines = parseLines(
      (await runCli(["search", "--json", "--article", "trade-energy", "--index", indexDir, "中国と中央アジアの協力"]))
        .out,
    );
    expect(lines[0]!.results.length).toBeGreaterThan(0);
    expect(lines[0]!.results.every((r) => r.id.startsWith("trade-energy#"))).toBe(true);
  });

  it("uses the index from SUMMIT_INDEX_DIR when --index is not given", async () => {
    const run = await runCli(["search", "--json", LOAN]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`expected an index at ${join(root, "unused-index")}`);
  });

  it("prints a readable list without --json", async () => {
    const run = await runCli(["search", "--index", indexDir, LOAN, WEATHER]);
    expect(run.code).toBe(0);
    const lines = run.out.split("\n");
    expect(lines[0]).toBe(`# ${LOAN}`);
    expect(lines[1]).toMatch(/^ 1\. xian-summit-2023#3 +\d+\.\d{4} {2}中国は中央アジア諸国に総額260億元/);
    expect(run.out).toContain(`# ${WEATHER}  (not answerable)\n`);
  });

  it("measures the alternatives with --mode and --fusion: rank fusion scores are reciprocal ranks", async () => {
    const linear = parseLines((await runCli(["search", "--json", "--index", indexDir, LOAN])).out)[0]!;
    const rrf = parseLines((await runCli(["search", "--json", "--fusion", "rrf", "--index", indexDir, LOAN])).out)[0]!;
    const keyword = parseLines(
      (await runCli(["search", "--json", "--mode", "keyword", "--index", indexDir, LOAN])).out,
    )[0]!;
    expect(rrf.results[0]!.id).toBe("xian-summit-2023#3");
    // Weight 1/(60 + 1) from the keyword list plus 0.1/(60 + rank) from the vector list: never above 1.1/61.
    expect(rrf.results[0]!.score).toBeLessThanOrEqual(1.1 / 61 + 1e-6);
    expect(linear.results[0]!.score).toBeGreaterThan(1);
    expect(keyword.results[0]!.score).toBeLessThan(linear.results[0]!.score);
  });

  it("is a usage error (exit 2) to give an unknown --mode or --fusion", async () => {
    const mode = await runCli(["search", "--json", "--mode", "magic", "--index", indexDir, LOAN]);
    expect([mode.code, mode.err]).toEqual([
      2,
      'summit-bot search: --mode: expected hybrid, keyword or vector, received "magic"\n',
    ]);
    const fusion = await runCli(["search", "--json", "--fusion", "max", "--index", indexDir, LOAN]);
    expect([fusion.code, fusion.err]).toEqual([
      2,
      'summit-bot search: --fusion: expected linear or rrf, received "max"\n',
    ]);
  });

  it("is a usage error (exit 2) to give no question, an unknown article or a bad --k", async () => {
    const none = await runCli(["search", "--json", "--index", indexDir], "\n  \n");
    expect([none.code, none.err]).toEqual([
      2,
      "summit-bot search: expected questions as arguments or one per line on stdin, received none\n",
    ]);
    const article = await runCli(["search", "--json", "--article", "nope", "--index", indexDir, LOAN]);
    expect(article.code).toBe(2);
    expect(article.err).toContain(
      'unknown article "nope"; expected one of astana-brief, astana-summit-2025, trade-energy, xian-summit-2023',
    );
    const k = await runCli(["search", "--json", "--k", "many", "--index", indexDir, LOAN]);
    expect([k.code, k.err]).toEqual([
      2,
      'summit-bot search: --k: expected a whole number from 1 to 50, received "many"\n',
    ]);
  });
});
