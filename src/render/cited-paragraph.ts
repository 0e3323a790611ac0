/**
 * A cited paragraph that changed or vanished since it may have been quoted (Result.citation):
 * said first, with when, the current text shown as current and the older text as old, or the
 * last text of a removed paragraph marked as removed. Never one text passed off as the other.
 * The words, and the terminal form (`ask`, `cite`); Discord's (`/cite id:`) is discord-cited.ts.
 */
import type { Result } from "../search/types.js";
import { stripControls } from "./controls.js";
import { ALSO_PUBLISHED_BY, publishedCopiesText } from "./copies.js";

export type Lang = "ja" | "en";

/** 2026-12-07T14:05:09.123Z → 2026-12-07 14:05 UTC (a date alone stays as it is). */
export function whenOf(iso: string | undefined): string {
  if (!iso) return "?";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

export const CITED_LABELS = {
  en: {
    changed: (id: string, when: string) =>
      `${id} was changed on ${when}: if it was quoted before then, the quote is of the older text below. It now reads:`,
    before: (when: string) => `Before ${when} it read (older text, no longer in the article):`,
    removed: (id: string, when: string) =>
      `${id} was removed from the article on ${when}. Its last text (removed, no longer in the article):`,
    copiesUnknown:
      "Whether other outlets still publish it is not known: this index was built before ingest looked up the copies of removed paragraphs (the next `summit-bot ingest` does).",
  },
  ja: {
    changed: (id: string, when: string) =>
      `${id} は ${when} に変更されました。それ以前の引用は下の旧文です。現在の本文:`,
    before: (when: string) => `${when} より前の本文（旧文。記事にはもうありません）:`,
    removed: (id: string, when: string) =>
      `${id} は ${when} に記事から削除されました。最後の本文（削除済み。記事にはもうありません）:`,
    copiesUnknown:
      "他の掲載元がまだ掲載しているかは不明です。この索引は削除された段落の他の掲載を調べる前に作られました（次の `summit-bot ingest` で調べます）。",
  },
} as const;

/** A text as terminal quote lines. */
function quoted(text: string): string {
  return stripControls(text)
    .split("\n")
    .map((l) => `  > ${l}`)
    .join("\n");
}

/** A changed or removed citation as terminal text (a current one: undefined, rendered as any quote). */
export function renderCitedTerminal(r: Result, lang: Lang, citation: string): string | undefined {
  const state = r.citation;
  if (!state || state.status === "current") return undefined;
  const L = CITED_LABELS[lang];
  const when = whenOf(state.since);
  // The other outlets of the story, as under an unchanged paragraph (terminal.ts).
  const copies = r.alsoPublishedBy?.length
    ? `  (${ALSO_PUBLISHED_BY[lang]}: ${publishedCopiesText(r.alsoPublishedBy, lang)})\n`
    : state.copiesUnknown
      ? `  (${L.copiesUnknown})\n`
      : "";
  if (state.status === "removed") return `${L.removed(r.id, when)}\n${quoted(r.text)}\n${copies}\n${citation}\n`;
  return `${L.changed(r.id, when)}\n${quoted(r.text)}\n${copies}\n${L.before(when)}\n${quoted(state.previous ?? "")}\n\n${citation}\n`;
}
