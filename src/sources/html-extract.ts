/**
 * An article page → Article. The body comes from Mozilla Readability (Firefox's reader view,
 * run over linkedom's DOM): navigation, banners, ads, related links, comments and footers stay
 * behind. The metadata is read first, from the whole page, because Readability changes the
 * document it reads.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { SummitError } from "../errors.js";
import { detectLanguage } from "../text/lang.js";
import { collapseSpace, type Article, type ArticleBlock } from "./article.js";
import { holdsArticle, paragraphChars } from "./article-holder.js";
import { blockFeatures, type BlockFeatures } from "./block-features.js";
import { BOILERPLATE_THRESHOLD, removeBoilerplateBlocks } from "./block-score.js";
import { normaliseDate } from "./dates.js";
import { removeCommentThreads } from "./comment-threads.js";
import { removeFurnitureBlocks } from "./furniture-blocks.js";
import { removeReadingAids } from "./reading-aids.js";
import { removeFurnitureParagraphs, type FurnitureElement } from "./furniture-paragraphs.js";
import { blocksOf, numberElements, pageElementFinder, SOURCE_ATTR, type BlockElement } from "./html-blocks.js";
import { restoreDroppedBody } from "./dropped-body.js";

/** Deeper than any real page nests; deep enough to blow the stack of a recursive walk. */
export const MAX_DEPTH = 1000;

/** Less paragraph text than this is a page without an article (a menu, an error page), not a short article. */
const MIN_ARTICLE_CHARS = 40;

type Doc = ReturnType<typeof parseHTML>["document"];
type El = Doc["documentElement"];

const meta = (doc: Doc, ...names: string[]): string | undefined => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return undefined;
};

/** Every JSON-LD object on the page, @graph members included; a script that is not JSON is passed over. */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)["@graph"];
      if (graph) visit(graph);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is common and says nothing about the article.
    }
  }
  return out;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|BlogPosting|AnalysisNewsArticle|WebPage)$/;

function ldArticle(objects: Record<string, unknown>[]): Record<string, unknown> | undefined {
  const typeOf = (o: Record<string, unknown>) => [o["@type"]].flat().map(String);
  return (
    objects.find((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage")) ??
    objects.find((o) => typeOf(o).includes("WebPage"))
  );
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

function httpUrlOrUndefined(raw: string | undefined | null, base: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Elements whose end tag HTML lets pages leave out: an unclosed one is not nesting. */
const OPTIONAL_END = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "option",
  "optgroup",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "caption",
  "rb",
  "rt",
  "rtc",
  "rp",
]);
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
  "param",
  "keygen",
]);

/**
 * Whether the tags of `html` nest deeper than `limit`, from a scan of its tags before any DOM is
 * built: a DOM builder needs time that grows faster than the depth (100,000 nested <div>s take
 * linkedom tens of seconds), so a page built to be deep is refused before it is parsed.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > limit) return true;
  }
  return false;
}

/** The depth of the deepest element, walked without recursion (the page may be built to overflow a stack). */
function maxDepth(root: El): number {
  let deepest = 0;
  const stack: [El, number][] = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > deepest) deepest = d;
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of el.children) stack.push([child as El, d + 1]);
  }
  return deepest;
}

/**
 * Class and id words of page furniture that Readability's own lists miss (its "unlikely
 * candidates" know `banner` and `comment`, not a bare `ad` or `pr`). Matched against whole
 * words of the class and id (`ad-inline` → `ad`, `inline`), so `shadow` or `lead` never match.
 */
const FURNITURE = new Set([
  "ad",
  "ads",
  "advert",
  "adverts",
  "advertisement",
  "sponsor",
  "sponsored",
  "promo",
  "pr",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "share",
  "sharing",
  "social",
  "related",
  "recommended",
  "ranking",
  "popular",
  "newsletter",
  "subscribe",
  "subscription",
  "signup",
  "paywall",
  "cta",
  "readmore",
  "follow",
  "byline",
  // Datelines, view counters and photo captions sit inside the article's own container, where Readability keeps them.
  "meta",
  "date",
  "dateline",
  "timestamp",
  "caption",
  "credit",
  "breadcrumb",
  "breadcrumbs",
  "tags",
  // Standfirsts, decks and kickers restate or label the article above its body; pull quotes repeat it.
  "standfirst",
  "dek",
  "deck",
  "kicker",
  "strapline",
  "subtitle",
  "pullquote",
]);

/** Class/id words of an author bio box: one alone, or "author"/"writer" together with one of BIO_PARTS. */
const BIO = new Set(["bio", "biography", "authorbox", "authorbio", "profile"]);
const BIO_PARTS = new Set(["box", "bio", "profile", "card", "description", "about", "info"]);
/** A bio box holds a few lines; an element with more text than this is the article (or its wrapper), not a bio. */
const BIO_MAX_CHARS = 600;

const isBioBox = (words: string[], el: { readonly textContent: string | null }) =>
  (words.some((w) => BIO.has(w)) ||
    (words.some((w) => w === "author" || w === "writer") && words.some((w) => BIO_PARTS.has(w)))) &&
  collapseSpace(el.textContent ?? "").length <= BIO_MAX_CHARS;

function removeFurniture(doc: Doc, headline: string | undefined): void {
  const pageChars = paragraphChars(doc.documentElement as unknown as FurnitureElement);
  removeCommentThreads(doc.documentElement as unknown as FurnitureElement, pageChars, headline);
  for (const el of [...doc.querySelectorAll("[class], [id]")]) {
    const words = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase().split(/[\s_-]+/);
    // A furniture word on the element holding most of the page's paragraphs names the site, not the box.
    if (
      (words.some((w) => FURNITURE.has(w)) || isBioBox(words, el)) &&
      el.tagName !== "BODY" &&
      el.tagName !== "HTML" &&
      !holdsArticle(el as unknown as FurnitureElement, pageChars)
    )
      el.remove();
  }
  for (const el of [...doc.querySelectorAll("amp-ad, amp-analytics, amp-sidebar, amp-social-share, amp-consent")])
    el.remove();
}

/** The page numbers (SOURCE_ATTR) of the elements under `root` that `selector` matches. */
const numbered = (root: El, selector: string): Set<number> =>
  new Set([...root.querySelectorAll(selector)].map((e) => Number(e.getAttribute(SOURCE_ATTR))).filter(Number.isFinite));

/** Switches for measuring the extractor's parts (bench/block-threshold.ts); `add` uses the defaults. */
export interface ExtractOptions {
  /** The class-word, link and label rules (default on). */
  readonly furnitureRules?: boolean;
  /** Blocks scoring this or more are dropped (default BOILERPLATE_THRESHOLD; Infinity keeps all). */
  readonly boilerplateThreshold?: number;
  /** Sees the blocks and their features before the score drops any. */
  readonly onFeatures?: (blocks: readonly ArticleBlock[], features: readonly BlockFeatures[]) => void;
}

/** Extracts the article from a decoded HTML page; `pageUrl` (after redirects) resolves relative links. */
export function extractHtml(
  html: string,
  pageUrl: string | undefined,
  label = pageUrl ?? "the page",
  options: ExtractOptions = {},
): Article {
  if (nestsDeeperThan(html, MAX_DEPTH))
    throw new SummitError(
      "SOURCE",
      `${label}: expected an article page, received HTML nested more than ${MAX_DEPTH} elements deep`,
    );
  const { document } = parseHTML(html);
  const depth = maxDepth(document.documentElement);
  if (depth > MAX_DEPTH)
    throw new SummitError(
      "SOURCE",
      `${label}: expected an article page, received HTML nested more than ${MAX_DEPTH} elements deep`,
    );

  const ld = ldArticle(jsonLd(document));
  const publisher = ld?.publisher as Record<string, unknown> | undefined;
  const canonical =
    httpUrlOrUndefined(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), pageUrl) ??
    httpUrlOrUndefined(meta(document, "og:url"), pageUrl) ??
    httpUrlOrUndefined(pageUrl, undefined);
  const host = canonical ? new URL(canonical).hostname.replace(/^www\./, "") : undefined;
  const source = meta(document, "og:site_name", "application-name") ?? text(publisher?.name) ?? host;
  const published = normaliseDate(
    text(ld?.datePublished) ??
      meta(document, "article:published_time", "datePublished", "pubdate", "date") ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      undefined,
  );
  const htmlLang = document.documentElement.getAttribute("lang")?.trim().toLowerCase().split(/[-_]/)[0];
  const headTitle = meta(document, "og:title", "twitter:title") ?? text(ld?.headline);

  // The page stays untouched, to judge each block by where it stood; the class rules and Readability
  // (which moves and strips) work on a copy. Copying the parsed tree costs a fraction of a second parse.
  removeReadingAids(document.documentElement as unknown as Parameters<typeof removeReadingAids>[0]);
  const page = numberElements(document.documentElement as unknown as BlockElement);
  const work = document.cloneNode(true) as Doc;
  const furnitureRules = options.furnitureRules ?? true;
  if (furnitureRules) removeFurniture(work, headTitle);
  const reached = numbered(work.documentElement, "p");
  const parsed = new Readability(work as unknown as globalThis.Document, { charThreshold: 100 }).parse();
  if (!parsed?.content)
    throw new SummitError(
      "SOURCE",
      `${label}: expected an article, received a page with no article text Readability could find`,
    );
  const title = collapseSpace(headTitle ?? parsed.title ?? document.querySelector("title")?.textContent ?? "");
  const body = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as El;
  if (furnitureRules) removeFurnitureParagraphs(body as unknown as FurnitureElement);
  const sourced = blocksOf(body as unknown as BlockElement, title);
  let kept = furnitureRules ? removeFurnitureBlocks(sourced.blocks) : sourced.blocks;
  const find = pageElementFinder(page);
  let elementOf = (b: ArticleBlock) => find(b, sourced.source.get(b));
  let features = blockFeatures(kept, elementOf);
  // Body paragraphs Readability's cleaning dropped from inside the run go back, and every block is judged again.
  const restored = restoreDroppedBody(
    kept,
    elementOf,
    features.map((f) => f.inRun),
    page,
    reached,
    numbered(body, `[${SOURCE_ATTR}]`),
  );
  if (restored) {
    kept = restored.blocks;
    elementOf = restored.elementOf;
    features = blockFeatures(kept, elementOf);
  }
  options.onFeatures?.(kept, features);
  const blocks = removeBoilerplateBlocks(kept, features, options.boilerplateThreshold ?? BOILERPLATE_THRESHOLD);
  const bodyText = blocks.map((b) => b.text).join(" ");
  // Readability returns whatever text a page has, even a menu's "Home": that is not an article to quote.
  const paragraphChars = blocks.filter((b) => b.kind === "paragraph").reduce((n, b) => n + b.text.length, 0);
  if (paragraphChars < MIN_ARTICLE_CHARS)
    throw new SummitError(
      "SOURCE",
      `${label}: expected an article, received ${paragraphChars ? `only ${paragraphChars} characters of paragraph text` : "no paragraphs"}`,
    );
  return {
    title: title || blocks.find((b) => b.kind === "heading")?.text || blocks[0]!.text.slice(0, 80),
    ...(source ? { source } : {}),
    ...(canonical ? { url: canonical } : {}),
    ...(published ? { published } : {}),
    lang: htmlLang && /^[a-z]{2,3}$/.test(htmlLang) ? htmlLang : detectLanguage(bodyText),
    blocks,
  };
}
