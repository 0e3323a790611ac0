import { ApplicationCommandType, type ChatInputCommandInteraction } from "discord.js";
import { helpCard } from "../../render/discord.js";
import { replyOptions } from "../respond.js";
import type { BotContext, Command } from "../types.js";
import { localized } from "./localized.js";

export const help = {
  data: {
    type: ApplicationCommandType.ChatInput,
    ...localized("help", "How to use the bot", { name: "ヘルプ", description: "ボットの使い方" }),
  },

  admission: "free",

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    await interaction.reply(replyOptions(helpCard(ctx.labels(interaction.locale)), true));
  },
} satisfies Command;
