import { REST, Routes } from "discord.js";
import { discordUnreachable, requireToken } from "../../discord/bot.js";
import { commandData } from "../../discord/commands/index.js";
import { ConfigError, SummitError } from "../../errors.js";
import { checkedGuildId, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

type Registered = Array<{ name: string }>;

/**
 * Registering in a server and globally at once shows every command twice in that server, so a
 * registration in one scope looks at the other and says how to clear it.
 */
async function duplicateWarning(rest: REST, applicationId: string, guild: string | undefined): Promise<string | undefined> {
  try {
    if (guild) {
      const global = (await rest.get(Routes.applicationCommands(applicationId))) as Registered;
      if (global.length) return `note: ${global.length} commands are also registered globally, so server ${guild} lists each twice; keep one: \`summit-bot register --clear --global\` (or \`--clear --guild ${guild}\`)`;
    }
  } catch {
    // Only a hint: failing to look does not fail the registration.
  }
  return undefined;
}

export const register: CliCommand = {
  name: "register",
  summary: "Register (or with --clear, remove) the slash and context-menu commands with Discord: in one server (instant) or globally (up to an hour)",
  options: {
    guild: { type: "string", value: "ID", defaultText: "$DISCORD_GUILD_ID", description: "the server (guild) to register in; its commands appear at once" },
    global: { type: "boolean", description: "register for every server the bot is in (Discord takes up to an hour to show them)" },
    clear: { type: "boolean", description: "remove the bot's commands from the server (--guild) or globally (--global) instead of registering them" },
  },
  notes: [
    "Scope: --guild ID, else DISCORD_GUILD_ID, else global. Use one scope per server: a server where the commands are registered both in the server and globally lists each command twice; remove one set with --clear.",
  ],
  examples: ["npx summit-bot register --guild 123456789012345678", "npx summit-bot register --global", "npx summit-bot register --clear --guild 123456789012345678"],
  async run({ flags, positional }, config, io) {
    if (positional.length) throw new SummitError("USAGE", `expected no arguments besides the options, received ${JSON.stringify(positional)}`);
    const global = flags.global === true;
    const explicitGuild = stringFlag(flags, "guild");
    if (global && explicitGuild) throw new SummitError("USAGE", "expected --guild ID or --global, received both");
    const guild = checkedGuildId(global ? undefined : (explicitGuild ?? config.discord.guildId));
    const clear = flags.clear === true;
    const token = requireToken(config);
    const rest = new REST(config.discord.apiBase ? { api: config.discord.apiBase } : {}).setToken(token);
    const where = guild ? `in server ${guild}` : "globally";
    try {
      const applicationId = config.discord.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
      const route = guild ? Routes.applicationGuildCommands(applicationId, guild) : Routes.applicationCommands(applicationId);
      if (clear) {
        const before = (await rest.get(route)) as Registered;
        await rest.put(route, { body: [] });
        io.stdout.write(
          before.length
            ? `Removed ${before.length} commands ${where}: ${before.map((c) => c.name).join(", ")}${guild ? "" : " (Discord can take up to an hour to hide them)"}\n`
            : `No commands were registered ${where}; nothing to remove\n`,
        );
        return 0;
      }
      const result = (await rest.put(route, { body: commandData })) as Registered;
      const names = result.map((c) => c.name).join(", ");
      io.stdout.write(
        guild
          ? `Registered ${result.length} commands in server ${guild} (available now): ${names}\n`
          : `Registered ${result.length} commands globally (they can take up to an hour to appear): ${names}\n`,
      );
      const warning = await duplicateWarning(rest, applicationId, guild);
      if (warning) io.stderr.write(`${warning}\n`);
      return 0;
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status === 401) throw new ConfigError("DISCORD_TOKEN was rejected by Discord (401 Unauthorized): expected a valid bot token");
      if (status === 403 || status === 404) {
        throw new SummitError(
          "USAGE",
          `Discord answered ${status} — expected the bot to be in server ${guild ?? "(global)"} with the applications.commands scope and DISCORD_APPLICATION_ID to match the token; run \`summit-bot invite\``,
        );
      }
      throw discordUnreachable(err, config.discord.apiBase) ?? err;
    }
  },
};
