import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  MessageFlags,
  ThreadAutoArchiveDuration,
  type ChatInputCommandInteraction,
  type Message,
} from "discord.js";
import { notice } from "../../render/discord.js";
import { escapeInlineCode, plain, truncate } from "../../render/text.js";
import { answerPage, askAll, remember } from "../answers.js";
import { addTurn, type Conversation } from "../conversations.js";
import { recallChannel } from "../recall.js";
import { editOptions, replyOptions } from "../respond.js";
import type { BotContext, Command } from "../types.js";
import { localized } from "./localized.js";
import { questionText } from "../question-text.js";
import { articleChoices } from "../article-choices.js";

/**
 * The article a user meant: autocomplete sends the id, but a user may also type (part of) a
 * title without picking a suggestion.
 */
function resolveArticle(ctx: BotContext, typed: string): string | undefined {
  const docs = ctx.engines.current.documents();
  const t = typed.toLowerCase().normalize("NFKC");
  const hit =
    docs.find((d) => d.docId === typed) ??
    docs.find((d) => d.docId.toLowerCase() === t) ??
    docs.find((d) => d.title.toLowerCase().normalize("NFKC") === t) ??
    docs.find((d) => d.title.toLowerCase().normalize("NFKC").includes(t));
  return hit?.docId;
}

/**
 * Opens a public thread on the answer; follow-ups asked there continue the conversation. When it
 * cannot (no Create Public Threads permission here, …) the answer stands and the asker is told
 * privately how to go on.
 */
async function openThread(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
  message: Message,
  question: string,
  conversation: Conversation,
): Promise<void> {
  try {
    const thread = await message.startThread({
      name: plain(question, 100),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
    ctx.conversations.link(thread.id, conversation);
  } catch (err) {
    ctx.log.warn(
      { event: "thread_failed", err, messageId: message.id, channelId: message.channelId },
      "could not open a thread on the answer",
    );
    await interaction.followUp(replyOptions(notice(ctx.labels(interaction.locale).threadFailed), true));
  }
}

/**
 * The conversation of the thread `/ask` is typed in: kept in memory, else read back from Discord,
 * else a new one — the same path as a mention in the thread (conversations.ofChannel), so what is
 * read back is kept for the thread and a mention and an /ask sent while it is read share one read.
 */
async function threadConversation(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
): Promise<Conversation | undefined> {
  const channel = interaction.channel;
  if (!channel?.isThread()) return undefined;
  return ctx.conversations.ofChannel(channel.id, () =>
    recallChannel(channel, interaction.client.user.id, interaction.id),
  );
}

export const ask = {
  data: {
    type: ApplicationCommandType.ChatInput,
    ...localized("ask", "Ask about the China–Central Asia summit articles; get cited quotes", {
      name: "質問",
      description: "中国・中央アジア首脳会議の記事について質問し、出典付きの引用で答えを得る",
    }),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        ...localized("question", "Your question, in Japanese or English", {
          name: "質問文",
          description: "質問（日本語または英語）",
        }),
        required: true,
        max_length: 500,
      },
      {
        type: ApplicationCommandOptionType.String,
        ...localized("article", "Only search this article", { name: "記事", description: "この記事だけを検索する" }),
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        ...localized("public", "Post the answer for everyone (default: only you see it)", {
          name: "公開",
          description: "回答を全員に公開する（既定: 自分だけに表示）",
        }),
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        ...localized("thread", "Open a thread on the answer for follow-up questions (default: with public)", {
          name: "スレッド",
          description: "回答にスレッドを作り、続けて質問できるようにする（既定: 公開時）",
        }),
      },
    ],
  },

  admission: "answer",

  /** An article that matches none is answered before admission: a typo does not cost a question. */
  async accepts(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const article = interaction.options.getString("article")?.trim();
    if (!article || resolveArticle(ctx, article)) return true;
    await interaction.reply(
      replyOptions(
        notice(ctx.labels(interaction.locale).unknownArticle(escapeInlineCode(truncate(article, 100)))),
        true,
      ),
    );
    return false;
  },

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    // Mentions typed into the question are addresses, not words to search (question-text.ts).
    const typed = interaction.options.getString("question", true);
    const question = questionText(typed) || typed;
    const article = interaction.options.getString("article")?.trim();
    const publicOption = interaction.options.getBoolean("public");
    const threadOption = interaction.options.getBoolean("thread");
    const inThread = interaction.channel?.isThread() ?? false;
    // A thread hangs off a public answer in a channel: `thread` alone makes the answer public, but
    // never against an explicit `public:false`. Inside a thread there is none to open; DMs have none.
    const wantsThread = (threadOption ?? publicOption ?? false) && interaction.inGuild() && !inThread;
    const visible = (publicOption ?? false) || (wantsThread && publicOption !== false);
    const docId = article ? resolveArticle(ctx, article) : undefined;
    await interaction.deferReply(visible ? {} : { flags: MessageFlags.Ephemeral });
    // Typed inside a thread, /ask continues the thread's conversation, as a mention there does.
    const conversation = await threadConversation(ctx, interaction);
    const history = conversation ? [...conversation.questions] : [];
    const scope = docId ?? conversation?.docId;
    // A private answer is the asker's alone: it joins no conversation others continue. A public
    // one joins its thread's before it is answered, so a follow-up sent meanwhile is searched with it.
    // (A thread with nothing to read back keeps the conversation already linked to it, which a
    // mention sent meanwhile shares; a new one only when the article asked about must be kept.)
    const started = conversation && (conversation.questions.length > 0 || conversation.docId !== undefined);
    const next: Conversation =
      conversation && (started || !scope) ? conversation : { questions: [], ...(scope ? { docId: scope } : {}) };
    if (visible) {
      addTurn(next, question);
      if (inThread) ctx.conversations.link(interaction.channelId, next);
    }
    const answer = await askAll(ctx, { question, history, ...(scope ? { docId: scope } : {}) });
    const { key, session } = remember(
      ctx,
      answer,
      { userId: interaction.user.id, guildId: interaction.guildId, surface: inThread ? "thread" : "slash" },
      { history, docId: scope },
    );
    const message = await interaction.editReply(
      editOptions(answerPage(ctx, interaction.locale, key, session, 1, visible ? "public" : "private")),
    );
    const labels = ctx.labels(interaction.locale);
    if (threadOption === true && publicOption === false && interaction.inGuild() && !inThread)
      await interaction.followUp(replyOptions(notice(labels.threadNeedsPublic), true));
    if (!visible) return;
    ctx.conversations.link(message.id, next);
    // A refusal has nothing to follow up on: no thread for it.
    const refused = answer.confidence === "none" || answer.results.length === 0;
    if (wantsThread && !refused) await openThread(ctx, interaction, message, question, next);
  },

  async autocomplete(interaction, ctx) {
    await interaction.respond(articleChoices(ctx.engines.current.documents(), interaction.options.getFocused()));
  },
} satisfies Command;
