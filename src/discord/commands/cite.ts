import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  MessageFlags,
  type ChatInputCommandInteraction,
} from "discord.js";
import { citationHint } from "../../engine/index.js";
import { citable, citeMessage, notice, refusal } from "../../render/discord.js";
import { withDocument } from "../../render/citation.js";
import { citedMessage } from "../../render/discord-cited.js";
import { escapeInlineCode, truncate } from "../../render/text.js";
import { replyOptions, send } from "../respond.js";
import type { BotContext, Command } from "../types.js";
import { localized } from "./localized.js";

/** Says privately that no paragraph has this id; returns false (the request stops here). */
async function unknownPassage(interaction: ChatInputCommandInteraction, ctx: BotContext, id: string): Promise<false> {
  const hint = citationHint(ctx.engines.current, id);
  const code = (text: string) => escapeInlineCode(truncate(text, 100));
  const shown =
    hint?.kind === "range"
      ? { from: code(`${hint.docId}#${hint.first}`), to: code(`${hint.docId}#${hint.last}`) }
      : hint
        ? { guess: code(hint.id) }
        : undefined;
  await interaction.reply(replyOptions(notice(ctx.labels(interaction.locale).unknownPassage(code(id), shown)), true));
  return false;
}

export const cite = {
  data: {
    type: ApplicationCommandType.ChatInput,
    ...localized("cite", "Post one passage with its citation, ready to paste into a discussion", {
      name: "引用",
      description: "段落を1つ出典付きで投稿する（議論に貼れる形式）",
    }),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        ...localized("query", "Words to find the passage by", { name: "語句", description: "段落を探す語句" }),
        max_length: 500,
      },
      {
        type: ApplicationCommandOptionType.String,
        ...localized("id", "A paragraph id such as doc#3", { description: "段落の id（例: doc#3）" }),
        autocomplete: true,
        max_length: 200,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        ...localized("public", "Post for everyone (default: yes)", {
          name: "公開",
          description: "全員に公開する（既定: はい）",
        }),
      },
    ],
  },

  // Even by id, cheap as it is, /cite posts publicly: it counts against the same per-user limit as every answer.
  admission: "answer",

  async accepts(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const labels = ctx.labels(interaction.locale);
    const query = interaction.options.getString("query")?.trim();
    const id = interaction.options.getString("id")?.trim();
    if (!query === !id) {
      await interaction.reply(
        replyOptions(
          notice(
            labels.lang === "ja"
              ? "`query`（語句）か `id` のどちらか一方を指定してください。"
              : "Give either `query` or `id`, not both or neither.",
          ),
          true,
        ),
      );
      return false;
    }
    // An id whose paragraph was removed is known too: /cite says it was removed (cited-paragraph.ts).
    if (id && !ctx.engines.current.cited(id)) return unknownPassage(interaction, ctx, id);
    return true;
  },

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const labels = ctx.labels(interaction.locale);
    const query = interaction.options.getString("query")?.trim();
    const id = interaction.options.getString("id")?.trim();
    const isPublic = interaction.options.getBoolean("public") ?? true;
    if (id) {
      // A known paragraph, exactly as in the article: no search, no highlighting.
      const engine = ctx.engines.current;
      const cited = engine.cited(id);
      if (!cited) {
        await unknownPassage(interaction, ctx, id);
        return;
      }
      // Changed or removed since it may have been quoted: said first, the texts labelled, never one for the other.
      const revised = citedMessage(withDocument(cited, engine.document(cited.docId)), labels.lang);
      const passage = engine.passage(cited.id);
      const message =
        revised ??
        (passage
          ? citeMessage(citable(passage, engine.document(passage.docId)), {
              ...(cited.alsoPublishedBy ? { alsoPublishedBy: cited.alsoPublishedBy } : {}),
              lang: labels.lang,
            })
          : undefined);
      if (!message) {
        await unknownPassage(interaction, ctx, id);
        return;
      }
      await interaction.reply(replyOptions(message, !isPublic));
      return;
    }
    await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
    const best = await ctx.queue.run(() => ctx.engines.use((engine) => engine.cite(query!)));
    if (!best) {
      // A refusal is for the asker only, even when the quote would have been public.
      await send(interaction, refusal(query!, labels), true);
      return;
    }
    await send(
      interaction,
      citeMessage(best, {
        bold: true,
        ...(best.alsoPublishedBy ? { alsoPublishedBy: best.alsoPublishedBy } : {}),
        lang: labels.lang,
      }),
      !isPublic,
    );
  },

  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const hits = ctx.engines.current.suggestPassages(typed, 25);
    await interaction.respond(
      hits.map((p) => ({ name: `${p.id} ${p.text.replace(/\s+/g, " ")}`.slice(0, 100), value: p.id.slice(0, 100) })),
    );
  },
} satisfies Command;
