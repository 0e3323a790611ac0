import { shardRange, type Config } from "../../config.js";
import { runBot } from "../../discord/run.js";
import { runSharded } from "../../discord/shard.js";
import { SummitError } from "../../errors.js";
import { parseArgs, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

function shardsArg(value: string | undefined): number | "auto" | undefined {
  if (value === undefined || value === "auto") return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new SummitError("USAGE", `start: --shards expects "auto" or a whole number ≥ 1, received ${JSON.stringify(value)}`);
  return n;
}

export const start: CliCommand = {
  name: "start",
  usage: "start [--shards auto|N] [--shard-ids LIST --shard-count N]",
  summary:
    "Run the Discord bot (DISCORD_TOKEN from .env); SIGHUP reloads the index, SIGINT/SIGTERM stop gracefully. " +
    "--shards runs every shard in its own process (ShardingManager); --shard-ids/--shard-count (or SHARD_IDS/SHARD_COUNT) " +
    "run a fixed range of shards in this one process, e.g. --shard-ids 0-1 --shard-count 4 here and 2-3 on another machine",
  async run(args, config, io) {
    const { flags, positional } = parseArgs(args, { values: ["shards", "shard-ids", "shard-count"] });
    if (positional.length) throw new SummitError("USAGE", `start: expected options only, received ${JSON.stringify(positional.join(" "))}`);
    const shards = shardsArg(stringFlag(flags, "shards"));
    const ids = stringFlag(flags, "shard-ids");
    const count = stringFlag(flags, "shard-count");
    const range = ids !== undefined || count !== undefined ? shardRange(ids, count, { ids: "--shard-ids", count: "--shard-count" }) : config.discord.shards;
    if (shards !== undefined && range) {
      throw new SummitError(
        "USAGE",
        `start: --shards (one process per shard, all shards) and a shard range (--shard-ids/--shard-count or SHARD_IDS/SHARD_COUNT, this process's shards) exclude each other; expected one of them, received both`,
      );
    }
    const withRange: Config = range ? { ...config, discord: { ...config.discord, shards: range } } : config;
    const code = shards === undefined ? await runBot(withRange) : await runSharded(config, { totalShards: shards });
    io.stderr.write("summit-bot: stopped\n");
    return code;
  },
};
