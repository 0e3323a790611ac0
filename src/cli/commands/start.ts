import { runBot } from "../../discord/run.js";
import { runSharded } from "../../discord/shard.js";
import { describeValue, SummitError } from "../../errors.js";
import { stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

function shardsFlag(value: string | undefined): number | "auto" | undefined {
  if (value === undefined || value === "auto") return value;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new SummitError("USAGE", `--shards: expected "auto" or a whole number ≥ 1, received ${describeValue(value)}`);
  return n;
}

export const start: CliCommand = {
  name: "start",
  summary: "Run the Discord bot (DISCORD_TOKEN from .env); SIGHUP reloads the index, SIGINT/SIGTERM stop gracefully",
  options: {
    shards: { type: "string", value: "auto|N", description: "run N shards (one process each), or as many as Discord recommends; without it, one process and no sharding" },
  },
  examples: ["npm start", "npx summit-bot start", "npx summit-bot start --shards auto"],
  async run({ flags, positional }, config, io) {
    if (positional.length) throw new SummitError("USAGE", `expected no arguments besides the options, received ${JSON.stringify(positional)}`);
    const shards = shardsFlag(stringFlag(flags, "shards"));
    const code = shards === undefined ? await runBot(config) : await runSharded(config, { totalShards: shards });
    io.stderr.write("summit-bot: stopped\n");
    return code;
  },
};
