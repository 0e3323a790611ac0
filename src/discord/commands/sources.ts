import { ApplicationCommandType, type ChatInputCommandInteraction } from "discord.js";
import { sourcesCard } from "../../render/discord.js";
import { replyOptions } from "../respond.js";
import type { BotContext, Command } from "../types.js";
import { localized } from "./localized.js";

export const sources = {
  data: {
    type: ApplicationCommandType.ChatInput,
    ...localized("sources", "List the articles the bot quotes from", { name: "記事一覧", description: "ボットが引用する記事の一覧" }),
  },

  admission: "free",

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const docs = ctx.engines.current.documents();
    await interaction.reply(replyOptions(sourcesCard(docs, ctx.labels(interaction.locale)), true));
  },
} satisfies Command;
