import { resolve } from "node:path";
import { SummitError } from "../../errors.js";
import { stripControls } from "../../render/controls.js";
import { COMMON_OPTIONS, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const add: CliCommand = {
  name: "add",
  args: "URL|FILE …",
  summary:
    "Fetch web pages (HTML, PDF) or read local files, write them into the corpus as articles and update the index, so they answer at once.",
  options: {
    corpus: COMMON_OPTIONS.corpus,
    index: { ...COMMON_OPTIONS.index, description: "the index to update" },
    "skip-bad": COMMON_OPTIONS["skip-bad"],
  },
  notes: [
    "Adding a URL again updates its article (same doc id); a new article never overwrites another one (its id gets -2, -3 …).",
    "Fetching obeys robots.txt, waits between requests to one site and refuses private and loopback addresses unless SUMMIT_FETCH_ALLOW_PRIVATE=true.",
    "Exit code 1 when any input failed; the others are still added.",
  ],
  examples: [
    "npx summit-bot add https://example.com/news/china-central-asia-summit",
    "npx summit-bot add statement.pdf notes.md --corpus ./my-articles --index ./my-index",
  ],
  async run({ flags, positional }, config, io) {
    if (!positional.length)
      throw new SummitError(
        "USAGE",
        "expected one or more URLs or files, e.g. summit-bot add https://example.com/article.html",
      );
    const corpusDir = resolve(stringFlag(flags, "corpus") ?? config.corpusDir);
    const indexDir = resolve(stringFlag(flags, "index") ?? config.indexDir);
    const [{ addSources }, { Fetcher }, { describeOutcome }] = await Promise.all([
      import("../../sources/add-sources.js"),
      import("../../sources/fetcher.js"),
      import("../../sources/describe.js"),
    ]);
    const result = await addSources(positional, {
      corpusDir,
      indexDir,
      config,
      fetcher: new Fetcher(config.fetch),
      skipBad: flags["skip-bad"] === true,
      onProgress: (m) => io.stderr.write(`${stripControls(m)}\n`),
    });
    io.stdout.write(
      stripControls(result.outcomes.map((o) => describeOutcome(o, result.index?.copies)).join("\n")) + "\n",
    );
    if (result.index)
      io.stdout.write(
        `index: ${result.index.documents} documents, ${result.index.paragraphs} paragraphs (${result.index.seconds.toFixed(2)} s)\n`,
      );
    return result.outcomes.some((o) => o.status === "failed") ? 1 : 0;
  },
};
