import { ApplicationCommandOptionType, ApplicationCommandType, MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { answerCard, notice } from "../../render/discord.js";
import { escapeInlineCode, truncate } from "../../render/text.js";
import type { Answer } from "../../search/types.js";
import { buttonIds } from "../buttons.js";
import { labelsFor } from "../locale.js";
import { admit, editOptions, replyOptions } from "../respond.js";
import type { BotContext, Command } from "../types.js";

/** Passages per card; one more is fetched to know whether "More" has anything to show. */
export const PAGE_SIZE = 3;

/** Asks the engine for one page, in the queue and on one engine lease. */
export async function askPage(ctx: BotContext, question: string, docId: string | undefined, offset: number): Promise<{ answer: Answer; hasMore: boolean }> {
  const answer = await ctx.queue.run(() => ctx.engines.use((engine) => engine.ask(question, { k: PAGE_SIZE + 1, offset, ...(docId ? { docId } : {}) })));
  return { answer: { ...answer, results: answer.results.slice(0, PAGE_SIZE) }, hasMore: answer.results.length > PAGE_SIZE };
}

/** The answer card for one page, with "More" (when there is more) and "Context" buttons. */
export function pageCard(ctx: BotContext, locale: string | undefined, page: { answer: Answer; hasMore: boolean }, question: string, docId: string | undefined, offset: number) {
  const key = page.hasMore ? ctx.sessions.save({ question, ...(docId ? { docId } : {}) }) : undefined;
  return answerCard(page.answer, labelsFor(locale), {
    firstNumber: offset + 1,
    ...(key ? { moreId: buttonIds.more(key, offset + PAGE_SIZE) } : {}),
    contextId: buttonIds.context,
  });
}

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

export const ask = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "ask",
    name_localizations: { ja: "質問" },
    description: "Ask about the China–Central Asia summit articles; get cited quotes",
    description_localizations: { ja: "中国・中央アジア首脳会議の記事について質問し、出典付きの引用で答えを得る" },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        name_localizations: { ja: "質問文" },
        description: "Your question, in Japanese or English",
        description_localizations: { ja: "質問（日本語または英語）" },
        required: true,
        max_length: 500,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "article",
        name_localizations: { ja: "記事" },
        description: "Only search this article",
        description_localizations: { ja: "この記事だけを検索する" },
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: "public",
        name_localizations: { ja: "公開" },
        description: "Post the answer for everyone (default: only you see it)",
        description_localizations: { ja: "回答を全員に公開する（既定: 自分だけに表示）" },
      },
    ],
  },

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const question = interaction.options.getString("question", true);
    const article = interaction.options.getString("article")?.trim();
    const isPublic = interaction.options.getBoolean("public") ?? false;
    const docId = article ? resolveArticle(ctx, article) : undefined;
    if (article && !docId) {
      const labels = labelsFor(interaction.locale);
      await interaction.reply(replyOptions(notice(labels.unknownArticle(escapeInlineCode(truncate(article, 100)))), true));
      return;
    }
    if (!(await admit(interaction, ctx))) return;
    await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
    const page = await askPage(ctx, question, docId, 0);
    await interaction.editReply(editOptions(pageCard(ctx, interaction.locale, page, question, docId, 0)));
  },

  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().toLowerCase().normalize("NFKC");
    const docs = ctx.engines.current.documents();
    const matches = docs.filter((d) => !typed || d.docId.toLowerCase().includes(typed) || d.title.toLowerCase().normalize("NFKC").includes(typed));
    await interaction.respond(
      matches.slice(0, 25).map((d) => ({ name: `${d.title}${d.source ? ` — ${d.source}` : ""}`.slice(0, 100), value: d.docId.slice(0, 100) })),
    );
  },
} satisfies Command;
