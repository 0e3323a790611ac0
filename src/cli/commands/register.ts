import { REST, Routes } from "discord.js";
import { discordUnreachable, requireToken } from "../../discord/bot.js";
import { commandData } from "../../discord/commands/index.js";
import { ConfigError, describeValue, SummitError } from "../../errors.js";
import type { CliCommand } from "../command.js";

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith("-")) throw new SummitError("USAGE", `register: ${name} expects a value`);
  return v;
}

export const register: CliCommand = {
  name: "register",
  usage: "register [--guild ID | --global]",
  summary: "Register the slash and context-menu commands with Discord (guild: instant; global: up to an hour)",
  async run(args, config, io) {
    const token = requireToken(config);
    const global = args.includes("--global");
    const guild = global ? undefined : (option(args, "--guild") ?? config.discord.guildId);
    if (guild && !/^\d{15,25}$/.test(guild)) throw new SummitError("USAGE", `register: --guild expects a server id (digits), received ${describeValue(guild)}`);
    const rest = new REST(config.discord.apiBase ? { api: config.discord.apiBase } : {}).setToken(token);
    try {
      const applicationId = config.discord.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
      const route = guild ? Routes.applicationGuildCommands(applicationId, guild) : Routes.applicationCommands(applicationId);
      const result = (await rest.put(route, { body: commandData })) as Array<{ name: string }>;
      const names = result.map((c) => c.name).join(", ");
      io.stdout.write(
        guild
          ? `Registered ${result.length} commands in server ${guild} (available now): ${names}\n`
          : `Registered ${result.length} commands globally (they can take up to an hour to appear): ${names}\n`,
      );
      return 0;
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status === 401) throw new ConfigError("DISCORD_TOKEN was rejected by Discord (401 Unauthorized): expected a valid bot token");
      if (status === 403 || status === 404) {
        throw new SummitError(
          "USAGE",
          `register: Discord answered ${status} — expected the bot to be in server ${guild ?? "(global)"} with the applications.commands scope and DISCORD_APPLICATION_ID to match the token; run \`summit-bot invite\``,
        );
      }
      throw discordUnreachable(err, config.discord.apiBase) ?? err;
    }
  },
};
