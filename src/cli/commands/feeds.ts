import { resolve } from "node:path";
import { SummitError } from "../../errors.js";
import { stripControls } from "../../render/controls.js";
import { COMMON_OPTIONS, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

const USAGE = "expected `feeds add URL [--match REGEX]`, `feeds list` or `feeds remove URL`";

export const feeds: CliCommand = {
  name: "feeds",
  args: "add URL | list | remove URL",
  summary: "The RSS, Atom and JSON feeds `sync` reads, kept in <corpus>.feeds.json beside the corpus folder.",
  options: {
    corpus: COMMON_OPTIONS.corpus,
    match: {
      type: "string",
      value: "REGEX",
      description: "with add: take only items whose title or summary matches (case-insensitive)",
    },
  },
  examples: [
    'npx summit-bot feeds add https://example.com/world/rss.xml --match "Central Asia|中央アジア"',
    "npx summit-bot feeds list",
    "npx summit-bot feeds remove https://example.com/world/rss.xml",
  ],
  async run({ flags, positional }, config, io) {
    const [action, url, ...rest] = positional;
    const corpusDir = resolve(stringFlag(flags, "corpus") ?? config.corpusDir);
    const out = (line: string) => io.stdout.write(`${stripControls(line)}\n`);
    // `feeds add` alone is a missing URL, not an unknown action.
    if ((action === "add" || action === "remove") && (!url || rest.length))
      throw new SummitError(
        "USAGE",
        `${action}: expected one feed URL, e.g. \`feeds ${action} https://example.com/world/rss.xml\`, received ${url ? `${1 + rest.length}: ${[url, ...rest].map((p) => JSON.stringify(p)).join(" ")}` : "none"}`,
      );
    if (action === "add" && url) {
      const [{ addFeed }, { Fetcher }] = await Promise.all([
        import("../../sources/feed-commands.js"),
        import("../../sources/fetcher.js"),
      ]);
      const added = await addFeed(corpusDir, url, stringFlag(flags, "match"), new Fetcher(config.fetch));
      out(
        `added feed ${added.entry.url}: "${added.title}", ${added.items} items now${added.entry.match !== undefined ? `, ${added.matching} matching /${added.entry.match}/i` : ""}; run \`summit-bot sync\` to add them`,
      );
      return 0;
    }
    if (stringFlag(flags, "match") !== undefined)
      throw new SummitError("USAGE", `--match: only with \`feeds add\`; ${USAGE}`);
    if (action === "list" && !url) {
      const { readFeedList, feedListPath } = await import("../../sources/feed-list.js");
      const list = readFeedList(corpusDir);
      if (!list.feeds.length) out(`no feeds (${feedListPath(corpusDir)}); add one with \`summit-bot feeds add URL\``);
      for (const f of list.feeds)
        out(
          `${f.url}${f.match !== undefined ? `  --match ${f.match}` : ""}  (${f.seen.length} items taken, last sync ${f.lastSync ?? "never"})`,
        );
      return 0;
    }
    if (action === "remove" && url) {
      const { removeFeed } = await import("../../sources/feed-commands.js");
      const removed = removeFeed(corpusDir, url);
      out(`removed feed ${removed.url} (its ${removed.seen.length} articles stay in the corpus)`);
      return 0;
    }
    throw new SummitError(
      "USAGE",
      `${USAGE}, received ${positional.length ? positional.map((p) => JSON.stringify(p)).join(" ") : "nothing"}`,
    );
  },
};
