/**
 * Questions put to the bot in messages: a mention, a reply to one of its answers, a mention in a
 * thread opened on an answer, or a DM. All work without the privileged message-content intent:
 * Discord delivers the content of DMs and of messages that mention the bot — a reply to the bot
 * mentions it unless the user switched the reply ping off, in which case its text arrives empty
 * and the bot cannot answer. A reply, a thread or a DM continues a conversation: the earlier
 * questions are searched with the new one (see search/followup.ts).
 */
import type { Message } from "discord.js";
import { notice } from "../render/discord.js";
import { detectLanguage, type Language } from "../text/lang.js";
import { answerPage, askAll, remember } from "./answers.js";
import { addTurn, type Conversation } from "./conversations.js";
import { messageReplyOptions } from "./respond.js";
import type { Handler } from "./types.js";

/** The question in a message that mentions `botId`, or undefined when it does not mention it. */
function questionFrom(content: string, botId: string): string | undefined {
  const mention = new RegExp(`<@!?${botId}>`, "g");
  if (!mention.test(content)) return undefined;
  return stripMentions(content, botId);
}

function stripMentions(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").replace(/\s+/g, " ").trim();
}

/** A question put to the bot in a message, found by `mentionRequest`. */
export interface MentionRequest {
  readonly message: Message;
  /** The message's text without the bot's mentions; empty when only the bot was mentioned. */
  readonly question: string;
  /** No locale on messages: the question's language decides the labels, as it decides its plan. */
  readonly locale: Language;
  readonly inDm: boolean;
  readonly mentioned: boolean;
  readonly replyToBot: boolean;
}

/** The question in `message` when it is put to the bot (mention, reply to the bot, DM); else undefined. */
export function mentionRequest(message: Message, botId: string): MentionRequest | undefined {
  if (message.author.bot || message.system) return undefined;
  const inDm = !message.inGuild();
  const mentioned = questionFrom(message.content, botId) !== undefined;
  const replyToBot = Boolean(message.reference?.messageId) && message.mentions.repliedUser?.id === botId && message.mentions.users.has(botId);
  if (!inDm && !mentioned && !replyToBot) return undefined;
  const question = stripMentions(message.content, botId);
  // A reply whose text did not reach us (no ping, no intent) or a DM with only an attachment.
  if (!question && !mentioned) return undefined;
  return { message, question, locale: detectLanguage(question), inDm, mentioned, replyToBot };
}

/** Answers a question put in a message; admitted like /ask (the router applies it). */
export const mention = {
  admission: "answer",

  async accepts({ message, question, locale }, ctx) {
    if (question) return true;
    await message.reply(messageReplyOptions(notice(ctx.labels(locale).mentionHelp)));
    return false;
  },

  async execute({ message, question, inDm, mentioned, replyToBot }, ctx) {
    const inThread = message.channel.isThread();
    const conversation: Conversation | undefined =
      ctx.conversations.get(message.reference?.messageId) ?? (inThread || inDm ? ctx.conversations.get(message.channelId) : undefined);
    const history = conversation ? [...conversation.questions] : [];
    if ("sendTyping" in message.channel) void message.channel.sendTyping().catch(() => undefined);
    const answer = await askAll(ctx, { question, history, ...(conversation?.docId ? { docId: conversation.docId } : {}) });
    const surface = inDm ? "dm" : replyToBot && !mentioned ? "reply" : inThread ? "thread" : "mention";
    const { key, session } = remember(ctx, answer, { userId: message.author.id, guildId: message.guildId, surface }, history.length > 0);
    const sent = await message.reply(messageReplyOptions(answerPage(ctx, answer.lang, key, session, 1, "public")));
    const next = conversation ?? { questions: [] };
    addTurn(next, question);
    ctx.conversations.link(sent.id, next);
    if (inThread || inDm) ctx.conversations.link(message.channelId, next);
  },
} satisfies Handler<MentionRequest>;
