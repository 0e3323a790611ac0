import { openEngine } from "../../engine.js";
import { SummitError } from "../../errors.js";
import { renderTerminal } from "../../render/terminal.js";
import { COMMON_OPTIONS, intFlag, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const ask: CliCommand = {
  name: "ask",
  args: '"question"',
  summary: "Answer a question with verbatim quotes from the articles and their citations (or a plain refusal).",
  options: {
    k: { type: "string", value: "N", default: "3", description: "how many passages to quote (1–20)" },
    article: COMMON_OPTIONS.article,
    index: COMMON_OPTIONS.index,
  },
  examples: [
    'npx summit-bot ask "過去2年間で中国と中央アジアの貿易はどのくらい増えましたか？"',
    'npx summit-bot ask --k 1 "How many sister-city pairs do China and Central Asia have?"',
  ],
  async run({ flags, positional }, config, io) {
    const question = positional.join(" ").trim();
    if (!question) throw new SummitError("USAGE", 'expected a question, e.g. summit-bot ask "中国と中央アジアの貿易はどれだけ増えた?"');
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
