import { ApplicationCommandType, MessageFlags, type MessageContextMenuCommandInteraction } from "discord.js";
import { citable, findSourcesCard, notice } from "../../render/discord.js";
import type { Engine } from "../../engine/types.js";
import type { QuoteCheck } from "../../quotes/index.js";
import { resultOf } from "../../search/result.js";
import type { Answer, Result } from "../../search/types.js";
import { admit, editOptions, replyOptions } from "../respond.js";
import type { BotContext, Command } from "../types.js";

/** Longest claim sent to retrieval; quotations are checked over the whole message. */
const MAX_CLAIM = 1000;

/** The text of a message a person would read as its claim: content, else embed text. */
function messageText(interaction: MessageContextMenuCommandInteraction): string {
  const m = interaction.targetMessage;
  const parts = [m.content, ...m.embeds.flatMap((e) => [e.title ?? "", e.description ?? ""])];
  return parts.filter((s) => s.trim()).join("\n").trim();
}

/** Mentions and custom emoji are markup, not words of the claim. */
function claimOf(text: string): string {
  return text
    .replace(/<a?:\w+:\d+>|<[@#][!&]?\d+>|@(everyone|here)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_CLAIM);
}

/**
 * The paragraphs the message quotes are the first passages that discuss it, whatever retrieval
 * makes of the claim as a whole; they lead the list, the quoted stretch highlighted.
 */
export function withQuotedPassages(answer: Answer, checks: readonly QuoteCheck[], engine: Engine, k: number): Answer {
  const quoted: Result[] = [];
  for (const c of checks) {
    const p = c.passageId ? engine.passage(c.passageId) : undefined;
    if (!p || quoted.some((r) => r.id === p.id)) continue;
    quoted.push(
      resultOf(p, engine.document(p.docId), {
        score: c.similarity,
        highlights: c.sourceSpan && !c.throughId ? [c.sourceSpan] : [],
      }),
    );
  }
  if (quoted.length === 0) return answer;
  const rest = answer.answerable ? answer.results.filter((r) => !quoted.some((q) => q.id === r.id)) : [];
  return { ...answer, answerable: true, results: [...quoted, ...rest].slice(0, k) };
}

export const findSources = {
  data: {
    type: ApplicationCommandType.Message,
    name: "Find sources",
    name_localizations: { ja: "出典を探す" },
  },

  async execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext) {
    const labels = ctx.labels(interaction.locale);
    const text = messageText(interaction);
    if (!text) {
      await interaction.reply(replyOptions(notice(labels.noText), true));
      return;
    }
    if (!(await admit(interaction, ctx))) return;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const claim = claimOf(text);
    const card = await ctx.queue.run(() =>
      ctx.engines.use(async (engine) => {
        const checks = await engine.checkQuotes(text);
        const answer = withQuotedPassages(await engine.ask(claim || text.slice(0, MAX_CLAIM), { k: 3 }), checks, engine, 3);
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
