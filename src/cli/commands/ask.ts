import { SummitError } from "../../errors.js";
import { COMMON_OPTIONS, intFlag, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";
import { terminalStyle } from "../terminal.js";

export const ask: CliCommand = {
  name: "ask",
  args: '"question"',
  summary: "Answer a question with verbatim quotes from the articles and their citations (or a plain refusal).",
  options: {
    k: { type: "string", value: "N", default: "3", description: "how many passages to quote (1–20)" },
    article: COMMON_OPTIONS.article,
    index: COMMON_OPTIONS.index,
    full: {
      type: "boolean",
      description: "print long paragraphs whole instead of a window around the answering sentence",
    },
  },
  notes: [
    "Colour only on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 (or 0) forces it on (or off). Quotes wrap to the terminal's width, each line keeping its `> `.",
  ],
  examples: [
    'npx summit-bot ask "過去2年間で中国と中央アジアの貿易はどのくらい増えましたか？"',
    'npx summit-bot ask --k 1 "How many sister-city pairs do China and Central Asia have?"',
  ],
  async run({ flags, positional }, config, io) {
    const question = positional.join(" ").trim();
    if (!question)
      throw new SummitError(
        "USAGE",
        'expected a question, e.g. summit-bot ask "中国と中央アジアの貿易はどれだけ増えた?"',
      );
    const indexDir = stringFlag(flags, "index");
    // Loaded per command, so `summit-bot --help` and the other commands do not pay for them.
    const [{ openEngine }, { renderTerminal }] = await Promise.all([
      import("../../engine/open.js"),
      import("../../render/terminal.js"),
    ]);
    const engine = await openEngine(config, indexDir ? { indexDir } : {});
    try {
      const article = stringFlag(flags, "article");
      const answer = await engine.ask(question, {
        k: intFlag(flags, "k", 3, 1, 20),
        ...(article ? { docId: article } : {}),
      });
      io.stdout.write(renderTerminal(answer, terminalStyle(config, io.stdout, flags.full === true)));
      return 0;
    } finally {
      await engine.close();
    }
  },
};
