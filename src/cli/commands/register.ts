import { SummitError } from "../../errors.js";
import { checkedGuildId, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const register: CliCommand = {
  name: "register",
  summary:
    "Register (or with --clear, remove) the slash and context-menu commands with Discord: in one server (instant) or globally (up to an hour)",
  options: {
    guild: {
      type: "string",
      value: "ID",
      defaultText: "$DISCORD_GUILD_ID",
      description: "the server (guild) to register in; its commands appear at once",
    },
    global: {
      type: "boolean",
      description: "register for every server the bot is in (Discord takes up to an hour to show them)",
    },
    clear: {
      type: "boolean",
      description:
        "remove the bot's commands from the server (--guild) or globally (--global) instead of registering them",
    },
  },
  notes: [
    "Scope: --guild ID, else DISCORD_GUILD_ID, else global. Use one scope per server: a server where the commands are registered both in the server and globally lists each command twice; remove one set with --clear.",
  ],
  examples: [
    "npx summit-bot register --guild 123456789012345678",
    "npx summit-bot register --global",
    "npx summit-bot register --clear --guild 123456789012345678",
  ],
  async run({ flags }, config, io) {
    const global = flags.global === true;
    const explicitGuild = stringFlag(flags, "guild");
    if (global && explicitGuild) throw new SummitError("USAGE", "expected --guild ID or --global, received both");
    const guild = checkedGuildId(global ? undefined : (explicitGuild ?? config.discord.guildId));
    // discord.js loads only for the commands that talk to Discord.
    const { registerCommands } = await import("../../discord/register.js");
    return registerCommands(config, { guild, clear: flags.clear === true }, io);
  },
};
