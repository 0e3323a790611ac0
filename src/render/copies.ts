/**
 * "Also published by …": the other outlets whose near-copy of a quoted paragraph was grouped
 * with it at ingest (search/copies.ts), said the same way on every surface — each outlet by its
 * source (else its article's title), its publication date and the copy's own citation id, earliest
 * first, at most MAX_NAMED and then how many more.
 */
import type { PublishedCopy } from "../search/types.js";
import { stripControls } from "./controls.js";
import { articleDay } from "../util/article-day.js";

export const ALSO_PUBLISHED_BY = { ja: "同じ記事の他の掲載", en: "Also published by" } as const;

const MAX_NAMED = 5;

/** One outlet's copy: `Caspian Wire, 2025-06-19 (caspian-wire-fund#2)`. */
export function publishedCopyText(c: PublishedCopy): string {
  const who = c.source ?? c.title;
  // The day is enough to tell outlets apart; --json keeps the full date-time.
  return stripControls(`${who}${c.published ? `, ${articleDay(c.published)}` : ""} (${c.id})`);
}

/** Every outlet named, up to MAX_NAMED, then `+N more` (ja: `ほか N 件`). */
export function publishedCopiesText(copies: readonly PublishedCopy[], lang: "ja" | "en"): string {
  const named = copies.slice(0, MAX_NAMED).map(publishedCopyText);
  const rest = copies.length - named.length;
  if (rest > 0) named.push(lang === "ja" ? `ほか ${rest} 件` : `+${rest} more`);
  return named.join("; ");
}

/**
 * After `remove` / `/sources remove` of the copy answers quoted (engine/quoted-after-removal.ts):
 * `Quotes of this story now come from Tashkent Times, 2025-06-19 (en-news-edited).`, each outlet
 * by article; "" when no quote moved. `wrap` fits the outlets to the surface (Discord: inline text).
 */
export function quotedInsteadText(
  outlets: readonly PublishedCopy[],
  lang: "ja" | "en",
  wrap: (outlets: string) => string = (s) => s,
): string {
  if (!outlets.length) return "";
  const named = wrap(outlets.map((c) => publishedCopyText({ ...c, id: c.docId })).join("; "));
  return lang === "ja"
    ? `この記事の引用は今後 ${named} から行います。`
    : `Quotes of this story now come from ${named}.`;
}
