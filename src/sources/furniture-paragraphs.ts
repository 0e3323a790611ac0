/**
 * Page furniture that sits inside the article's own container, where Readability keeps it:
 * "read more" and "related" lines that are little but links, and the calls to action a page
 * ends its body with (subscribe to read on, sign up, follow us, share). Judged by structure
 * first — how much of a paragraph is link text, where it stands, how short it is, where its
 * links and buttons lead — and by a small multilingual list of cue words only where structure
 * alone cannot tell a call to action from a short closing paragraph that links its source.
 */
import { collapseSpace } from "./article.js";

/** The DOM element type of linkedom (the extractor's DOM), kept structural so this file needs no DOM import. */
export interface FurnitureElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<FurnitureElement>;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): FurnitureElement | null;
  querySelectorAll(selectors: string): ArrayLike<FurnitureElement>;
  remove(): void;
}

/** A paragraph this much link text or more is a list of links written as a paragraph, whatever it says. */
const LINK_ONLY = 0.8;
/** From this much link text, a paragraph that also opens with a "related"/"read more" cue is one. */
const LINK_MOSTLY = 0.5;
/** Paragraphs of the body's end looked at for a call to action: a teaser line, a share prompt, a follow line. */
const TAIL_PARAGRAPHS = 3;
/** Longer than this (CJK characters count twice: they say about twice as much each) is prose, not a call to action. */
const SHORT_WEIGHT = 240;

/**
 * Words of a link's address or of a button's/form's class and id that lead to furniture:
 * subscribing, signing up or in, following, sharing. Whole words of the path, split on / - _ .
 */
const CTA_TARGET = new Set([
  "subscribe",
  "subscription",
  "subscriptions",
  "subscriber",
  "signup",
  "register",
  "registration",
  "login",
  "signin",
  "membership",
  "newsletter",
  "newsletters",
  "follow",
  "share",
  "sharer",
  "intent",
  "premium",
  "donate",
  "paywall",
]);

/**
 * Cue words of calls to action and related-reading lines, in the languages the corpus holds
 * (English, Japanese, Chinese, Russian). A tie-breaker only: each is used together with a
 * structural sign (a short paragraph at the end with a link or button, or a mostly-link paragraph).
 */
const CTA_CUES =
  /\b(subscrib\w*|sign (up|in)|log ?in|register|read (more|on|the full)|continue reading|full (story|article)|follow us|share (this|on)|newsletter|members? only|subscribers? only)\b|購読|会員|登録|ログイン|続きを読む|続きは|フォロー|シェア|有料|订阅|注册|登录|会员|阅读全文|关注|分享|подпис|зарегистр|войдите|читать (далее|полностью)|поделит/i;
const RELATED_CUES =
  /^\s*(read (more|also)|see also|related|more on|further reading|also read)\b|^\s*(関連|あわせて読みたい|こちらも|相关|延伸阅读|читайте также|по теме)/i;

const textOf = (el: FurnitureElement) => collapseSpace(el.textContent ?? "");

/** Text length with CJK characters counted twice (each says about twice as much). */
export const weight = (text: string) => {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
};

/** The share of an element's text that is link text (0 for an empty element). */
export function linkDensity(el: FurnitureElement): number {
  const all = textOf(el).length;
  if (!all) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) links += textOf(a).length;
  return Math.min(1, links / all);
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Whether a link, button or form in the element leads to subscribing, signing up, following or sharing. */
function leadsToCallToAction(el: FurnitureElement): boolean {
  for (const a of Array.from(el.querySelectorAll("a[href]"))) {
    const href = a.getAttribute("href") ?? "";
    let path = href;
    try {
      const u = new URL(href, "http://relative.invalid/");
      path = `${u.hostname === "relative.invalid" ? "" : u.hostname} ${u.pathname} ${u.search}`;
    } catch {
      // An address that does not parse is judged by its raw words.
    }
    if (words(path).some((w) => CTA_TARGET.has(w))) return true;
  }
  for (const b of Array.from(el.querySelectorAll("button, input, form"))) {
    const named = `${b.getAttribute("class") ?? ""} ${b.getAttribute("id") ?? ""} ${b.getAttribute("name") ?? ""}`;
    if (words(named).some((w) => CTA_TARGET.has(w))) return true;
  }
  return false;
}

const hasControl = (el: FurnitureElement) => !!el.querySelector("a[href], button, input, form");

const BLOCK_INSIDE = "p, div, section, article, ul, ol, h1, h2, h3, h4, h5, h6, pre, table, blockquote";

/** Paragraph-like elements in document order: <p>s and blocks that hold only inline content. */
function paragraphsOf(root: FurnitureElement): FurnitureElement[] {
  return Array.from(root.querySelectorAll("p, div, section, ul, ol")).filter((el) =>
    el.tagName === "P" || el.tagName === "UL" || el.tagName === "OL" ? true : !el.querySelector(BLOCK_INSIDE),
  );
}

/** A list whose every item is a link: a related-stories list the page put inside its article. */
const isLinkList = (el: FurnitureElement) => {
  const items = Array.from(el.children).filter((c) => c.tagName === "LI");
  return items.length > 0 && items.every((li) => textOf(li) && linkDensity(li) >= LINK_ONLY);
};

/** Whether a paragraph (not a list) is made of links: a "read more"/"related" line. */
function isLinkParagraph(el: FurnitureElement): boolean {
  const density = linkDensity(el);
  return density >= LINK_ONLY || (density >= LINK_MOSTLY && RELATED_CUES.test(textOf(el)));
}

/**
 * Whether a paragraph at the body's end is a call to action: short, and either it has a link or
 * button that leads to subscribing/signing up/following/sharing, or it has a link or button and
 * says so; a short closing paragraph with a link to a source says neither, and stays.
 */
function isTailCallToAction(el: FurnitureElement): boolean {
  const text = textOf(el);
  if (!text || weight(text) > SHORT_WEIGHT) return false;
  if (leadsToCallToAction(el)) return true;
  return hasControl(el) && CTA_CUES.test(text);
}

/**
 * Removes furniture paragraphs from the article content (in place) and returns how many went:
 * link-only paragraphs anywhere, and at the end of the body, link lists and calls to action.
 */
export function removeFurnitureParagraphs(root: FurnitureElement): number {
  const paragraphs = paragraphsOf(root).filter((el) => textOf(el));
  let removed = 0;
  for (const el of paragraphs)
    if (el.tagName !== "UL" && el.tagName !== "OL" && el.querySelector("a") && isLinkParagraph(el)) {
      el.remove();
      removed++;
    }
  // The end of the body, walked backwards while each paragraph there is furniture.
  const left = paragraphsOf(root).filter((el) => textOf(el));
  for (let i = left.length - 1, seen = 0; i >= 0 && seen < TAIL_PARAGRAPHS; i--, seen++) {
    const el = left[i]!;
    const list = el.tagName === "UL" || el.tagName === "OL";
    if (!(list ? isLinkList(el) : isTailCallToAction(el))) break;
    el.remove();
    removed++;
  }
  return removed;
}
