import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { EngineHolder } from "../engine/index.js";
import type { FeedbackStore } from "../feedback/store.js";
import type { Labels } from "../render/discord.js";
import type { SourcesManager } from "../sources/manager.js";
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
  /** `/sources add|remove` (src/sources/manager.ts) and who besides Manage Server may use it; absent: not enabled. */
  readonly sources?: { readonly manager: SourcesManager; readonly managerRoleId?: string };
  /** Set during shutdown: new work is turned away politely. */
  readonly closing: () => boolean;
}

export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/**
 * Who may go ahead, declared by each handler and applied by the router (router.ts), never by the
 * handler itself. `answer`: work that answers or posts — turned away while the bot shuts down,
 * and counted against the per-user rate limit. `free`: neither (help, lists, paging, ratings).
 */
export type Admission = "answer" | "free";

/**
 * What every surface's handler is: its admission rule as data, an optional input check run
 * before admission (bad input is answered there and never counts against the limit), and the
 * work. `I` is what arrives: an interaction, or a question found in a message.
 */
export interface Handler<I> {
  readonly admission: Admission;
  /** Answers bad input itself and returns false; true when the request may go on to admission. */
  accepts?(input: I, ctx: BotContext): Promise<boolean>;
  execute(input: I, ctx: BotContext): Promise<void>;
}

/**
 * One application command: its definition (data, shared by `register` and the handler), its
 * admission and its handler. One file per command under commands/.
 */
export interface Command<I extends CommandInteraction = ChatInputCommandInteraction> extends Handler<I> {
  readonly data: RESTPostAPIApplicationCommandsJSONBody;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** The buttons of one kind (the custom_id's first part, before `:`). */
export type ButtonHandler = Handler<ButtonInteraction>;
