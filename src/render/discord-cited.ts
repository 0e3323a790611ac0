/** `/cite id:` of a paragraph changed or removed since it may have been quoted (see cited-paragraph.ts). */
import type { Result } from "../search/types.js";
import { formatCitation, type Citable } from "./citation.js";
import { ALSO_PUBLISHED_BY, publishedCopiesText } from "./copies.js";
import { CITED_LABELS, whenOf, type Lang } from "./cited-paragraph.js";
import { highlighted, LIMITS, noMentions, type DiscordMessage } from "./discord-base.js";
import { fitRendered, inline } from "./text.js";

function blockQuote(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

/**
 * `/cite id:` of a changed or removed paragraph: what happened and when, then the texts, each
 * labelled, then the paste-ready citation line and, for a story other outlets published too, the
 * line naming them, as under an unchanged paragraph (discord-cards.ts citeMessage).
 */
export function citedMessage(
  c: Citable & Pick<Result, "citation" | "alsoPublishedBy">,
  lang: Lang,
): DiscordMessage | undefined {
  const state = c.citation;
  if (!state || state.status === "current") return undefined;
  const L = CITED_LABELS[lang];
  const when = whenOf(state.since);
  const copies = c.alsoPublishedBy?.length
    ? `\n${ALSO_PUBLISHED_BY[lang]}: ${inline(publishedCopiesText(c.alsoPublishedBy, lang), 400)}`
    : state.copiesUnknown
      ? `\n${L.copiesUnknown}`
      : "";
  const citation = formatCitation(c, { kind: "paste" }) + copies;
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
