/**
 * The router: finds the handler for an interaction (command, autocomplete, button) or a message
 * (a question put to the bot), runs its input check, applies the admission the handler declares —
 * the one place that turns users away during shutdown or over the rate limit — then runs it.
 * Every path goes through the error boundary in respond.ts (see bot.ts).
 */
import type { ButtonInteraction, Interaction } from "discord.js";
import { notice, type DiscordMessage, type Labels } from "../render/discord.js";
import { buttons } from "./buttons.js";
import { commands } from "./commands/index.js";
import { mention, type MentionRequest } from "./mention.js";
import { messageReplyOptions, replyOptions } from "./respond.js";
import type { Admission, BotContext, CommandInteraction, Handler } from "./types.js";

/**
 * Whether `userId` may go ahead under `rule`; when not, `refuse` is sent the friendly notice
 * (shutting down, or how long to wait) and this returns false. Where a repeated notice would
 * itself be the flood (public replies to messages, `onceOverLimit`), over the limit a
 * message is told once, then ignored until its author is admitted again (an interaction must
 * always be answered, privately).
 */
async function admitted(
  rule: Admission,
  ctx: BotContext,
  userId: string,
  labels: Labels,
  refuse: Refuse,
): Promise<boolean> {
  if (rule === "free") return true;
  if (ctx.closing()) {
    await refuse.send(notice(labels.shuttingDown));
    return false;
  }
  const taken = ctx.limiter.take(userId);
  if (!taken.ok) {
    ctx.log.info({ event: "rate_limited", userId, retryAfterMs: taken.retryAfterMs }, "rate limited");
    if (taken.firstRefusal || !refuse.onceOverLimit)
      await refuse.send(notice(labels.rateLimited(Math.ceil(taken.retryAfterMs / 1000))));
    return false;
  }
  return true;
}

/** How a request is turned away; `onceOverLimit`: over the rate limit, only the first time. */
interface Refuse {
  send(m: DiscordMessage): Promise<unknown>;
  readonly onceOverLimit: boolean;
}

async function run<I>(
  handler: Handler<I>,
  input: I,
  ctx: BotContext,
  userId: string,
  labels: Labels,
  refuse: Refuse,
): Promise<void> {
  if (handler.accepts && !(await handler.accepts(input, ctx))) return;
  if (!(await admitted(handler.admission, ctx, userId, labels, refuse))) return;
  await handler.execute(input, ctx);
}

const byName = new Map(commands.map((c) => [c.data.name, c]));

/** An interaction refused admission is told so privately. */
function runInteraction<I extends CommandInteraction | ButtonInteraction>(
  handler: Handler<I>,
  interaction: I,
  ctx: BotContext,
): Promise<void> {
  return run(handler, interaction, ctx, interaction.user.id, ctx.labels(interaction.locale), {
    send: (m) => interaction.reply(replyOptions(m, true)),
    onceOverLimit: false,
  });
}

export async function routeInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    await byName.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
  } else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
    const command = byName.get(interaction.commandName);
    if (!command) throw new Error(`unknown command ${JSON.stringify(interaction.commandName)}`);
    await runInteraction(command, interaction, ctx);
  } else if (interaction.isButton()) {
    const kind = interaction.customId.split(":")[0] ?? "";
    const handler = Object.hasOwn(buttons, kind) ? buttons[kind] : undefined;
    if (!handler) throw new Error(`unknown button ${JSON.stringify(interaction.customId)}`);
    await runInteraction(handler, interaction, ctx);
  }
}

/** A question found in a message (mention, reply, thread, DM); a refusal is a reply to it. */
export function routeMessage(request: MentionRequest, ctx: BotContext): Promise<void> {
  return run(mention, request, ctx, request.message.author.id, ctx.labels(request.locale), {
    send: (m) => request.message.reply(messageReplyOptions(m)),
    onceOverLimit: true,
  });
}
