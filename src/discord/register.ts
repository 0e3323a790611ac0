/**
 * `summit-bot register`: puts the command definitions (commands/) to Discord in one server or
 * globally, or removes them, and says how to clear a duplicate registration in the other scope.
 */
import { REST, Routes } from "discord.js";
import type { Config } from "../config.js";
import { ConfigError, SummitError } from "../errors.js";
import { discordUnreachable, requireToken } from "./bot.js";
import { commandData } from "./commands/index.js";

type Registered = Array<{ name: string }>;

/**
 * Registering in a server and globally at once shows every command twice in that server, so a
 * registration in one scope looks at the other and says how to clear it.
 */
async function duplicateWarning(
  rest: REST,
  applicationId: string,
  guild: string | undefined,
): Promise<string | undefined> {
  try {
    if (guild) {
      const global = (await rest.get(Routes.applicationCommands(applicationId))) as Registered;
      if (global.length)
        return `note: ${global.length} commands are also registered globally, so server ${guild} lists each twice; keep one: \`summit-bot register --clear --global\` (or \`--clear --guild ${guild}\`)`;
    }
  } catch {
    // Only a hint: failing to look does not fail the registration.
  }
  return undefined;
}

export interface RegisterOptions {
  /** The server to register in; global when undefined. */
  readonly guild: string | undefined;
  /** Remove the commands instead of registering them. */
  readonly clear: boolean;
}

/** Registers (or clears) the commands; resolves to the exit code. */
export async function registerCommands(
  config: Config,
  { guild, clear }: RegisterOptions,
  io: { readonly stdout: NodeJS.WritableStream; readonly stderr: NodeJS.WritableStream },
): Promise<number> {
  const token = requireToken(config);
  const rest = new REST(config.discord.apiBase ? { api: config.discord.apiBase } : {}).setToken(token);
  const where = guild ? `in server ${guild}` : "globally";
  try {
    const applicationId =
      config.discord.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
    const route = guild
      ? Routes.applicationGuildCommands(applicationId, guild)
      : Routes.applicationCommands(applicationId);
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
    if (status === 401)
      throw new ConfigError("DISCORD_TOKEN was rejected by Discord (401 Unauthorized): expected a valid bot token");
    if (status === 403 || status === 404) {
      throw new SummitError(
        "USAGE",
        `Discord answered ${status} — expected the bot to be in server ${guild ?? "(global)"} with the applications.commands scope and DISCORD_APPLICATION_ID to match the token; run \`summit-bot invite\``,
      );
    }
    throw discordUnreachable(err, config.discord.apiBase) ?? err;
  }
}
