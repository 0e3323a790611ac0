import { ApplicationCommandOptionType, ApplicationCommandType, MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { citable, citeMessage, notice, refusal } from "../../render/discord.js";
import { escapeInlineCode, truncate } from "../../render/text.js";
import { admit, replyOptions, send } from "../respond.js";
import type { BotContext, Command } from "../types.js";

export const cite = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "cite",
    name_localizations: { ja: "引用" },
    description: "Post one passage with its citation, ready to paste into a discussion",
    description_localizations: { ja: "段落を1つ出典付きで投稿する（議論に貼れる形式）" },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "query",
        name_localizations: { ja: "語句" },
        description: "Words to find the passage by",
        description_localizations: { ja: "段落を探す語句" },
        max_length: 500,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "id",
        description: "A paragraph id such as doc#3",
        description_localizations: { ja: "段落の id（例: doc#3）" },
        autocomplete: true,
        max_length: 200,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: "public",
        name_localizations: { ja: "公開" },
        description: "Post for everyone (default: yes)",
        description_localizations: { ja: "全員に公開する（既定: はい）" },
      },
    ],
  },

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const labels = ctx.labels(interaction.locale);
    const query = interaction.options.getString("query")?.trim();
    const id = interaction.options.getString("id")?.trim();
    const isPublic = interaction.options.getBoolean("public") ?? true;
    if (!query === !id) {
      await interaction.reply(replyOptions(notice(labels.lang === "ja" ? "`query`（語句）か `id` のどちらか一方を指定してください。" : "Give either `query` or `id`, not both or neither."), true));
      return;
    }
    if (id) {
      // A known paragraph, exactly as in the article: no search, no highlighting.
      const passage = ctx.engines.current.passage(id);
      if (!passage) {
        await interaction.reply(replyOptions(notice(labels.unknownPassage(escapeInlineCode(truncate(id, 100)))), true));
        return;
      }
      // Cheap, but it posts publicly: it counts against the same per-user limit as every answer.
      if (!(await admit(interaction, ctx))) return;
      await interaction.reply(replyOptions(citeMessage(citable(passage, ctx.engines.current.document(passage.docId))), !isPublic));
      return;
    }
    if (!(await admit(interaction, ctx))) return;
    await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
    const answer = await ctx.queue.run(() => ctx.engines.use((engine) => engine.ask(query!, { k: 1 })));
    const best = answer.answerable ? answer.results[0] : undefined;
    if (!best) {
      // A refusal is for the asker only, even when the quote would have been public.
      await send(interaction, refusal(query!, labels), true);
      return;
    }
    await send(interaction, citeMessage(best, { bold: true }), !isPublic);
  },

  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const passages = ctx.engines.current.passages();
    const hits = typed ? passages.filter((p) => p.id.toLowerCase().startsWith(typed) || p.text.includes(typed)) : passages;
    await interaction.respond(
      hits.slice(0, 25).map((p) => ({ name: `${p.id} ${p.text.replace(/\s+/g, " ")}`.slice(0, 100), value: p.id.slice(0, 100) })),
    );
  },
} satisfies Command;
