/**
 * Where a block's element stands on the untouched page, for block-features.ts: in a box of its
 * own with an image (a caption, with or without <figcaption>), in the headline's wrapper above
 * the body (a standfirst), and how its own markup differs from the body's run (a class or style
 * of its own, type set larger or bolder). Pure functions of the page's elements.
 */
import type { BlockElement } from "./html-blocks.js";

/** Whether `inner` is `outer` or inside it. */
export const contains = (outer: BlockElement, inner: BlockElement): boolean => {
  for (let e: BlockElement | null = inner; e; e = e.parentElement) if (e === outer) return true;
  return false;
};

/** Characters of an element's text, white space left out (markup indents it). */
export const textChars = (el: BlockElement): number => (el.textContent ?? "").replace(/\s+/g, "").length;

const MEDIA = "img, picture, video, audio, svg, iframe, figure, amp-img, amp-video, amp-iframe";
/** A wrapper holding a few characters more than the block (a credit, a counter "1/5") is still its box. */
const BOX_SLACK = 12;

/**
 * Whether the block sits in a box of its own with an image, a video or a figure: the block's
 * element and the wrappers around it that hold no other text, one of which holds media. A body
 * paragraph beside a picture shares its wrapper with the other paragraphs, so its box is itself.
 */
export function besideMedia(el: BlockElement, blockChars: number): boolean {
  for (let e: BlockElement | null = el; e && e.tagName !== "BODY"; e = e.parentElement) {
    if (textChars(e) > blockChars + BOX_SLACK) return false;
    if (e.querySelector(MEDIA)) return true;
  }
  return false;
}

/**
 * Whether the block shares a wrapper with the page's headline (`headline`, its <h1>) that does
 * not hold the main run: the head of the article (kicker, headline, standfirst, byline, date).
 */
export function withHeadline(
  el: BlockElement,
  main: BlockElement | undefined,
  headline: BlockElement | undefined,
): boolean {
  if (!headline || !main || contains(el, headline)) return false;
  for (let e = el.parentElement; e && e.tagName !== "BODY" && !contains(e, main); e = e.parentElement)
    if (contains(e, headline)) return true;
  return false;
}

/** The element's own look: its tag, class and style, as the page sets it. */
export const markupOf = (el: BlockElement): string =>
  `${el.tagName} ${(el.getAttribute("class") ?? "").trim()} ${(el.getAttribute("style") ?? "").trim()}`;

/** Class words and style properties that set the size, weight or style of type. */
const TYPE_CLASS =
  /(^|[\s_-])(large|larger|big|bigger|medium|lg|xl|xxl|huge|bold|italic|font-size|fontsize)($|[\s_-])/i;
const TYPE_STYLE = /font-(size|weight|style)\s*:/i;

/** Whether the element's own class or style sets its type apart (size, weight, style). */
export const typeSetApart = (el: BlockElement): boolean =>
  TYPE_CLASS.test(el.getAttribute("class") ?? "") || TYPE_STYLE.test(el.getAttribute("style") ?? "");
