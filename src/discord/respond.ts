/**
 * Sending replies, and the one error boundary every interaction and mention goes through.
 */
import {
  MessageFlags,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type Message,
  type MessageReplyOptions,
  type RepliableInteraction,
} from "discord.js";
import { notice, type DiscordMessage } from "../render/discord.js";
import { labelsFor } from "./locale.js";
import type { BotContext } from "./types.js";

export function replyOptions(m: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    allowedMentions: m.allowedMentions,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

export function editOptions(m: DiscordMessage): InteractionEditReplyOptions {
  return { content: m.content ?? null, embeds: m.embeds, components: m.components, allowedMentions: m.allowedMentions };
}

/** A reply to a message that does not ping its author. */
export function messageReplyOptions(m: DiscordMessage): MessageReplyOptions {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    allowedMentions: { ...m.allowedMentions, repliedUser: false },
  };
}

/**
 * Sends `m` however the interaction still allows: reply, edit of a deferred reply, or follow-up.
 * An ephemeral message never lands in a public deferred reply: that one is deleted and the
 * message follows up privately.
 */
export async function send(interaction: RepliableInteraction, m: DiscordMessage, ephemeral: boolean): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    if (ephemeral && !interaction.ephemeral) {
      await interaction.deleteReply();
      await interaction.followUp(replyOptions(m, true));
    } else await interaction.editReply(editOptions(m));
  } else if (interaction.replied) await interaction.followUp(replyOptions(m, ephemeral));
  else await interaction.reply(replyOptions(m, ephemeral));
}

/** What to log about an interaction: who, where, what — never its token. */
function describeInteraction(i: Interaction): Record<string, unknown> {
  return {
    interactionId: i.id,
    type: i.type,
    ...(i.isCommand() || i.isAutocomplete() ? { command: i.commandName } : {}),
    ...(i.isMessageComponent() ? { customId: i.customId } : {}),
    userId: i.user.id,
    guildId: i.guildId,
    channelId: i.channelId,
    locale: i.locale,
  };
}

/**
 * The error boundary: runs a handler; any failure is logged with context and the user gets an
 * ephemeral apology. Never throws, so one bad interaction cannot take the process down.
 */
export async function guarded(interaction: Interaction, ctx: BotContext, handler: () => Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    await handler();
    ctx.log.debug(
      { event: "interaction", ...describeInteraction(interaction), ms: Math.round(performance.now() - started) },
      "handled",
    );
  } catch (err) {
    ctx.log.error({ event: "interaction_failed", err, ...describeInteraction(interaction) }, "interaction failed");
    if (!interaction.isRepliable()) return;
    try {
      await send(interaction, notice(labelsFor(interaction.locale).error), true);
    } catch (replyErr) {
      ctx.log.warn(
        { event: "error_reply_failed", err: replyErr, interactionId: interaction.id },
        "could not tell the user about the failure",
      );
    }
  }
}

/** The same boundary for mentions: log, then a best-effort reply. */
export async function guardedMessage(message: Message, ctx: BotContext, handler: () => Promise<void>): Promise<void> {
  try {
    await handler();
  } catch (err) {
    ctx.log.error(
      {
        event: "mention_failed",
        err,
        messageId: message.id,
        userId: message.author.id,
        guildId: message.guildId,
        channelId: message.channelId,
      },
      "mention failed",
    );
    try {
      await message.reply(messageReplyOptions(notice(labelsFor(undefined).error)));
    } catch (replyErr) {
      ctx.log.warn(
        { event: "error_reply_failed", err: replyErr, messageId: message.id },
        "could not tell the user about the failure",
      );
    }
  }
}
