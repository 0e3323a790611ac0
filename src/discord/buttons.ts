/**
 * The buttons under an answer card: Previous/Next (another page of the same answer: the private
 * card is edited in place; on a public card the page opens privately for the one who pressed),
 * "Post publicly" (the private answer posted in the channel, admitted like /ask), Context (the
 * paragraphs around one quote) and 👍/👎/"Wrong citation" (stored in the feedback record).
 */
import { MessageFlags, type ButtonInteraction } from "discord.js";
import { RATINGS, type Rating } from "../feedback/store.js";
import { contextCard, notice } from "../render/discord.js";
import { answerPage } from "./answers.js";
import { addTurn, type Conversation } from "./conversations.js";
import { editOptions, replyOptions } from "./respond.js";
import type { AskSession } from "./sessions.js";
import type { BotContext, ButtonHandler } from "./types.js";

/** Paragraphs shown either side of a quote. */
const CONTEXT_RADIUS = 1;

/** The answer a Previous/Next or "Post publicly" button belongs to, and the page it shows. */
function pageOf(
  interaction: ButtonInteraction,
  ctx: BotContext,
): { key: string; session: AskSession; page: number } | undefined {
  const [, key = "", pageText = "1"] = interaction.customId.split(":");
  const session = ctx.sessions.get(key);
  return session ? { key, session, page: Number(pageText) || 1 } : undefined;
}

/** The kept answer is gone (expired, or the bot restarted): say so privately. */
async function answerKept(interaction: ButtonInteraction, ctx: BotContext): Promise<boolean> {
  if (pageOf(interaction, ctx)) return true;
  await interaction.reply(replyOptions(notice(ctx.labels(interaction.locale).expired), true));
  return false;
}

const page = {
  admission: "free",
  accepts: answerKept,
  async execute(interaction, ctx) {
    const { key, session, page } = pageOf(interaction, ctx)!;
    const card = answerPage(ctx, interaction.locale, key, session, page, "private");
    // A private card is edited in place; a public one must not change under everyone else.
    if (interaction.message.flags.has(MessageFlags.Ephemeral)) await interaction.update(editOptions(card));
    else await interaction.reply(replyOptions(card, true));
  },
} satisfies ButtonHandler;

/** Told privately, before admission (a repeat press costs no question): this page is posted already. */
async function notPostedYet(interaction: ButtonInteraction, ctx: BotContext): Promise<boolean> {
  if (!(await answerKept(interaction, ctx))) return false;
  const { key, page } = pageOf(interaction, ctx)!;
  if (!ctx.sessions.posted(key, page)) return true;
  await interaction.reply(replyOptions(notice(ctx.labels(interaction.locale).alreadyPosted), true));
  return false;
}

/** "Post publicly": admitted like /ask, since it posts in the channel; each page once. */
const publish = {
  admission: "answer",
  accepts: notPostedYet,
  async execute(interaction, ctx) {
    const { key, session, page } = pageOf(interaction, ctx)!;
    if (!ctx.sessions.claimPost(key, page)) {
      await interaction.reply(replyOptions(notice(ctx.labels(interaction.locale).alreadyPosted), true));
      return;
    }
    const response = await interaction.reply({
      ...replyOptions(answerPage(ctx, interaction.locale, key, session, page, "public"), false),
      withResponse: true,
    });
    const posted = response.resource?.message;
    if (!posted) return;
    // The posted card continues the conversation the private one belonged to: a reply to it is a follow-up of all of it.
    const asked = session.conversation;
    const conversation: Conversation = {
      questions: [...(asked?.earlier ?? [])],
      ...(asked?.docId ? { docId: asked.docId } : {}),
    };
    addTurn(conversation, session.answer.question);
    ctx.conversations.link(posted.id, conversation);
  },
} satisfies ButtonHandler;

const feedback = {
  admission: "free",
  async execute(interaction, ctx) {
    const [, rating = "", askIdText = ""] = interaction.customId.split(":");
    const askId = Number(askIdText);
    if (!RATINGS.includes(rating as Rating) || !Number.isInteger(askId))
      throw new Error(`malformed feedback button ${JSON.stringify(interaction.customId)}`);
    const stored = ctx.feedback.recordFeedback(askId, interaction.user.id, rating as Rating);
    const labels = ctx.labels(interaction.locale);
    await interaction.reply(replyOptions(notice(stored ? labels.feedbackThanks : labels.feedbackOff), true));
  },
} satisfies ButtonHandler;

const context = {
  admission: "free",
  async execute(interaction, ctx) {
    const id = interaction.customId.split(":").slice(1).join(":");
    const labels = ctx.labels(interaction.locale);
    const engine = ctx.engines.current;
    const passages = engine.context(id, CONTEXT_RADIUS);
    const center = engine.passage(id);
    if (!center || passages.length === 0) {
      await interaction.reply(replyOptions(notice(labels.expired), true));
      return;
    }
    await interaction.reply(replyOptions(contextCard(passages, id, engine.document(center.docId), labels), true));
  },
} satisfies ButtonHandler;

/** "More" buttons of earlier versions: their answers were not kept. */
const more = {
  admission: "free",
  async execute(interaction, ctx) {
    await interaction.reply(replyOptions(notice(ctx.labels(interaction.locale).expired), true));
  },
} satisfies ButtonHandler;

/** Button handlers by the first part of their custom_id (see buttonIds in answers.ts). */
export const buttons: Readonly<Record<string, ButtonHandler>> = {
  page,
  pub: publish,
  fb: feedback,
  ctx: context,
  more,
};
