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
import { mentionsUser, questionText } from "./question-text.js";
import { asksNothing } from "./small-talk.js";
import { recallChannel, recallReply } from "./recall.js";
import type { BotContext, Handler } from "./types.js";

/**
 * The conversation `message` continues: the one kept for the answer it replies to, or for its
 * thread or DM; when this process has not seen it (a restart, another machine), rebuilt from the
 * bot's messages in Discord (recall.ts). A reply to one of the bot's answers continues that
 * answer's conversation, never whatever was asked last in the channel.
 */
async function continued(
  message: Message,
  inChannelConversation: boolean,
  ctx: BotContext,
): Promise<Conversation | undefined> {
  const botId = message.client.user.id;
  const refId = message.reference?.messageId;
  const known = ctx.conversations.get(refId);
  if (known) return known;
  const answer = refId ? await message.fetchReference().catch(() => undefined) : undefined;
  if (answer && answer.author.id === botId) {
    const recalled = inChannelConversation
      ? await recallChannel(message.channel, botId, message.id, answer.id)
      : await recallReply(answer, botId);
    if (recalled)
      ctx.log.info(
        { event: "conversation_recalled", from: "reply", turns: recalled.questions.length, messageId: message.id },
        "follow-up: earlier questions read back from Discord",
      );
    return recalled;
  }
  if (!inChannelConversation) return undefined;
  return ctx.conversations.ofChannel(message.channelId, async () => {
    const recalled = await recallChannel(message.channel, botId, message.id);
    if (recalled)
      ctx.log.info(
        { event: "conversation_recalled", from: "channel", turns: recalled.questions.length, messageId: message.id },
        "follow-up: earlier questions read back from Discord",
      );
    return recalled;
  });
}

/** A question put to the bot in a message, found by `mentionRequest`. */
export interface MentionRequest {
  readonly message: Message;
  /** The message's text without mentions (question-text.ts); empty when only the bot was mentioned. */
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
  const mentioned = mentionsUser(message.content, botId);
  const replyToBot =
    Boolean(message.reference?.messageId) &&
    message.mentions.repliedUser?.id === botId &&
    message.mentions.users.has(botId);
  if (!inDm && !mentioned && !replyToBot) return undefined;
  // Every mention goes, the bot's and anyone's (@here, a user, a role): they are addresses, not words to search.
  const question = questionText(message.content);
  // A reply whose text did not reach us (no ping, no intent) or a DM with only an attachment.
  if (!question && !mentioned) return undefined;
  return { message, question, locale: detectLanguage(question), inDm, mentioned, replyToBot };
}

/**
 * Answers a question put in a message; admitted like /ask (the router applies it). A mention
 * that asks nothing (only the bot's name, `help`, `test`, `ok`…) gets the short help — after
 * admission too, since it is a public reply like an answer and must not bypass the rate limit.
 */
export const mention = {
  admission: "answer",

  async execute({ message, question, locale, inDm, mentioned, replyToBot }, ctx) {
    if (asksNothing(question)) {
      await message.reply(messageReplyOptions(notice(ctx.labels(locale).mentionHelp)));
      return;
    }
    const inThread = message.channel.isThread();
    if ("sendTyping" in message.channel) void message.channel.sendTyping().catch(() => undefined);
    const conversation = await continued(message, inThread || inDm, ctx);
    const history = conversation ? [...conversation.questions] : [];
    // The turn joins its thread's or DM's conversation before it is answered: a follow-up sent
    // while this one is still being answered is searched with it.
    const next = conversation ?? { questions: [] };
    addTurn(next, question);
    if (inThread || inDm) ctx.conversations.link(message.channelId, next);
    const answer = await askAll(ctx, {
      question,
      history,
      ...(conversation?.docId ? { docId: conversation.docId } : {}),
    });
    const surface = inDm ? "dm" : replyToBot && !mentioned ? "reply" : inThread ? "thread" : "mention";
    const { key, session } = remember(
      ctx,
      answer,
      { userId: message.author.id, guildId: message.guildId, surface },
      { history, docId: conversation?.docId },
    );
    const sent = await message.reply(messageReplyOptions(answerPage(ctx, answer.lang, key, session, 1, "public")));
    ctx.conversations.link(sent.id, next);
  },
} satisfies Handler<MentionRequest>;
