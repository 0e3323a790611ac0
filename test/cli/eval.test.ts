import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixtureIndex, copyCorpus, isolateEnv, tempDirs } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";

const tmp = tempDirs();
const root = tmp("summit-cli-eval-");
const indexDir = join(root, "index");
const qaPath = join(root, "qa.jsonl");
isolateEnv({ corpusDir: join(root, "corpus"), indexDir });

beforeAll(async () => {
  await buildFixtureIndex(copyCorpus(join(root, "corpus")), indexDir);
  writeFileSync(
    qaPath,
    [
      {
        id: "1",
        lang: "ja",
        question: "中国は中央アジアにいくら融資すると表明した？",
        gold_ids: ["xian-summit-2023#3"],
      },
      { id: "2", lang: "ja", question: "貿易額はいくら増えた？", gold_text: ["894億ドル"] },
      { id: "3", lang: "ja", question: "明日の東京の天気は？", answerable: false },
      { id: "4", lang: "en", question: "What is the weather in Paris tomorrow?", answerable: false },
    ]
      .map((q) => JSON.stringify(q))
      .join("\n") + "\n",
  );
});

describe("summit-bot eval", () => {
  it("prints recall@k, MRR@10 and refusal accuracy per language, then p50/p95 latency", async () => {
    const run = await runCli(["eval", "--qa", qaPath]);
    expect(run.code).toBe(0);
    const lines = run.out.trimEnd().split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "lang\tquestions\trecall@1\trecall@3\trecall@5\trecall@10\tmrr@10\twrongly_refused\tunanswerable\trefusal_accuracy",
      "all\t2\t1\t1\t1\t1\t1\t0\t2\t1",
      "ja\t2\t1\t1\t1\t1\t1\t0\t1\t1",
      // No answerable English question: no rate to report.
      "en\t0\t-\t-\t-\t-\t-\t0\t1\t1",
    ]);
    expect(lines[4]).toMatch(/^latency p50 \d+(\.\d+)? ms, p95 \d+(\.\d+)? ms over 4 questions$/);
  });

  it("prints the same numbers as one JSON object with --json", async () => {
    const run = await runCli(["eval", "--qa", qaPath, "--json"]);
    const parsed = JSON.parse(run.out) as {
      scores: Record<string, Record<string, number | null>>;
      latency: { p50_ms: number; p95_ms: number };
    };
    expect(parsed.scores.all).toEqual({
      questions: 2,
      "recall@1": 1,
      "recall@3": 1,
      "recall@5": 1,
      "recall@10": 1,
      "mrr@10": 1,
      wrongly_refused: 0,
      unanswerable: 2,
      refusal_accuracy: 1,
    });
    expect(parsed.scores.en!["recall@1"]).toBeNull();
    expect(parsed.latency.p95_ms).toBeGreaterThanOrEqual(parsed.latency.p50_ms);
  });

  it("is a usage error (exit 2) without --qa, or with a QA file that is not JSON lines", async () => {
    const missing = await runCli(["eval"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("eval: expected --qa FILE");
    const bad = join(root, "bad.jsonl");
    writeFileSync(bad, '{"question": "ok"}\n{broken\n');
    const run = await runCli(["eval", "--qa", bad]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${bad}:2: expected a JSON object per line, received {broken`);
  });
  it("names a missing QA file and a gold_text that is not a list instead of crashing (regression: raw ENOENT, TypeError)", async () => {
    const gone = await runCli(["eval", "--qa", join(root, "nope.jsonl")]);
    expect(gone.code).toBe(2);
    expect(gone.err).toContain("--qa: expected a readable JSON-lines file");
    expect(gone.err).toContain("no such file");
    expect(gone.err).not.toContain("ENOENT");
    const str = join(root, "string-gold.jsonl");
    writeFileSync(str, JSON.stringify({ question: "貿易額は？", gold_text: "894億ドル" }) + "\n");
    const run = await runCli(["eval", "--qa", str]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${str}:1: expected "gold_text" to be a list of strings, received string`);
    expect(run.err).not.toContain("TypeError");
  });
});
