import { shardRange, type Config } from "../../config.js";
import { describeValue, SummitError } from "../../errors.js";
import { stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

function shardsFlag(value: string | undefined): number | "auto" | undefined {
  if (value === undefined || value === "auto") return value;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1)
    throw new SummitError("USAGE", `--shards: expected "auto" or a whole number ≥ 1, received ${describeValue(value)}`);
  return n;
}

export const start: CliCommand = {
  name: "start",
  summary: "Run the Discord bot (DISCORD_TOKEN from .env); SIGHUP reloads the index, SIGINT/SIGTERM stop gracefully",
  options: {
    shards: {
      type: "string",
      value: "auto|N",
      description: "run N shards (one process each), or as many as Discord recommends; without it, one process",
    },
    "shard-ids": {
      type: "string",
      value: "LIST",
      defaultText: "$SHARD_IDS",
      description:
        "run only these shards of --shard-count in this one process, e.g. 0-1 here and 2-3 on another machine",
    },
    "shard-count": {
      type: "string",
      value: "N",
      defaultText: "$SHARD_COUNT",
      description: "the bot's total number of shards, the same on every machine (alone: all of them here)",
    },
  },
  notes: [
    "Many machines: give each process its own --shard-ids of the same --shard-count, and point every process's DISCORD_API_BASE at one `summit-bot proxy` so Discord's global rate limit is shared. --shards and a shard range exclude each other.",
  ],
  examples: [
    "npm start",
    "npx summit-bot start",
    "npx summit-bot start --shards auto",
    "npx summit-bot start --shard-ids 0-1 --shard-count 4",
  ],
  async run({ flags }, config, io) {
    const shards = shardsFlag(stringFlag(flags, "shards"));
    const ids = stringFlag(flags, "shard-ids");
    const count = stringFlag(flags, "shard-count");
    const range =
      ids !== undefined || count !== undefined
        ? shardRange(ids, count, { ids: "--shard-ids", count: "--shard-count" })
        : config.discord.shards;
    if (shards !== undefined && range) {
      throw new SummitError(
        "USAGE",
        "expected --shards (every shard, one process each) or a shard range for this process (--shard-ids/--shard-count or SHARD_IDS/SHARD_COUNT), received both",
      );
    }
    const withRange: Config = range ? { ...config, discord: { ...config.discord, shards: range } } : config;
    // discord.js and the bot's own modules load only here.
    const code =
      shards === undefined
        ? await (await import("../../discord/run.js")).runBot(withRange)
        : await (await import("../../discord/shard.js")).runSharded(config, { totalShards: shards });
    io.stderr.write("summit-bot: stopped\n");
    return code;
  },
};
