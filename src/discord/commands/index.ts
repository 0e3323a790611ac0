import type { Command, CommandInteraction } from "../types.js";
import { ask } from "./ask.js";
import { cite } from "./cite.js";
import { findSources } from "./find-sources.js";
import { help } from "./help.js";
import { sources } from "./sources.js";

/** Every application command; `register` sends their data, the bot routes by name. */
export const commands: ReadonlyArray<Command<CommandInteraction>> = [ask, cite, findSources, sources, help];

/** The JSON bodies `register` puts to Discord. */
export const commandData = commands.map((c) => c.data);
