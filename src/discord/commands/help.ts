import { ApplicationCommandType, type ChatInputCommandInteraction } from "discord.js";
import { helpCard } from "../../render/discord.js";
import { replyOptions } from "../respond.js";
import type { BotContext, Command } from "../types.js";

export const help = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "help",
    name_localizations: { ja: "ヘルプ" },
    description: "How to use the bot",
    description_localizations: { ja: "ボットの使い方" },
  },

  admission: "free",

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    await interaction.reply(replyOptions(helpCard(ctx.labels(interaction.locale)), true));
  },
} satisfies Command;
