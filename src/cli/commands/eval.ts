import { readFileSync } from "node:fs";
import { SummitError } from "../../errors.js";
import { parseQa, percentile, score, type ScoredAnswer } from "../../eval/score.js";
import { COMMON_OPTIONS, fusionMethod, retrievalMode, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const evaluate: CliCommand = {
  name: "eval",
  summary:
    "Recall@1/3/5/10, MRR@10 and refusal accuracy (the official scorer's definitions) plus p50/p95 query latency.",
  options: {
    qa: {
      type: "string",
      value: "FILE",
      description:
        "questions with their gold answers, JSON lines (question, gold_ids / gold_text, answerable); required",
    },
    index: COMMON_OPTIONS.index,
    mode: COMMON_OPTIONS.mode,
    fusion: COMMON_OPTIONS.fusion,
    json: { type: "boolean", description: "print the scores as one JSON object instead of a table" },
  },
  examples: [
    "npx summit-bot eval --qa ../shared/eval/summit-dev.jsonl",
    "npx summit-bot eval --qa qa.jsonl --mode keyword --json",
  ],
  async run({ flags }, config, io) {
    const qaPath = stringFlag(flags, "qa");
    if (!qaPath)
      throw new SummitError(
        "USAGE",
        "expected --qa FILE (JSON lines with question and gold_ids / gold_text / answerable)",
      );
    let text: string;
    try {
      text = readFileSync(qaPath, "utf8");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT"
          ? "no such file"
          : code === "EISDIR"
            ? "a folder"
            : code === "EACCES"
              ? "not readable (permission denied)"
              : `not readable (${code ?? "unknown error"})`;
      throw new SummitError(
        "USAGE",
        `--qa: expected a readable JSON-lines file, received ${JSON.stringify(qaPath)}: ${why}`,
      );
    }
    let items;
    try {
      items = parseQa(text, qaPath);
    } catch (err) {
      throw new SummitError("USAGE", (err as Error).message);
    }
    const indexDir = stringFlag(flags, "index");
    const { openEngine } = await import("../../engine/open.js");
    const engine = await openEngine(config, {
      ...(indexDir ? { indexDir } : {}),
      tuning: { mode: retrievalMode(flags), fusion: fusionMethod(flags) },
      warm: true,
    });
    try {
      const answers: ScoredAnswer[] = [];
      const latencies: number[] = [];
      for (const q of items) {
        const t0 = performance.now();
        answers.push(await engine.ask(q.question, { k: 10 }));
        latencies.push(performance.now() - t0);
      }
      const scores = score(items, answers);
      const latency = {
        p50_ms: Number(percentile(latencies, 50).toFixed(3)),
        p95_ms: Number(percentile(latencies, 95).toFixed(3)),
      };
      if (flags.json) {
        io.stdout.write(JSON.stringify({ scores, latency }) + "\n");
      } else {
        const cols = [
          "questions",
          "recall@1",
          "recall@3",
          "recall@5",
          "recall@10",
          "mrr@10",
          "wrongly_refused",
          "unanswerable",
          "refusal_accuracy",
        ] as const;
        io.stdout.write(["lang", ...cols].join("\t") + "\n");
        for (const [lang, s] of Object.entries(scores))
          io.stdout.write([lang, ...cols.map((c) => String(s[c] ?? "-"))].join("\t") + "\n");
        io.stdout.write(`latency p50 ${latency.p50_ms} ms, p95 ${latency.p95_ms} ms over ${items.length} questions\n`);
      }
      return 0;
    } finally {
      await engine.close();
    }
  },
};
