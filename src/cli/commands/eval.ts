import { readFileSync } from "node:fs";
import { openEngine } from "../../engine.js";
import { SummitError } from "../../errors.js";
import { parseQa, percentile, score, type ScoredAnswer } from "../../eval/score.js";
import { parseArgs, fusionMethod, retrievalMode, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const evaluate: CliCommand = {
  name: "eval",
  usage: "eval --qa FILE [--index DIR] [--mode hybrid|keyword|vector] [--fusion linear|rrf] [--json]",
  summary: "Recall@1/3/5/10, MRR@10 and refusal accuracy (the official scorer's definitions) plus p50/p95 query latency.",
  async run(args, config, io) {
    const { flags } = parseArgs(args, { values: ["qa", "index", "mode", "fusion"], booleans: ["json"] });
    const qaPath = stringFlag(flags, "qa");
    if (!qaPath) throw new SummitError("USAGE", "eval: expected --qa FILE (JSON lines with question and gold_ids / gold_text / answerable)");
    let items;
    try {
      items = parseQa(readFileSync(qaPath, "utf8"), qaPath);
    } catch (err) {
      throw new SummitError("USAGE", `eval: ${(err as Error).message}`);
    }
    const indexDir = stringFlag(flags, "index");
    const engine = await openEngine(config, { ...(indexDir ? { indexDir } : {}), tuning: { mode: retrievalMode(flags), fusion: fusionMethod(flags) }, warm: true });
    try {
      const answers: ScoredAnswer[] = [];
      const latencies: number[] = [];
      for (const q of items) {
        const t0 = performance.now();
        answers.push(await engine.ask(q.question, { k: 10 }));
        latencies.push(performance.now() - t0);
      }
      const scores = score(items, answers);
      const latency = { p50_ms: Number(percentile(latencies, 50).toFixed(3)), p95_ms: Number(percentile(latencies, 95).toFixed(3)) };
      if (flags.json) {
        io.stdout.write(JSON.stringify({ scores, latency }) + "\n");
      } else {
        const cols = ["questions", "recall@1", "recall@3", "recall@5", "recall@10", "mrr@10", "wrongly_refused", "unanswerable", "refusal_accuracy"] as const;
        io.stdout.write(["lang", ...cols].join("\t") + "\n");
        for (const [lang, s] of Object.entries(scores)) io.stdout.write([lang, ...cols.map((c) => String(s[c] ?? "-"))].join("\t") + "\n");
        io.stdout.write(`latency p50 ${latency.p50_ms} ms, p95 ${latency.p95_ms} ms over ${items.length} questions\n`);
      }
      return 0;
    } finally {
      await engine.close();
    }
  },
};
