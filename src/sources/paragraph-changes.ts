/**
 * What an update did to an article's paragraphs, for the line `add` and `sync` print: how many
 * kept their text, how many were edited (they keep their ids; `/cite` shows the older text), how
 * many are new (fresh ids) and how many went (their ids retired; `/cite` says they were removed).
 * The same matching as ingest's numbering (corpus/paragraph-ids.ts), so the line tells what the
 * ids will do.
 */
import { firstRevision, renumber } from "../corpus/paragraph-ids.js";

export interface ParagraphChanges {
  readonly kept: number;
  /** Edited in place: same id, the older text kept as its history. */
  readonly edited: number;
  /** New paragraphs: ids never used before in the article. */
  readonly added: number;
  /** Gone: their ids retired, never given to other text. */
  readonly removed: number;
}

export function paragraphChanges(before: readonly string[], after: readonly string[]): ParagraphChanges {
  const { kept, edited, added, removed } = renumber(firstRevision(before), after, "");
  return { kept, edited, added, removed };
}

export function describeChanges(c: ParagraphChanges): string {
  return [
    `${c.kept} paragraph${c.kept === 1 ? "" : "s"} kept`,
    c.edited ? `${c.edited} edited (same ids, older text kept)` : "",
    c.added ? `${c.added} new (new ids)` : "",
    c.removed ? `${c.removed} removed (ids retired)` : "",
  ]
    .filter(Boolean)
    .join(", ");
}
