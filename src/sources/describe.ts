/** One line per input of `add` / `sync`, the same on the terminal and in the bot's log. */
import { paragraphTexts } from "./article.js";
import type { AddOutcome } from "./add-sources.js";

export function describeOutcome(o: AddOutcome): string {
  if (o.status === "failed" || !o.article || !o.docId) return `failed  ${o.input}: ${o.reason ?? "unknown reason"}`;
  const a = o.article;
  const facts = [a.source, a.published?.slice(0, 10), `${paragraphTexts(a).length} paragraphs`].filter(Boolean).join(", ");
  return `${o.status.padEnd(9)} ${o.docId}: "${a.title}" (${facts})${o.status === "unchanged" ? " — the same text as before" : ""}`;
}
