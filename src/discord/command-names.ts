/**
 * How the bot names its commands to a reader: as clickable command mentions (`</ask:id>`) once
 * their ids are known, else as typed in the reader's language (`/質問` for ja, `/ask` otherwise),
 * from the same definitions `register` sends. Ids are read from Discord at start-up (global
 * commands, and those of DISCORD_GUILD_ID); until then, or if that fails, names are plain text.
 */
import { ApplicationCommandType, Routes, type Client, type RESTPostAPIApplicationCommandsJSONBody } from "discord.js";
import { labelsFor, type CommandNames } from "./locale.js";
import type { Labels } from "../render/discord.js";
import type { Logger } from "./log.js";

export class CommandDirectory {
  readonly #ids = new Map<string, string>();
  readonly #chatInput: readonly RESTPostAPIApplicationCommandsJSONBody[];
  /** Labels per language, filled with the command mentions known when they were built. */
  readonly #labels = new Map<"ja" | "en", Labels>();

  /** `commands`: the definitions `register` sends (their names and Japanese names). */
  constructor(commands: readonly RESTPostAPIApplicationCommandsJSONBody[]) {
    this.#chatInput = commands.filter(
      (c) => (c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput,
    );
  }

  /** The labels for a locale; built once per language (and again after `refresh`), not per interaction. */
  labels(locale: string | null | undefined): Labels {
    const lang = locale?.toLowerCase().startsWith("ja") ? "ja" : "en";
    let labels = this.#labels.get(lang);
    if (!labels) this.#labels.set(lang, (labels = labelsFor(locale, this.namesFor(locale))));
    return labels;
  }

  namesFor(locale: string | null | undefined): CommandNames {
    const ja = locale?.toLowerCase().startsWith("ja") ?? false;
    const plain = (name: string) => {
      const data = this.#chatInput.find((c) => c.name === name);
      return `/${(ja ? data?.name_localizations?.ja : undefined) ?? name}`;
    };
    return {
      plain,
      mention: (name) => {
        const id = this.#ids.get(name);
        return id ? `</${name}:${id}>` : plain(name);
      },
    };
  }

  /** Learns the ids of the registered commands; on failure keeps plain names and logs why. */
  async refresh(client: Client<true>, guildId: string | undefined, log: Logger): Promise<void> {
    try {
      const appId = client.application.id;
      const lists = await Promise.all([
        client.rest.get(Routes.applicationCommands(appId)),
        ...(guildId ? [client.rest.get(Routes.applicationGuildCommands(appId, guildId))] : []),
      ]);
      for (const list of lists as Array<Array<{ id: string; name: string; type?: number }>>) {
        for (const c of list)
          if ((c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput)
            this.#ids.set(c.name, c.id);
      }
      // Labels built before now named the commands as plain text.
      this.#labels.clear();
      log.debug({ event: "command_ids", count: this.#ids.size }, "command ids loaded");
    } catch (err) {
      log.warn(
        { event: "command_ids_failed", err },
        "could not read the registered command ids; naming commands as plain text",
      );
    }
  }
}
