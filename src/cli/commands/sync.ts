import { resolve } from "node:path";
import { stripControls } from "../../render/controls.js";
import { COMMON_OPTIONS, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const sync: CliCommand = {
  name: "sync",
  summary:
    "Read every feed of `feeds list` and add its new items to the corpus and the index, printing what was added and what was skipped, with the reason.",
  options: {
    corpus: COMMON_OPTIONS.corpus,
    index: { ...COMMON_OPTIONS.index, description: "the index to update" },
    "skip-bad": COMMON_OPTIONS["skip-bad"],
  },
  notes: [
    "An unchanged feed costs one conditional request (ETag / Last-Modified). Items already in the corpus (same link, same canonical URL, or the same paragraphs under another URL) are skipped.",
    "Exit code 1 when a feed or an item failed; the rest is still added.",
  ],
  examples: ["npx summit-bot sync", "npx summit-bot sync --corpus ./my-articles --index ./my-index"],
  async run({ flags }, config, io) {
    const corpusDir = resolve(stringFlag(flags, "corpus") ?? config.corpusDir);
    const indexDir = resolve(stringFlag(flags, "index") ?? config.indexDir);
    const [{ syncFeeds }, { Fetcher }, { describeSync }] = await Promise.all([
      import("../../sources/sync.js"),
      import("../../sources/fetcher.js"),
      import("../../sources/describe.js"),
    ]);
    const result = await syncFeeds({
      corpusDir,
      indexDir,
      config,
      fetcher: new Fetcher(config.fetch),
      skipBad: flags["skip-bad"] === true,
      onProgress: (m) => io.stderr.write(`${stripControls(m)}\n`),
    });
    io.stdout.write(stripControls(describeSync(result).join("\n")) + "\n");
    return result.feeds.some((f) => f.status === "failed") || result.items.some((i) => i.status === "failed") ? 1 : 0;
  },
};
