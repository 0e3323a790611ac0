/**
 * Answers questions put to the bot by mentioning it. Works without the privileged
 * message-content intent: Discord includes the content of messages that mention the bot.
 */
import type { Client, Message } from "discord.js";
import { notice } from "../render/discord.js";
import { askPage, pageCard } from "./commands/ask.js";
import { labelsFor } from "./locale.js";
import { guardedMessage, messageReplyOptions } from "./respond.js";
import type { BotContext } from "./types.js";

/** The question in a message that mentions `botId`, or undefined when it does not mention it. */
export function questionFrom(content: string, botId: string): string | undefined {
  const mention = new RegExp(`<@!?${botId}>`, "g");
  if (!mention.test(content)) return undefined;
  return content.replace(mention, " ").replace(/\s+/g, " ").trim();
}

const hasJapanese = (s: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(s);

export async function handleMention(message: Message, client: Client<true>, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.system) return;
  const question = questionFrom(message.content, client.user.id);
  if (question === undefined) return;
  await guardedMessage(message, ctx, async () => {
    // No locale on messages: the question's script decides the labels.
    const locale = hasJapanese(question) ? "ja" : "en";
    const labels = labelsFor(locale);
    if (!question) {
      await message.reply(messageReplyOptions(notice(labels.mentionHelp)));
      return;
    }
    if (ctx.closing()) {
      await message.reply(messageReplyOptions(notice(labels.shuttingDown)));
      return;
    }
    const taken = ctx.limiter.take(message.author.id);
    if (!taken.ok) {
      ctx.log.info({ event: "rate_limited", userId: message.author.id, retryAfterMs: taken.retryAfterMs }, "rate limited");
      await message.reply(messageReplyOptions(notice(labels.rateLimited(Math.ceil(taken.retryAfterMs / 1000)))));
      return;
    }
    if ("sendTyping" in message.channel) void message.channel.sendTyping().catch(() => undefined);
    const page = await askPage(ctx, question, undefined, 0);
    await message.reply(messageReplyOptions(pageCard(ctx, locale, page, question, undefined, 0)));
  });
}
