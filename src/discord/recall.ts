/**
 * Conversations rebuilt from Discord. The earlier questions of a conversation are kept in memory
 * (conversations.ts), which a restart empties and another process or machine never had; but
 * Discord keeps the bot's own messages, and each answer card and refusal states its question
 * (render/discord-question.ts reads it back). So a follow-up this process has not seen recovers:
 *  - a reply: the replied-to answer's question, and the answers before it in the reply chain
 *    (answer → the question it replied to → the answer that question replied to …);
 *  - a thread: the thread's starter message (the /ask answer it was opened on; its name, the
 *    first question, when that message is gone), then the bot's answers in the thread;
 *  - a DM: the bot's answers earlier in the DM.
 * The bot can read all of these without the message-content intent: they are its own messages.
 * Only the turns the engine searches with are fetched (engine/history.ts). A failed fetch leaves
 * those turns out; the follow-up is still answered.
 */
import type { Message, TextBasedChannel } from "discord.js";
import { MAX_HISTORY_TURNS } from "../engine/index.js";
import { questionOfCard } from "../render/discord.js";
import type { Conversation } from "./conversations.js";
import { LABELS } from "./locale.js";

const LABEL_SETS = [LABELS.ja, LABELS.en];
/** How many messages of a thread or DM are read back for its earlier answers. */
const HISTORY_MESSAGES = 50;

const questionOf = (m: Message | undefined, botId: string): string | undefined =>
  m && m.author.id === botId ? questionOfCard(m.content, LABEL_SETS) : undefined;

async function referenced(m: Message): Promise<Message | undefined> {
  if (!m.reference?.messageId) return undefined;
  return m.fetchReference().catch(() => undefined);
}

/** The questions of a reply chain ending at the bot's answer `answer`, oldest first. */
export async function questionsOfReplyChain(answer: Message, botId: string): Promise<string[]> {
  const questions: string[] = [];
  let at: Message | undefined = answer;
  while (at && questions.length < MAX_HISTORY_TURNS) {
    const q = questionOf(at, botId);
    if (!q) break;
    questions.unshift(q);
    // The answer replied to the user's question; that question may reply to an earlier answer.
    const asked = await referenced(at);
    const earlier = asked ? await referenced(asked) : undefined;
    at = earlier?.author.id === botId ? earlier : undefined;
  }
  return questions;
}

const older = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

/** The bot's questions in `channel` before message `before`, up to and including `upTo` when given, oldest first. */
async function questionsInChannel(
  channel: TextBasedChannel,
  botId: string,
  before: string | undefined,
  upTo: string | undefined,
): Promise<string[]> {
  const fetched = await channel.messages
    .fetch({ limit: HISTORY_MESSAGES, ...(before ? { before } : {}) })
    .catch(() => undefined);
  if (!fetched) return [];
  return [...fetched.values()]
    .filter((m) => upTo === undefined || older(m.id, upTo) <= 0)
    .sort((a, b) => older(a.id, b.id))
    .map((m) => questionOf(m, botId))
    .filter((q): q is string => q !== undefined);
}

/** The first question of a thread opened on an answer: the starter answer's, else the thread's name. */
async function threadOpening(channel: TextBasedChannel, botId: string): Promise<string | undefined> {
  if (!channel.isThread()) return undefined;
  const starter = await channel.fetchStarterMessage().catch(() => null);
  if (starter) return questionOf(starter, botId);
  // The starter answer was deleted: the bot named the thread after the question (cut to 100).
  return channel.ownerId === botId ? channel.name : undefined;
}

/**
 * The conversation `channel` (a thread or DM) holds before message `before` — up to the answer
 * `upTo` when the follow-up replies to that one —, rebuilt from Discord; undefined when it holds
 * no earlier question of the bot's.
 */
export async function recallChannel(
  channel: TextBasedChannel,
  botId: string,
  before?: string,
  upTo?: string,
): Promise<Conversation | undefined> {
  const [opening, later] = await Promise.all([
    threadOpening(channel, botId),
    questionsInChannel(channel, botId, before, upTo),
  ]);
  const questions = [...(opening ? [opening] : []), ...later].slice(-MAX_HISTORY_TURNS);
  return questions.length ? { questions } : undefined;
}

/** The conversation a reply to `answer` continues, rebuilt from its reply chain; undefined when `answer` is not the bot's. */
export async function recallReply(answer: Message, botId: string): Promise<Conversation | undefined> {
  const questions = await questionsOfReplyChain(answer, botId);
  return questions.length ? { questions } : undefined;
}
