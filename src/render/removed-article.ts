/**
 * How `remove` and `/sources remove` name the article they removed: its id, then its title
 * (` (“Title”)`, ja `「タイトル」`), so the user sees which article went, not only its id.
 */
import { stripControls } from "./controls.js";

/** The title as said after the article's id; "" when the index had no title for it. `wrap` fits it to the surface (Discord: inline text). */
export function removedTitleText(
  title: string | undefined,
  lang: "ja" | "en",
  wrap: (title: string) => string = (s) => stripControls(s.replace(/[^\S\u3000]+/g, " ").trim()),
): string {
  if (!title?.trim()) return "";
  return lang === "ja" ? `「${wrap(title)}」` : ` (“${wrap(title)}”)`;
}
