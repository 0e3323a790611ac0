/**
 * Whether an element holds the article: most of the page's paragraph text. Class words name
 * furniture well (`newsletter`, `related`, `comments`), but a site may put the same word on its
 * article's own container (a newsletter platform's `<article class="newsletter-post">`); removing
 * that container leaves Readability the furniture to choose from. Furniture boxes hold little of
 * a page's paragraphs; the element holding more than half of them is the article's.
 */
import type { FurnitureElement } from "./furniture-paragraphs.js";

/** More than this share of the page's paragraph characters is the article's container. */
const ARTICLE_SHARE = 0.5;

/** Characters of text in the `<p>` elements under `el` (spaces left out: markup indents them). */
export function paragraphChars(el: FurnitureElement): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) n += (p.textContent ?? "").replace(/\s+/g, "").length;
  return n;
}

/** Whether `el` holds more than half of `pageChars`, the paragraph characters of the whole page. */
export const holdsArticle = (el: FurnitureElement, pageChars: number): boolean =>
  pageChars > 0 && paragraphChars(el) > pageChars * ARTICLE_SHARE;
