import { SummitError } from "../../errors.js";
import { COMMON_OPTIONS, intFlag, fusionMethod, retrievalMode, readLines, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const search: CliCommand = {
  name: "search",
  args: "[question ...]",
  summary:
    "Retrieve passages for questions; with --json, one JSON line per question in order (the evaluation contract).",
  options: {
    json: {
      type: "boolean",
      description: "one JSON line per question: {question, lang, answerable, evidence, results:[{id, text, score, …}]}",
    },
    k: { type: "string", value: "N", default: "10", description: "results per question (1–50)" },
    mode: COMMON_OPTIONS.mode,
    fusion: COMMON_OPTIONS.fusion,
    article: COMMON_OPTIONS.article,
    index: COMMON_OPTIONS.index,
  },
  notes: ["Questions come from the arguments (each one a question) or, when none are given, from stdin, one per line."],
  examples: [
    'npx summit-bot search --json "習近平氏はどこで演説した？"',
    "npx summit-bot search --json --k 5 < questions.txt",
  ],
  async run({ flags, positional }, config, io) {
    const questions = positional.length ? positional : await readLines(io.stdin);
    if (questions.length === 0)
      throw new SummitError("USAGE", "expected questions as arguments or one per line on stdin, received none");
    const k = intFlag(flags, "k", 10, 1, 50);
    const article = stringFlag(flags, "article");
    const indexDir = stringFlag(flags, "index");
    const [{ openEngine }, { answerToJsonLine }] = await Promise.all([
      import("../../engine/open.js"),
      import("../../render/json.js"),
    ]);
    const engine = await openEngine(config, {
      ...(indexDir ? { indexDir } : {}),
      tuning: { mode: retrievalMode(flags), fusion: fusionMethod(flags) },
    });
    try {
      for (const q of questions) {
        const answer = await engine.ask(q, { k, ...(article ? { docId: article } : {}) });
        if (flags.json) {
          io.stdout.write(answerToJsonLine(answer) + "\n");
        } else {
          io.stdout.write(`# ${q}${answer.answerable ? "" : "  (not answerable)"}\n`);
          answer.results.forEach((r, i) =>
            io.stdout.write(
              `${String(i + 1).padStart(2)}. ${r.id.padEnd(28)} ${r.score.toFixed(4)}  ${r.text.replace(/\s+/g, " ").slice(0, 60)}\n`,
            ),
          );
        }
      }
      return 0;
    } finally {
      await engine.close();
    }
  },
};
