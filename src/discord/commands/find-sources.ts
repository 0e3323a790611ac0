import { ApplicationCommandType, MessageFlags, type MessageContextMenuCommandInteraction } from "discord.js";
import { citable, findSourcesCard, notice } from "../../render/discord.js";
import { editOptions, replyOptions } from "../respond.js";
import type { BotContext, Command } from "../types.js";

/** Longest claim sent to retrieval; quotations are checked over the whole message. */
const MAX_CLAIM = 1000;

/** The text of a message a person would read as its claim: content, else embed text. */
function messageText(interaction: MessageContextMenuCommandInteraction): string {
  const m = interaction.targetMessage;
  const parts = [m.content, ...m.embeds.flatMap((e) => [e.title ?? "", e.description ?? ""])];
  return parts
    .filter((s) => s.trim())
    .join("\n")
    .trim();
}

/** Mentions and custom emoji are markup, not words of the claim. */
function claimOf(text: string): string {
  return text
    .replace(/<a?:\w+:\d+>|<[@#][!&]?\d+>|@(everyone|here)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_CLAIM);
}

export const findSources = {
  data: {
    type: ApplicationCommandType.Message,
    name: "Find sources",
    name_localizations: { ja: "出典を探す" },
  },

  admission: "answer",

  async accepts(interaction: MessageContextMenuCommandInteraction, ctx: BotContext) {
    if (messageText(interaction)) return true;
    await interaction.reply(replyOptions(notice(ctx.labels(interaction.locale).noText), true));
    return false;
  },

  async execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext) {
    const labels = ctx.labels(interaction.locale);
    const text = messageText(interaction);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const claim = claimOf(text);
    const card = await ctx.queue.run(() =>
      ctx.engines.use(async (engine) => {
        const { checks, answer } = await engine.findSources({
          message: text,
          claim: claim || text.slice(0, MAX_CLAIM),
          k: 3,
        });
        const lookup = (id: string) => {
          const p = engine.passage(id);
          return p ? citable(p, engine.document(p.docId)) : undefined;
        };
        return findSourcesCard(claim || text, checks, answer, labels, lookup, (docId) => engine.document(docId));
      }),
    );
    await interaction.editReply(editOptions(card));
  },
} satisfies Command<MessageContextMenuCommandInteraction>;
