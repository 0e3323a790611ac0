/**
 * The buttons under an answer card: Previous/Next (another page of the same answer: the private
 * card is edited in place; on a public card the page opens privately for the one who pressed),
 * "Post publicly" (the private answer posted in the channel, admitted like /ask), Context (the
 * paragraphs around one quote) and 👍/👎/"Wrong citation" (stored in the feedback record).
 */
import { MessageFlags, type ButtonInteraction } from "discord.js";
import { RATINGS, type Rating } from "../feedback/index.js";
import { contextCard, notice } from "../render/discord.js";
import { answerPage } from "./answers.js";
import { admit, editOptions, replyOptions } from "./respond.js";
import type { BotContext } from "./types.js";

/** Paragraphs shown either side of a quote. */
const CONTEXT_RADIUS = 1;

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const labels = ctx.labels(interaction.locale);
  const [kind, ...rest] = interaction.customId.split(":");
  if (kind === "page" || kind === "pub") {
    const [key = "", pageText = "1"] = rest;
    const session = ctx.sessions.get(key);
    if (!session) {
      await interaction.reply(replyOptions(notice(labels.expired), true));
      return;
    }
    const page = Number(pageText) || 1;
    if (kind === "pub") {
      if (!(await admit(interaction, ctx))) return;
      const response = await interaction.reply({ ...replyOptions(answerPage(ctx, interaction.locale, key, session, page, "public"), false), withResponse: true });
      const posted = response.resource?.message;
      if (posted) ctx.conversations.link(posted.id, { questions: [session.answer.question] });
      return;
    }
    const card = answerPage(ctx, interaction.locale, key, session, page, "private");
    // A private card is edited in place; a public one must not change under everyone else.
    if (interaction.message.flags.has(MessageFlags.Ephemeral)) await interaction.update(editOptions(card));
    else await interaction.reply(replyOptions(card, true));
    return;
  }
  if (kind === "fb") {
    const [rating = "", askIdText = ""] = rest;
    const askId = Number(askIdText);
    if (!RATINGS.includes(rating as Rating) || !Number.isInteger(askId)) throw new Error(`malformed feedback button ${JSON.stringify(interaction.customId)}`);
    const stored = ctx.feedback.recordFeedback(askId, interaction.user.id, rating as Rating);
    await interaction.reply(replyOptions(notice(stored ? labels.feedbackThanks : labels.feedbackOff), true));
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
  if (kind === "more") {
    // "More" buttons of earlier versions: their answers were not kept.
    await interaction.reply(replyOptions(notice(labels.expired), true));
    return;
  }
  throw new Error(`unknown button ${JSON.stringify(interaction.customId)}`);
}
