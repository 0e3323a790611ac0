import { intFlag, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const proxy: CliCommand = {
  name: "proxy",
  summary:
    "Run the shared Discord REST proxy (@discordjs/proxy) that every bot process sends its requests through, so Discord's global rate limit is counted once for all",
  options: {
    port: { type: "string", value: "N", default: "8080", description: "port to listen on (0: any free port, logged)" },
    host: {
      type: "string",
      value: "ADDR",
      default: "127.0.0.1",
      description: "address to listen on (0.0.0.0 inside a container network)",
    },
  },
  notes: [
    "Point every bot process at it: DISCORD_API_BASE=http://HOST:PORT/api. The proxy itself sends on to Discord, or to its own DISCORD_API_BASE when set. Requests keep their own Authorization header; the proxy holds no token.",
  ],
  examples: ["npx summit-bot proxy", "npx summit-bot proxy --host 0.0.0.0 --port 8080"],
  async run({ flags }, config) {
    const port = intFlag(flags, "port", 8080, 0, 65_535);
    const host = stringFlag(flags, "host") ?? "127.0.0.1";
    const [{ createLogger }, { runProxy }] = await Promise.all([
      import("../../discord/log.js"),
      import("../../discord/proxy.js"),
    ]);
    return runProxy(config, { port, host }, createLogger(config.logLevel));
  },
};
