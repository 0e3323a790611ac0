import { ApplicationCommandOptionType, ApplicationCommandType, type ChatInputCommandInteraction } from "discord.js";
import { sourcesCard } from "../../render/discord.js";
import { replyOptions } from "../respond.js";
import type { BotContext, Command } from "../types.js";
import { localized } from "./localized.js";
import { changeSources } from "./sources-manage.js";
import { articleChoices } from "../article-choices.js";

export const sources = {
  data: {
    type: ApplicationCommandType.ChatInput,
    ...localized("sources", "List the articles the bot quotes from", {
      name: "記事一覧",
      description: "ボットが引用する記事の一覧",
    }),
    // Managing the articles (Manage Server or a configured role; checked in sources-manage.ts): without these, the list.
    options: [
      {
        type: ApplicationCommandOptionType.String,
        ...localized("add", "Add a web page or PDF by its URL (Manage Server)", {
          name: "追加",
          description: "URL のウェブページか PDF を記事に追加（サーバー管理）",
        }),
        max_length: 2000,
      },
      {
        type: ApplicationCommandOptionType.String,
        ...localized("remove", "Remove an article by its id (Manage Server)", {
          name: "削除",
          description: "記事を id で削除（サーバー管理）",
        }),
        max_length: 200,
        // The ids are the corpus's file names: offered as typed, by id or title, so none is typed from memory.
        autocomplete: true,
      },
    ],
  },

  admission: "free",

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const add = interaction.options.getString("add") ?? undefined;
    const remove = interaction.options.getString("remove") ?? undefined;
    if (add || remove)
      return changeSources(interaction, ctx, { ...(add ? { add } : {}), ...(remove ? { remove } : {}) });
    const docs = ctx.engines.current.documents();
    await interaction.reply(replyOptions(sourcesCard(docs, ctx.labels(interaction.locale)), true));
  },

  async autocomplete(interaction, ctx) {
    await interaction.respond(
      articleChoices(ctx.engines.current.documents(), interaction.options.getFocused(), { idFirst: true }),
    );
  },
} satisfies Command;
