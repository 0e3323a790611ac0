import { runBot } from "../../discord/run.js";
import { runSharded } from "../../discord/shard.js";
import { describeValue, SummitError } from "../../errors.js";
import type { CliCommand } from "../command.js";

function shardsArg(args: readonly string[]): number | "auto" | undefined {
  const i = args.indexOf("--shards");
  if (i < 0) {
    const unknown = args.find((a) => a.startsWith("-"));
    if (unknown) throw new SummitError("USAGE", `start: unknown option ${unknown}; expected --shards auto|N`);
    return undefined;
  }
  const value = args[i + 1];
  if (value === "auto") return "auto";
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new SummitError("USAGE", `start: --shards expects "auto" or a whole number ≥ 1, received ${describeValue(value)}`);
  return n;
}

export const start: CliCommand = {
  name: "start",
  usage: "start [--shards auto|N]",
  summary: "Run the Discord bot (DISCORD_TOKEN from .env); SIGHUP reloads the index, SIGINT/SIGTERM stop gracefully",
  async run(args, config, io) {
    const shards = shardsArg(args);
    const code = shards === undefined ? await runBot(config) : await runSharded(config, { totalShards: shards });
    io.stderr.write("summit-bot: stopped\n");
    return code;
  },
};
