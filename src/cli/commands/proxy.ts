import { createLogger } from "../../discord/log.js";
import { runProxy } from "../../discord/proxy.js";
import { SummitError } from "../../errors.js";
import { intFlag, parseArgs, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const proxy: CliCommand = {
  name: "proxy",
  usage: "proxy [--port 8080] [--host 127.0.0.1]",
  summary:
    "Run the shared Discord REST proxy (@discordjs/proxy) that every bot process sends its requests through (DISCORD_API_BASE=http://HOST:PORT/api), " +
    "so Discord's global rate limit is counted once for all of them; forwards to Discord, or to this process's DISCORD_API_BASE",
  async run(args, config) {
    const { flags, positional } = parseArgs(args, { values: ["port", "host"] });
    if (positional.length) throw new SummitError("USAGE", `proxy: expected options only, received ${JSON.stringify(positional.join(" "))}`);
    const port = intFlag(flags, "port", 8080, 0, 65_535);
    const host = stringFlag(flags, "host") ?? "127.0.0.1";
    return runProxy(config, { port, host }, createLogger(config.logLevel));
  },
};
