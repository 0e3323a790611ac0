import { openEngine } from "../../engine.js";
import { SummitError } from "../../errors.js";
import { renderTerminal } from "../../render/terminal.js";
import { intFlag, parseArgs, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const ask: CliCommand = {
  name: "ask",
  usage: 'ask "question" [--k N] [--article DOC_ID] [--index DIR]',
  summary: "Answer a question with verbatim quotes from the articles and their citations (or a plain refusal).",
  async run(args, config, io) {
    const { flags, positional } = parseArgs(args, { values: ["k", "article", "index"], booleans: [] });
    const question = positional.join(" ").trim();
    if (!question) throw new SummitError("USAGE", 'ask: expected a question, e.g. summit-bot ask "中国と中央アジアの貿易はどれだけ増えた?"');
    const indexDir = stringFlag(flags, "index");
    const engine = await openEngine(config, indexDir ? { indexDir } : {});
    try {
      const article = stringFlag(flags, "article");
      const answer = await engine.ask(question, { k: intFlag(flags, "k", 3, 1, 20), ...(article ? { docId: article } : {}) });
      io.stdout.write(renderTerminal(answer, { color: Boolean((io.stdout as NodeJS.WriteStream).isTTY) }));
      return 0;
    } finally {
      await engine.close();
    }
  },
};
