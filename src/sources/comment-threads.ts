/**
 * Reader comment threads, removed before Readability chooses the article's container. Readability
 * drops an element whose class or id says `comment` in its first pass, but when that pass finds too
 * little text it retries without the rule, and a thread of long comments can then outweigh a short
 * post; a thread without class cues (a `<section>` of replies) it never recognises. A region is a
 * thread by its class/id/aria words (`comments`, `disqus` …) or by its structure: two or more items,
 * each with a reply control and an author line or timestamp (a `discussion` section of a paper has
 * neither, so that word alone counts for nothing). A region that holds the page's
 * headline is the article (a forum post, a page about discussion), never a thread.
 */
import { collapseSpace } from "./article.js";
import { holdsArticle } from "./article-holder.js";
import type { FurnitureElement } from "./furniture-paragraphs.js";

/** Class/id/aria-label words that name a comment region on their own. */
const COMMENT_WORDS = new Set(["comment", "comments", "commentlist", "disqus", "replies"]);
/** The text of a reply control, in the corpus's languages. */
const REPLY = /^(reply|respond|返信(する)?|返信を書く|回复|回覆|ответить)$/i;
/** An item's timestamp written as text: "Jun 29", "2 hours ago", "2026-06-29", "3時間前". */
const WHEN =
  /\b(\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}|\d+ (minutes?|hours?|days?) ago)\b|\d+(分|時間|日)前|\d+年\d+月\d+日/i;
/** Fewer thread items than this is one comment box, not a thread. */
const MIN_ITEMS = 2;

const cueWords = (el: FurnitureElement): string[] =>
  `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${el.getAttribute("aria-label") ?? ""}`
    .toLowerCase()
    .split(/[\s_]+/)
    .flatMap((w) => [w, ...w.split("-")]);

const hasReplyControl = (el: FurnitureElement): boolean =>
  Array.from(el.querySelectorAll("a, button")).some((c) => REPLY.test(collapseSpace(c.textContent ?? "")));

/** A `<time>` element or a link to its author's profile: what every comment prints above its text. */
const hasAuthorOrTime = (el: FurnitureElement): boolean =>
  el.querySelector("time") !== null ||
  el.querySelector('a[href*="profile"], a[href*="user"], a[href*="author"], [class*="author"]') !== null;

/**
 * A thread's item: an author line or timestamp, and a reply control (a date written as text then
 * counts too). In a region a comment word names, the author line or `<time>` alone is enough: an
 * article's paragraphs mention dates in their text, not in `<time>` elements or profile links.
 */
const isThreadItem = (el: FurnitureElement, named: boolean): boolean =>
  hasAuthorOrTime(el) ? named || hasReplyControl(el) : hasReplyControl(el) && WHEN.test(el.textContent ?? "");

/** Whether the element's children are mostly thread items, at least MIN_ITEMS of them. */
function isThreadByStructure(el: FurnitureElement, named: boolean): boolean {
  const items = Array.from(el.children).filter((c) => !/^H[1-6]$/.test(c.tagName));
  if (items.length < MIN_ITEMS) return false;
  let threadItems = 0;
  let others = 0;
  // Every element of the page is asked: stop as soon as the answer is no (most are not threads).
  for (const c of items) {
    if (isThreadItem(c, named)) threadItems++;
    else if (++others * 2 > items.length) return false;
  }
  return threadItems >= MIN_ITEMS;
}

/** Whether the element holds the page's headline: then it is the article, whatever its class says. */
const holdsHeadline = (el: FurnitureElement, headline: string | undefined): boolean =>
  el.querySelector("h1") !== null ||
  (headline !== undefined &&
    Array.from(el.querySelectorAll("h2, h3")).some((h) => collapseSpace(h.textContent ?? "") === headline));

/**
 * Whether the element is a reader comment thread (see the file comment). `pageChars` is the page's
 * paragraph text: a region named by a comment word that holds most of it is the article's own
 * container (an opinion site's `comment` section) unless its items are a thread's (each with an
 * author line or timestamp).
 */
export function isCommentThread(el: FurnitureElement, pageChars: number, headline?: string): boolean {
  if (el.tagName === "BODY" || el.tagName === "HTML" || el.tagName === "MAIN") return false;
  const named = cueWords(el).some((w) => COMMENT_WORDS.has(w));
  // The headline is looked for last: it costs a walk of the element, and few elements get that far.
  return ((named && !holdsArticle(el, pageChars)) || isThreadByStructure(el, named)) && !holdsHeadline(el, headline);
}

/** Removes every comment thread under `root`; `headline` is the page's title, to spare the article. */
export function removeCommentThreads(root: FurnitureElement, pageChars: number, headline?: string): void {
  for (const el of Array.from(root.querySelectorAll("*"))) if (isCommentThread(el, pageChars, headline)) el.remove();
}
