/** The answer card (cited quotes, paging, context, publish and feedback buttons) and the refusal. */
import { ButtonStyle, ComponentType } from "discord.js";
import type { APIActionRowComponent, APIButtonComponent, APIEmbedField } from "discord.js";
import type { DocumentMeta } from "../corpus/types.js";
import type { Answer, Result } from "../search/types.js";
import { withDocument } from "./citation.js";
import {
  button,
  COLOR,
  LIMITS,
  noMentions,
  quoteEmbeds,
  rows,
  type DiscordMessage,
  type Labels,
} from "./discord-base.js";
import { inline, plain, truncate } from "./text.js";
import { ALSO_PUBLISHED_BY, publishedCopiesText } from "./copies.js";

/** The other outlets that published the quoted paragraph (render/copies.ts), as one field. */
function copiesFields(r: Result, labels: Labels): APIEmbedField[] {
  if (!r.alsoPublishedBy?.length) return [];
  return [
    {
      name: plain(ALSO_PUBLISHED_BY[labels.lang], LIMITS.fieldName),
      value: inline(publishedCopiesText(r.alsoPublishedBy, labels.lang), LIMITS.fieldValue),
      inline: false,
    },
  ];
}

function glossFields(r: Result, labels: Labels): APIEmbedField[] {
  if (r.glosses.length === 0) return [];
  return [
    {
      name: plain(labels.glosses, LIMITS.fieldName),
      value: inline(r.glosses.join(", "), LIMITS.fieldValue),
      inline: false,
    },
  ];
}

export interface AnswerCardOptions {
  /** Number of the first result (1 + results already shown). */
  readonly firstNumber?: number;
  /** custom_id of the "More" button; no button when absent. */
  readonly moreId?: string;
  /** custom_id of a result's "Show context" button. */
  readonly contextId?: (resultId: string) => string;
  /** Page k of n, with the custom_ids of Previous and Next (a disabled button at either end). */
  readonly pager?: {
    readonly page: number;
    readonly pages: number;
    readonly previousId: string;
    readonly nextId: string;
  };
  /** custom_id of "Post publicly" (private answers only). */
  readonly publishId?: string;
  /** custom_ids of 👍, 👎 and "Wrong citation" (absent while feedback is off). */
  readonly feedback?: { readonly up: string; readonly down: string; readonly wrongCitation: string };
  /** A line under the question, e.g. that this continues the earlier questions of a conversation. */
  readonly note?: string;
  /** The article of a result, for its date and title kind. */
  readonly documentOf?: (docId: string) => DocumentMeta | undefined;
  /** The match % to show for each result (see shownMatchPercents); each result's own strength when absent. */
  readonly matchPercents?: readonly number[];
}

/**
 * The match % shown beside each quote of an answer, in the engine's order. The order is the
 * engine's ranking (every signal fused); a quote's strength is how well its best sentence answers.
 * The two can disagree, and "47%" above "100%" reads as a mis-sorted list, so a quote is shown at
 * most the % of the one above it: the figures follow the order the reader sees, and the order is
 * the engine's, unchanged. Only what is shown changes; the engine's values are left as they are.
 */
export function shownMatchPercents(results: readonly Pick<Result, "strength">[]): number[] {
  let ceiling = 100;
  return results.map((r) => (ceiling = Math.min(ceiling, Math.max(0, Math.round(r.strength * 100)))));
}

function feedbackRow(
  feedback: AnswerCardOptions["feedback"],
  labels: Labels,
  withCitation: boolean,
): APIActionRowComponent<APIButtonComponent>[] {
  if (!feedback) return [];
  const buttons = [button(feedback.up, labels.helpful), button(feedback.down, labels.notHelpful)];
  if (withCitation) buttons.push(button(feedback.wrongCitation, labels.wrongCitation));
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

/** The plain, friendly refusal when the articles do not answer a question; 👍/👎 when feedback is on. */
export function refusal(
  question: string,
  labels: Labels,
  options: Pick<AnswerCardOptions, "feedback" | "note"> = {},
): DiscordMessage {
  const note = options.note ? `${plain(options.note, 200)}\n` : "";
  return {
    content: truncate(note + labels.refusal(inline(question, 300)), LIMITS.content),
    embeds: [],
    components: feedbackRow(options.feedback, labels, false),
    allowedMentions: noMentions(),
  };
}

/** The answer to a question: cited quotes with the answering sentences in bold, or a refusal. */
export function answerCard(answer: Answer, labels: Labels, options: AnswerCardOptions = {}): DiscordMessage {
  if (answer.confidence === "none" || answer.results.length === 0) return refusal(answer.question, labels, options);
  // "related": the closest passages, clearly marked, never in bold as if they answered.
  const answering = answer.confidence === "answer";
  const question = inline(answer.question, 300);
  const first = options.firstNumber ?? 1;
  const results = answer.results.slice(0, LIMITS.embeds);
  const byId = new Map(results.map((r) => [r.id, r]));
  const percents = options.matchPercents ?? shownMatchPercents(results);
  const percentOf = new Map(results.map((r, i) => [r.id, percents[i] ?? 0]));
  const embeds = quoteEmbeds(
    results.map((r) => withDocument(answering ? r : { ...r, highlights: [] }, options.documentOf?.(r.docId))),
    labels,
    first,
    (c) => {
      const r = byId.get(c.id)!;
      return {
        // 0% says nothing but "unrelated", which a quote shown here is not (a related card's often are): no figure then.
        footerExtra: [
          ...(percentOf.get(r.id)! > 0 ? [labels.strength(percentOf.get(r.id)!)] : []),
          ...(r.duplicates.length ? [`${labels.alsoIn}: ${r.duplicates.join(", ")}`] : []),
        ],
        fields: [...glossFields(r, labels), ...copiesFields(r, labels)],
      };
    },
    LIMITS.total - 100 - (answering ? 0 : labels.related.length),
    answering ? COLOR.answer : COLOR.related,
  );
  const nav: APIButtonComponent[] = [];
  const { pager } = options;
  if (pager && pager.pages > 1) {
    nav.push({ ...button(pager.previousId, `◀ ${labels.previous}`), disabled: pager.page <= 1 } as APIButtonComponent);
    nav.push({
      ...button(pager.nextId, `${labels.next} ▶`, ButtonStyle.Primary),
      disabled: pager.page >= pager.pages,
    } as APIButtonComponent);
  }
  if (options.moreId) nav.push(button(options.moreId, labels.more, ButtonStyle.Primary));
  // Passages that don't answer are never posted publicly as if they did.
  if (options.publishId && answering) nav.push(button(options.publishId, labels.postPublicly, ButtonStyle.Success));
  const contexts: APIButtonComponent[] = [];
  if (options.contextId)
    results.slice(0, 9).forEach((r, k) => contexts.push(button(options.contextId!(r.id), labels.context(first + k))));
  const page = pager && pager.pages > 1 ? ` · ${labels.pageOf(pager.page, pager.pages)}` : "";
  const note = options.note ? `\n${plain(options.note, 200)}` : "";
  return {
    content: `**${labels.question}** ${question}${page}${note}${answering ? "" : `\n${labels.related}`}`,
    embeds,
    components: [...rows(nav), ...rows(contexts), ...feedbackRow(options.feedback, labels, true)].slice(0, 5),
    allowedMentions: noMentions(),
  };
}
