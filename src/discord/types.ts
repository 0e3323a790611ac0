import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { EngineHolder } from "../engine/holder.js";
import type { FeedbackStore } from "../feedback/index.js";
import type { Labels } from "../render/discord.js";
import type { CommandDirectory } from "./command-names.js";
import type { Conversations } from "./conversations.js";
import type { RateLimiter, WorkQueue } from "./limits.js";
import type { Logger } from "./log.js";
import type { Sessions } from "./sessions.js";

/** What every handler is given: shared state of one bot process. */
export interface BotContext {
  readonly engines: EngineHolder;
  readonly limiter: RateLimiter;
  readonly queue: WorkQueue;
  readonly sessions: Sessions;
  readonly conversations: Conversations;
  /** The record of questions and ratings; a disabled store when off or broken. */
  readonly feedback: FeedbackStore;
  /** Command ids, for clickable command mentions. */
  readonly commandNames: CommandDirectory;
  /** Interface strings for a reader's locale, commands named as the reader can use them. */
  labels(locale: string | null | undefined): Labels;
  readonly log: Logger;
  /** Set during shutdown: new work is turned away politely. */
  readonly closing: () => boolean;
}

export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/**
 * One application command: its definition (data, shared by `register` and the handler) and its
 * handler. One file per command under commands/.
 */
export interface Command<I extends CommandInteraction = ChatInputCommandInteraction> {
  readonly data: RESTPostAPIApplicationCommandsJSONBody;
  execute(interaction: I, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
