/**
 * Answering a question on Discord, shared by /ask, mentions, replies, DMs and the buttons: ask
 * the engine once for every page, put the question on record (for feedback and the report), and
 * build the card for one page — Previous/Next with "page k of n", Context, "Post publicly" on
 * private answers, 👍/👎/"Wrong citation" while feedback is on.
 */
import { withDocument } from "../render/citation.js";
import { citedMessage } from "../render/discord-cited.js";
import type { DiscordMessage } from "../render/discord.js";
import { answerCard, shownMatchPercents } from "../render/discord.js";
import type { Outcome } from "../feedback/store.js";
import type { Answer } from "../engine/index.js";
import type { AskSession } from "./sessions.js";
import type { BotContext } from "./types.js";

/** Passages per card. */
export const PAGE_SIZE = 3;
/** Pages fetched with the first answer: paging asks the engine nothing more. */
export const MAX_PAGES = 4;

/** The custom_ids of the buttons under an answer; parsed in buttons.ts. */
const buttonIds = {
  page: (key: string, page: number) => `page:${key}:${page}`,
  publish: (key: string, page: number) => `pub:${key}:${page}`,
  context: (passageId: string) => `ctx:${passageId}`,
  feedback: (askId: number) => ({
    up: `fb:up:${askId}`,
    down: `fb:down:${askId}`,
    wrongCitation: `fb:wrong_citation:${askId}`,
  }),
} as const;

export interface Question {
  readonly question: string;
  readonly docId?: string;
  /** Earlier questions of the conversation, oldest first. */
  readonly history?: readonly string[];
}

export interface Asker {
  readonly userId: string;
  readonly guildId: string | null;
  /** `slash`, `mention`, `reply`, `thread` or `dm`, for the record. */
  readonly surface: string;
}

/** Asks the engine for every page, in the queue and on one engine lease. */
export async function askAll(ctx: BotContext, q: Question): Promise<Answer> {
  const history = q.history?.length ? { history: q.history } : {};
  return ctx.queue.run(() =>
    ctx.engines.use((engine) =>
      engine.ask(q.question, { k: PAGE_SIZE * MAX_PAGES, ...(q.docId ? { docId: q.docId } : {}), ...history }),
    ),
  );
}

/** answer / related / refusal, from the engine's confidence (answer | related | none). */
function outcomeOf(answer: Answer): Outcome {
  return answer.confidence === "none" || answer.results.length === 0 ? "refusal" : answer.confidence;
}

/**
 * Records the question (when feedback is on) and keeps the answer for its buttons, with the
 * conversation it was asked in (`history`: its earlier questions; `docId`: its article); returns the key.
 */
export function remember(
  ctx: BotContext,
  answer: Answer,
  asker: Asker,
  asked: { readonly history: readonly string[]; readonly docId?: string | undefined },
): { key: string; session: AskSession } {
  // A question that changed the subject was searched as a fresh one (search/turn-text.ts).
  const followUp = asked.history.length > 0 && !answer.startsOver;
  const outcome = outcomeOf(answer);
  const askId = ctx.feedback.recordAsk({
    question: answer.question,
    outcome,
    // What the answer card cites: its first page (later pages are fetched ahead, not yet seen).
    answerIds: outcome === "refusal" ? [] : answer.results.slice(0, PAGE_SIZE).map((r) => r.id),
    guildId: asker.guildId,
    userId: asker.userId,
    surface: asker.surface,
  });
  const conversation =
    followUp || asked.docId
      ? { conversation: { earlier: [...asked.history], ...(asked.docId ? { docId: asked.docId } : {}) } }
      : {};
  const session: AskSession = {
    answer,
    ...(askId !== undefined ? { askId } : {}),
    ...(followUp ? { followUp } : {}),
    ...conversation,
  };
  return { key: ctx.sessions.save(session), session };
}

/** Pages of passages: an answer's and a related answer's alike; a refusal has one (no passages). */
function pageCount(answer: Answer): number {
  return outcomeOf(answer) === "refusal" ? 1 : Math.max(1, Math.ceil(answer.results.length / PAGE_SIZE));
}

/**
 * The card for page `page` (1-based, clamped). `private` cards offer "Post publicly"; public ones
 * (seen by everyone) do not.
 */
export function answerPage(
  ctx: BotContext,
  locale: string | null | undefined,
  key: string,
  session: AskSession,
  page: number,
  view: "private" | "public",
): DiscordMessage {
  const { answer } = session;
  const labels = ctx.labels(locale);
  // A citation id asked whose paragraph changed or was removed: said as /cite says it, never shown as a plain answer.
  const cited = answer.results[0]?.citation ? answer.results[0] : undefined;
  const revised = cited && citedMessage(withDocument(cited, ctx.engines.current.document(cited.docId)), labels.lang);
  if (revised) return revised;
  const pages = pageCount(answer);
  const p = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const shown: Answer = { ...answer, results: answer.results.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE) };
  const answered = answer.answerable && answer.results.length > 0;
  return answerCard(shown, labels, {
    firstNumber: (p - 1) * PAGE_SIZE + 1,
    // Over the whole answer, so page 2 continues page 1's figures.
    matchPercents: shownMatchPercents(answer.results).slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE),
    pager: { page: p, pages, previousId: buttonIds.page(key, p - 1), nextId: buttonIds.page(key, p + 1) },
    contextId: buttonIds.context,
    ...(view === "private" && answered ? { publishId: buttonIds.publish(key, p) } : {}),
    ...(session.askId !== undefined && ctx.feedback.enabled ? { feedback: buttonIds.feedback(session.askId) } : {}),
    ...(session.followUp ? { note: labels.followUp } : {}),
    documentOf: (docId) => ctx.engines.current.document(docId),
  });
}
