/**
 * The question an answer card or a refusal was for, read back from the card's text. The bot keeps
 * conversations in memory only; after a restart, or on another machine, a follow-up recovers the
 * earlier questions from the bot's own messages in Discord (see discord/recall.ts), and this is
 * the inverse of how discord-answer.ts writes them: `**Q:** question · page k / n` on an answer,
 * the question inside the refusal sentence on a refusal. A question longer than the card shows
 * (300 characters) comes back cut, with its ellipsis.
 */
import { escapeRegExp } from "../util/regexp.js";
import type { Labels } from "./discord-base.js";

/** Undoes escapeMarkdown and neutralizeMentions (render/text.ts): backslash escapes, zero-width spaces. */
function unescapeInline(text: string): string {
  return text
    .replace(/\u200b/g, "")
    .replace(/\\([^\p{L}\p{N}\s])/gu, "$1")
    .trim();
}

/** A label with numbers in it, as a pattern matching it for any numbers. */
function numbered(sample: string): string {
  return escapeRegExp(sample).replace(/\d+/g, "\\d+");
}

function fromAnswer(content: string, labels: Labels): string | undefined {
  const prefix = `**${labels.question}** `;
  const first = content.split("\n", 1)[0] ?? "";
  if (!first.startsWith(prefix)) return undefined;
  const page = new RegExp(` · ${numbered(labels.pageOf(2, 3))}$`);
  return unescapeInline(first.slice(prefix.length).replace(page, ""));
}

function fromRefusal(content: string, labels: Labels): string | undefined {
  const [before = "", after = ""] = labels.refusal("\u0000").split("\u0000");
  // Up to where the sentence names a command: `/sources` or a clickable `</sources:id>`.
  const afterHead = after.split(/[/<]/, 1)[0] ?? "";
  if (!before || !afterHead) return undefined;
  const m = new RegExp(`${escapeRegExp(before)}([\\s\\S]*)${escapeRegExp(afterHead)}`).exec(content);
  return m?.[1] ? unescapeInline(m[1]) : undefined;
}

/** The question `content` (an answer card's or a refusal's text) answers, in any of `labelSets`' languages. */
export function questionOfCard(content: string | undefined | null, labelSets: readonly Labels[]): string | undefined {
  if (!content) return undefined;
  for (const labels of labelSets) {
    const q = fromAnswer(content, labels) ?? fromRefusal(content, labels);
    if (q) return q;
  }
  return undefined;
}
