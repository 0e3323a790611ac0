/**
 * A cited paragraph that changed or vanished since it may have been quoted (Result.citation):
 * said first, with when, the current text shown as current and the older text as old, or the
 * last text of a removed paragraph marked as removed. Never one text passed off as the other.
 * The terminal (`ask`, `cite`) and Discord (`/cite id:`) forms.
 */
import type { Result } from "../search/types.js";
import { formatCitation, type Citable } from "./citation.js";
import { stripControls } from "./controls.js";
import { highlighted, LIMITS, noMentions, type DiscordMessage } from "./discord-base.js";
import { fitRendered } from "./text.js";

type Lang = "ja" | "en";

/** 2026-12-07T14:05:09.123Z → 2026-12-07 14:05 UTC (a date alone stays as it is). */
export function whenOf(iso: string | undefined): string {
  if (!iso) return "?";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

const LABELS = {
  en: {
    changed: (id: string, when: string) =>
      `${id} was changed on ${when}: if it was quoted before then, the quote is of the older text below. It now reads:`,
    before: (when: string) => `Before ${when} it read (older text, no longer in the article):`,
    removed: (id: string, when: string) =>
      `${id} was removed from the article on ${when}. Its last text (removed, no longer in the article):`,
  },
  ja: {
    changed: (id: string, when: string) =>
      `${id} は ${when} に変更されました。それ以前の引用は下の旧文です。現在の本文:`,
    before: (when: string) => `${when} より前の本文（旧文。記事にはもうありません）:`,
    removed: (id: string, when: string) =>
      `${id} は ${when} に記事から削除されました。最後の本文（削除済み。記事にはもうありません）:`,
  },
} as const;

/** The lines a changed or removed citation starts with, or none for a current one. */
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
  const L = LABELS[lang];
  const when = whenOf(state.since);
  if (state.status === "removed") return `${L.removed(r.id, when)}\n${quoted(r.text)}\n\n${citation}\n`;
  return `${L.changed(r.id, when)}\n${quoted(r.text)}\n\n${L.before(when)}\n${quoted(state.previous ?? "")}\n\n${citation}\n`;
}

function blockQuote(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

/**
 * `/cite id:` of a changed or removed paragraph: what happened and when, then the texts, each
 * labelled, then the paste-ready citation line.
 */
export function citedMessage(c: Citable & Pick<Result, "citation">, lang: Lang): DiscordMessage | undefined {
  const state = c.citation;
  if (!state || state.status === "current") return undefined;
  const L = LABELS[lang];
  const when = whenOf(state.since);
  const citation = formatCitation(c, { kind: "paste" });
  const fit = (text: string, room: number) =>
    blockQuote(
      fitRendered(text, Math.max(40, room - 2 * text.split("\n").length), (s, e) => highlighted(text, [], s, e)),
    );
  let content: string;
  if (state.status === "removed") {
    const head = L.removed(`\`${c.id}\``, when);
    content = `${head}\n${fit(c.text, LIMITS.content - head.length - citation.length - 4)}\n${citation}`;
  } else {
    const head = L.changed(`\`${c.id}\``, when);
    const before = L.before(when);
    const room = Math.floor((LIMITS.content - head.length - before.length - citation.length - 8) / 2);
    content = `${head}\n${fit(c.text, room)}\n${before}\n${fit(state.previous ?? "", room)}\n${citation}`;
  }
  return { content, embeds: [], components: [], allowedMentions: noMentions() };
}
