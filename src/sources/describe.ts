/** One line per input of `add` / `sync`, the same on the terminal and in the bot's log. */
import { paragraphTexts } from "./article.js";
import type { AddOutcome } from "./add-sources.js";
import { describeChanges } from "./paragraph-changes.js";
import { storyLines } from "./describe-stories.js";
import type { SyncItemOutcome, SyncResult } from "./sync.js";
import type { CopyLink } from "../ingest/read-back-indexes.js";
import { articleDay } from "../util/article-day.js";

/**
 * The same story published by other outlets, as the new index grouped it (see ingest's CopyLink):
 * ` — 3 paragraphs also published earlier by X: answers quote X and name this article`, or, for
 * the earliest, ` — also published later by Y, Z: answers quote this article and name them`.
 * Two publications of one time (or of none) are said as such, with what chose the one quoted:
 * the one fetched first; fetched together (one sync), the feed item dated, then listed, first;
 * added together (one add), the one given first on the command line; else only the id sorting first (nothing says which outlet came first).
 */
export function describeCopies(docId: string, copies: readonly CopyLink[]): string {
  const earlier = copies.filter((c) => c.docId === docId);
  if (earlier.length) {
    const n = earlier.reduce((sum, c) => sum + c.paragraphs, 0);
    const of = earlier.map((c) => `${c.of}${tie(c, "quoted")}`).join(", ");
    const when = earlier.every((c) => c.decidedBy === "time") ? "earlier " : "";
    return ` — ${n} paragraph${n === 1 ? "" : "s"} also published ${when}by ${of}: answers quote ${earlier.length === 1 ? "it" : "them"} and name this article`;
  }
  const later = copies.filter((c) => c.of === docId);
  const names = [...new Set(later.map((c) => `${c.docId}${tie(c, "named")}`))];
  if (names.length) {
    const when = later.every((c) => c.decidedBy === "time") ? "later " : "";
    return ` — also published ${when}by ${names.join(", ")}: answers quote this article and name them`;
  }
  return "";
}

/** Why, of two publications no date tells apart, the one quoted is: ` (the same time; fetched first)`. */
function tie(c: CopyLink, side: "quoted" | "named"): string {
  if (c.decidedBy === "time") return "";
  if (c.decidedBy === "fetched") return ` (the same time; fetched ${side === "quoted" ? "first" : "later"})`;
  if (c.decidedBy === "feed")
    return ` (the same time, fetched in one sync; its feed item dated or listed ${side === "quoted" ? "first" : "later"})`;
  if (c.decidedBy === "input")
    return ` (the same time, added by one add; given ${side === "quoted" ? "first" : "later"} on its command line)`;
  return ` (no date tells them apart; its id sorts ${side === "quoted" ? "first" : "after"})`;
}

/** The fetcher's reasons start with the URL or file they are about: after `input: ` it is said once. */
function withoutInput(input: string, reason: string): string {
  return reason.startsWith(`${input}: `) ? reason.slice(input.length + 2) : reason;
}

/** `copies` are said on the line (add); `sync` leaves them out and says each story once (describe-stories.ts). */
export function describeOutcome(o: AddOutcome, copies: readonly CopyLink[] = []): string {
  if (o.status === "failed" || !o.article || !o.docId)
    return `${"failed".padEnd(9)} ${o.input}: ${withoutInput(o.input, o.reason ?? "unknown reason")}`;
  const a = o.article;
  const n = paragraphTexts(a).length;
  const facts = [a.source, a.published && articleDay(a.published), `${n} paragraph${n === 1 ? "" : "s"}`]
    .filter(Boolean)
    .join(", ");
  const after =
    o.status === "unchanged"
      ? ` — ${o.reason ?? "the same text as before"}`
      : o.changes
        ? ` — ${describeChanges(o.changes)}`
        : "";
  const note = o.note ? ` — ${o.note}` : "";
  return `${o.status.padEnd(9)} ${o.docId}: "${a.title}" (${facts})${after}${note}${o.status === "unchanged" ? "" : describeCopies(o.docId, copies)}`;
}

/** `sync`'s report: each feed, then each item added or skipped with the reason and one short line per story other outlets carry too, then a count. */
export function describeSync(result: SyncResult): string[] {
  const lines: string[] = [];
  if (!result.feeds.length) return ["no feeds to read; add one with `summit-bot feeds add URL`"];
  for (const feed of result.feeds) {
    lines.push(
      feed.status === "failed"
        ? `feed ${feed.url}: failed: ${feed.reason}`
        : feed.status === "not modified"
          ? `feed ${feed.url}: not modified since the last sync`
          : `feed ${feed.url}: ${feed.items} items`,
    );
    for (const item of result.items.filter((i) => i.feed === feed.url)) {
      if (item.article && item.docId && item.status !== "skipped")
        lines.push(
          `  ${describeOutcome({ input: item.link, status: item.status === "failed" ? "failed" : item.status, docId: item.docId, article: item.article, ...(item.changes ? { changes: item.changes } : {}) })}`,
        );
      else
        lines.push(
          `  ${item.status.padEnd(9)} ${item.link}: ${item.reason ? withoutInput(item.link, item.reason) : item.docId ? `the same text as ${item.docId}` : ""}`,
        );
    }
  }
  // Once per story, after every feed: two feeds can bring copies of one story.
  const taken = result.items.filter((i) => i.docId && (i.status === "added" || i.status === "updated"));
  for (const line of storyLines(result.index?.copies ?? [], new Set(taken.map((i) => i.docId!)), "en"))
    lines.push(`  ${line}`);
  const count = (s: SyncItemOutcome["status"]) => result.items.filter((i) => i.status === s).length;
  lines.push(
    `${count("added")} added, ${count("updated")} updated, ${count("skipped")} skipped, ${count("failed")} failed${result.index ? `; index: ${result.index.documents} documents, ${result.index.paragraphs} paragraphs` : ""}`,
  );
  return lines;
}
