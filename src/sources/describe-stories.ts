/**
 * `sync`'s note on the stories other outlets carry too: one short line per story, after its
 * feed's items, instead of a long clause on each copy's line (which said the same pairing twice,
 * once from each side). The line names the article answers quote, the others, and what put the
 * quoted one first; English for the terminal and the log, Japanese for a Japanese reader.
 */
import type { CopyLink } from "../ingest/read-back-indexes.js";

type Why = CopyLink["decidedBy"];

const WHY: Record<"en" | "ja", Record<Why, string>> = {
  en: {
    time: "published first",
    fetched: "same time, fetched first",
    feed: "same time, its feed item first",
    input: "same time, given first",
    id: "no date tells, its id first",
  },
  ja: {
    time: "先に掲載",
    fetched: "同時刻・先に取得",
    feed: "同時刻・フィードで先",
    input: "同時刻・指定順で先",
    id: "日付で決まらず id 順",
  },
};

/**
 * One line per story that one of `docIds` is in: `story: quoted A (published first); also B, C`
 * (`同じ記事: A を引用（先に掲載）、ほかに B・C`). A story's articles are the earlier publication
 * (`of`, the one answers quote) and the copies linked to it.
 */
export function storyLines(copies: readonly CopyLink[], docIds: ReadonlySet<string>, lang: "en" | "ja"): string[] {
  const stories = new Map<string, CopyLink[]>();
  for (const link of copies) {
    if (!docIds.has(link.docId) && !docIds.has(link.of)) continue;
    stories.set(link.of, [...(stories.get(link.of) ?? []), link]);
  }
  return [...stories].map(([quoted, links]) => {
    const others = [...new Set(links.map((l) => l.docId))];
    const reasons = new Set(links.map((l) => l.decidedBy));
    // Several reasons (one copy later by date, another tied and fetched later) would be a list: said only when one.
    const why = reasons.size === 1 ? WHY[lang][[...reasons][0]!] : undefined;
    return lang === "ja"
      ? `同じ記事: ${quoted} を引用${why ? `（${why}）` : ""}、ほかに ${others.join("・")}`
      : `story: quoted ${quoted}${why ? ` (${why})` : ""}; also ${others.join(", ")}`;
  });
}
