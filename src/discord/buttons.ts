/**
 * The buttons under an answer card: "More" (the next page of passages for the same question)
 * and "Context" (the paragraphs around one quote). Their custom_ids are built and parsed here.
 */
import { MessageFlags, type ButtonInteraction } from "discord.js";
import { contextCard, notice } from "../render/discord.js";
import { askPage, pageCard } from "./commands/ask.js";
import { labelsFor } from "./locale.js";
import { admit, editOptions, replyOptions } from "./respond.js";
import type { BotContext } from "./types.js";

export const buttonIds = {
  more: (key: string, offset: number) => `more:${key}:${offset}`,
  context: (passageId: string) => `ctx:${passageId}`,
} as const;

/** Paragraphs shown either side of a quote. */
const CONTEXT_RADIUS = 1;

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const labels = labelsFor(interaction.locale);
  const [kind, ...rest] = interaction.customId.split(":");
  if (kind === "more") {
    const [key = "", offsetText = "0"] = rest;
    const session = ctx.sessions.get(key);
    if (!session) {
      await interaction.reply(replyOptions(notice(labels.expired), true));
      return;
    }
    if (!(await admit(interaction, ctx))) return;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const offset = Number(offsetText) || 0;
    const page = await askPage(ctx, session.question, session.docId, offset);
    await interaction.editReply(editOptions(pageCard(ctx, interaction.locale, page, session.question, session.docId, offset)));
    return;
  }
  if (kind === "ctx") {
    const id = rest.join(":");
    const engine = ctx.engines.current;
    const passages = engine.context(id, CONTEXT_RADIUS);
    const center = engine.passage(id);
    if (!center || passages.length === 0) {
      await interaction.reply(replyOptions(notice(labels.expired), true));
      return;
    }
    await interaction.reply(replyOptions(contextCard(passages, id, engine.document(center.docId), labels), true));
    return;
  }
  throw new Error(`unknown button ${JSON.stringify(interaction.customId)}`);
}
