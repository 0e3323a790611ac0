import { openEngine } from "../../engine.js";
import { SummitError } from "../../errors.js";
import { answerToJsonLine } from "../../render/json.js";
import { intFlag, parseArgs, fusionMethod, retrievalMode, readLines, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const search: CliCommand = {
  name: "search",
  usage: "search [--json] [--k N] [--mode hybrid|keyword|vector] [--fusion linear|rrf] [--article DOC_ID] [--index DIR] [question ...]   (questions from stdin, one per line, when none are given)",
  summary: "Retrieve passages for questions; with --json, one JSON line per question in order (the evaluation contract).",
  async run(args, config, io) {
    const { flags, positional } = parseArgs(args, { values: ["k", "article", "index", "mode", "fusion"], booleans: ["json"] });
    const questions = positional.length ? positional : await readLines(io.stdin);
    if (questions.length === 0) throw new SummitError("USAGE", "search: expected questions as arguments or one per line on stdin, received none");
    const k = intFlag(flags, "k", 10, 1, 50);
    const article = stringFlag(flags, "article");
    const indexDir = stringFlag(flags, "index");
    const engine = await openEngine(config, { ...(indexDir ? { indexDir } : {}), tuning: { mode: retrievalMode(flags), fusion: fusionMethod(flags) } });
    try {
      for (const q of questions) {
        const answer = await engine.ask(q, { k, ...(article ? { docId: article } : {}) });
        if (flags.json) {
          io.stdout.write(answerToJsonLine(answer) + "\n");
        } else {
          io.stdout.write(`# ${q}${answer.answerable ? "" : "  (not answerable)"}\n`);
          answer.results.forEach((r, i) => io.stdout.write(`${String(i + 1).padStart(2)}. ${r.id.padEnd(28)} ${r.score.toFixed(4)}  ${r.text.replace(/\s+/g, " ").slice(0, 60)}\n`));
        }
      }
      return 0;
    } finally {
      await engine.close();
    }
  },
};
