/**
 * What a block of the extracted article looks like as page furniture rather than body, measured
 * on the untouched page (Readability strips classes and moves elements): where it stands against
 * the article's main run of prose, whether it sits inside the element that holds that run, the
 * class/id/role/aria words of the wrappers it does not share with the run, its length, link
 * density, emphasis and sentence shape, and whether its wording has the shape of boilerplate
 * (a disclaimer, disclosure, copyright, subscribe/share prompt, related-reading line, media label
 * or credit line, in English and Japanese). Pure: the page elements in, one record of flags per block out;
 * block-score.ts weighs them.
 */
import type { ArticleBlock } from "./article.js";
import type { BlockElement } from "./html-blocks.js";
import { linkDensity, weight } from "./furniture-paragraphs.js";
import { SENTENCE_END } from "./furniture-blocks.js";
import { isNoticeWording } from "./notice-wording.js";
import { isAuthorBio } from "./author-bio.js";
import { contentWords, restatedShare } from "./restates-body.js";
import { besideMedia, contains, markupOf, textChars, typeSetApart, withHeadline } from "./block-placement.js";

export interface BlockFeatures {
  /** Long enough to be prose and ends like a sentence. */
  readonly prose: boolean;
  /** One of the article's main run: prose with no furniture cue of its own. */
  readonly inRun: boolean;
  /** Before the run's first block or after its last. */
  readonly outsideRun: boolean;
  /** Not inside the element that holds the main run (Readability added it from a sibling). */
  readonly outsideMain: boolean;
  /** A class/id/role/aria word of furniture on the block or a wrapper it does not share with the main run. */
  readonly furnitureClass: boolean;
  /** Worded like boilerplate: disclaimer, disclosure, copyright, subscribe/share, media label, credit. */
  readonly boilerplatePhrase: boolean;
  /** Opens with a short "Label:" prefix. */
  readonly labelled: boolean;
  /** Opens with a date or a time of day. */
  readonly dated: boolean;
  /** Ends like a sentence. */
  readonly sentence: boolean;
  /** Shorter than a sentence of prose usually is. */
  readonly short: boolean;
  /**
   * Set apart by its type: all its text in <em>/<i>/<small>, or its own class or style sets a
   * size, weight or style of type (`has-medium-font-size`, `font-size:`) that no block of the run has.
   */
  readonly emphasised: boolean;
  /** Half or more of its text is link text. */
  readonly linkDense: boolean;
  /**
   * Inside the run's holder but boxed off from it: no block of the run shares its parent (an
   * embedded post, a newsletter box or a summary box set into the body's flow).
   */
  readonly boxed: boolean;
  /** Worded as a notice of the site to its reader: rights, sign-up, members-only, contact (notice-wording.ts). */
  readonly notice: boolean;
  /** In a box of its own with an image, a video or a figure: a caption, with or without <figcaption>. */
  readonly besideMedia: boolean;
  /** In a wrapper with the page's headline that does not hold the main run: a standfirst, kicker or byline. */
  readonly withHeadline: boolean;
  /**
   * Before the run, yet among its blocks (a sibling with the same tag) with a class or style of its
   * own that none of them has: a standfirst visually set apart over the body. (After the run, a
   * note set apart is as often a correction, which is body.)
   */
  readonly apartFromRun: boolean;
  /** Worded as a correction of the article ("Correction: an earlier version …", 訂正): body by the conventions. */
  readonly correction: boolean;
  /** At the article's edge (before or after the run), worded as a bio of its writer (author-bio.ts). */
  readonly authorBio: boolean;
  /** Before the run, and most of its content words recur in the body: a standfirst or summary restating it. */
  readonly restates: boolean;
}

/** Prose weighs at least this (CJK characters count twice). */
const PROSE_WEIGHT = 120;
/** Shorter than this is a line, not a paragraph. */
const SHORT_WEIGHT = 80;

/**
 * Class, id, role and aria-label words of furniture (whole words, split on non-letters): ads and
 * sponsors, notes and legal lines, credits and bylines, sharing and subscribing, related and
 * other-story lists, page chrome, embedded media, tool bars. They count only on wrappers the block
 * does not share with the main run, so a page that wraps its whole article in `media-body` or
 * `post-meta` does not lose its body.
 */
const FURNITURE_WORDS = new Set(
  (
    "ad ads advert advertisement advertising sponsor sponsored promo promotion affiliate disclosure disclaimer " +
    "notice note notes legal copyright rights credit credits caption byline meta author bio share sharing social " +
    "newsletter subscribe signup cta related recommended more other popular trending widget sidebar aside rail " +
    "footer header nav menu breadcrumb breadcrumbs tags topics video player embed placeholder gallery photo photos " +
    "audio podcast tools toolbar print comments comment banner cookie consent gdpr toc complementary contentinfo " +
    "navigation dialog tweet twitter instagram tiktok takeaways highlights keypoints " +
    // An intro or teaser set over the body restates it (a standfirst); `lead` and `summary` are left out: sites give
    // them to their first body paragraph and to a report's opening section too.
    "intro excerpt teaser synopsis standfirst"
  ).split(" "),
);
/** Furniture named in two class words ("key-points", "KeyTakeaways", "at-a-glance"). */
const FURNITURE_WORD_PAIRS = /\bkey (points|takeaways|facts)\b|\bat a glance\b|\bin brief\b/;

const classWords = (el: BlockElement) =>
  ["class", "id", "role", "aria-label"]
    .map((a) => el.getAttribute(a) ?? "")
    .join(" ")
    // CSS-module and camel-case names ("NewsletterInline_blurb") join words a page means apart.
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);

/**
 * Boilerplate wording, as shapes rather than sentences of one page: whose views a text is
 * (disclaimers), what a post earns or who paid (disclosures), rights lines, prompts to subscribe,
 * follow or share, and media labels and credits ("Video: …", "Photo: …", 写真：…).
 */
const BOILERPLATE_PHRASE = new RegExp(
  [
    String.raw`\b(views|opinions)\s+(expressed|in this)\b`,
    String.raw`\bdo(es)?\s+not\s+(necessarily\s+)?(reflect|represent)\b`,
    String.raw`\baffiliate\s+(links?|programs?|partners?)\b`,
    String.raw`\b(earn|receive|get)s?\s+(a\s+)?(small\s+)?commission\b`,
    String.raw`\b(sponsored|paid for|supported)\s+by\b`,
    String.raw`\bpaid partnership\b`,
    String.raw`^(video|watch|photo|photos|picture|gallery|image|audio|listen|graphic|map|chart)\s*[:：|–—]`,
    String.raw`\b(photo|image|picture)s?\s*(credit|by)?\s*[:：]|\bcredit\s*[:：]|^(sources?|source\(s\)|via)\s*[:：]`,
    // An agency credit closing a caption ("… June 18, 2026. /Xinhua").
    String.raw`\s\/\s?[a-z]+(\s[a-z]+){0,2}\.?$`,
    // Not "Editor's note:": outlets print a series note or a correction under it, both body by the conventions.
    String.raw`(^|[;(]\s*)(additional\s+)?(reporting|editing|writing)\s+by\b`,
    // Where the piece appeared first; not a correction ("This article has been updated. An earlier version …"), which is body.
    String.raw`^(this|the)\s+(article|story|post|piece)\s+(was\s+|has\s+been\s+)?(first\s+|originally\s+)?(published|appeared|appears|ran)\b`,
    String.raw`\b(originally|first)\s+(published|appeared|ran)\s+(by|in|on|at)\b|^(a\s+)?version\s+of\s+this\s+(article|story|post|piece)\b|\b(re)?published\s+(here\s+)?with\s+(the\s+)?permission\b`,
    String.raw`\b(click|tap)\s+here\b`,
    String.raw`^(also\s+read|read\s+also|see\s+also|read\s+more|related|more\s+on\s+this|recommended)\b`,
    String.raw`^(advertisement|advertising|sponsored|promoted|paid\s+content|partner\s+content)\b`,
    String.raw`^(広告|PR|スポンサーリンク|関連(記事|ニュース|リンク)|あわせて読みたい|おすすめ記事|人気記事)`,
    String.raw`\((photos?|images?|pictures?|video)\b[^)]*\)\.?$`,
    String.raw`(筆者|著者|執筆者)(個人)?の(見解|意見)|(所属|当社|弊社)の(見解|立場)を(代表|示)`,
    String.raw`アフィリエイト|広告を含|プロモーションを含`,
    String.raw`^(動画|映像|写真|画像|音声|図|地図)\s*[:：｜|]|(写真|撮影|提供)\s*[:：＝=]|＝[^。]*[)）]$|(動画|映像)を(再生|見る)`,
    String.raw`^※?この記事(は|の(写真|動画|続き))|^【(関連|写真|動画)|(動画|写真|続き)はこちら`,
  ].join("|"),
  "i",
);

/** A correction or update note of the article itself. */
const CORRECTION =
  /^(correction|clarification|update|updated)\b|\ban earlier version of this\b|\b(this|the)\s+(article|story|post|piece|report|commentary)\s+(has\s+been|was)\s+(updated|corrected|amended)\b|^(【)?訂正|おわびして訂正|訂正(しました|します|いたします)/i;

/** A short label and a colon before the text: "Video:", "Editor's note:", "Source(s):", "写真：". */
const LABEL_PREFIX = /^[\p{L}][\p{L}'’ ]{0,24}(\(s\))?[:：]\s*\S/u;

const MONTH = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";
/** A date (numeric, day-month-year, month-day-year, 年月日) or a time of day at the very start. */
const DATED = new RegExp(
  String.raw`^\s*(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\s+(${MONTH})[a-z]*\.?,?\s+\d{4}|(${MONTH})[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}\b)`,
  "i",
);

const textLength = textChars;

const EMPHASIS = new Set(["EM", "I", "SMALL"]);

/** Whether nearly all of the element's text is inside <em>, <i> or <small>. */
function isEmphasised(el: BlockElement): boolean {
  const all = textLength(el);
  if (!all) return false;
  let inside = 0;
  for (const e of Array.from(el.querySelectorAll("em, i, small"))) {
    let nested = false;
    for (let p = e.parentElement; p && p !== el; p = p.parentElement) if (EMPHASIS.has(p.tagName)) nested = true;
    if (!nested) inside += textLength(e);
  }
  return inside / all >= 0.9;
}

/** The deepest element holding all of `els`. */
function commonAncestor(els: readonly BlockElement[]): BlockElement | undefined {
  let common: BlockElement | null | undefined = els[0];
  for (const el of els.slice(1)) while (common && !contains(common, el)) common = common.parentElement;
  return common ?? undefined;
}

/**
 * The nearest of the element and its wrappers (below <body>) with a furniture word, if any; a
 * wrapper that `holdsBody` (most of the prose) is passed over: its word names the site's template
 * (`content--detail-more`), not a box of furniture.
 */
function nearestFurnitureWrapper(el: BlockElement, holdsBody: (e: BlockElement) => boolean): BlockElement | undefined {
  for (let e: BlockElement | null = el; e; e = e.parentElement) {
    if (e.tagName === "BODY" || e.tagName === "HTML") break;
    if (holdsBody(e)) continue;
    const words = classWords(e);
    if (words.some((w) => FURNITURE_WORDS.has(w)) || FURNITURE_WORD_PAIRS.test(words.join(" "))) return e;
  }
  return undefined;
}

/** Whether an element holds more than half of `prose` (the candidate run's elements, by characters); memoised. */
function holderOfMost(prose: readonly BlockElement[]): (e: BlockElement) => boolean {
  const total = prose.reduce((n, p) => n + textChars(p), 0);
  const memo = new Map<BlockElement, boolean>();
  return (e) => {
    let held = memo.get(e);
    if (held === undefined) {
      held = total > 0 && prose.reduce((n, p) => n + (contains(e, p) ? textChars(p) : 0), 0) > total / 2;
      memo.set(e, held);
    }
    return held;
  };
}

/**
 * Whether a furniture word sits on the element or a wrapper below the first that also holds
 * `main`: the nearest such wrapper does not hold `main` (any wrapper above it holds what it holds).
 */
const furnitureBelow = (wrapper: BlockElement | undefined, main: BlockElement | undefined): boolean =>
  !!wrapper && !(main && contains(wrapper, main));

/** A label opening a text ("AIDA NURLANOVA:", "Q:"), lower-cased, or undefined. */
const labelOf = (text: string): string | undefined =>
  LABEL_PREFIX.test(text) ? text.slice(0, text.search(/[:：]/)).trim().toLowerCase() : undefined;

/** Share of content words a block before the run shares with the run for it to restate the body. */
const RESTATES_SHARE = 0.6;

/** The page's root element, from any block's element. */
function pageRoot(els: readonly (BlockElement | undefined)[]): BlockElement | undefined {
  let e = els.find((x) => !!x);
  while (e?.parentElement) e = e.parentElement;
  return e;
}

/**
 * Features of each block; `elementOf` gives a block's element on the untouched page (undefined
 * when it cannot be told, and then the block is judged by its text alone).
 */
export function blockFeatures(
  blocks: readonly ArticleBlock[],
  elementOf: (block: ArticleBlock) => BlockElement | undefined,
): BlockFeatures[] {
  const els = blocks.map(elementOf);
  const texts = blocks.map((b) => b.text.trim());
  // A lead that ends in a colon and has its list under it is a sentence introducing the list.
  const sentence = texts.map((t, i) => SENTENCE_END.test(t) || (/[:：]$/.test(t) && !!blocks[i]!.items?.length));
  const fullWeight = blocks.map((b, i) => weight([texts[i]!, ...(b.items ?? [])].join(" ")));
  const prose = blocks.map((b, i) => b.kind === "paragraph" && sentence[i]! && weight(texts[i]!) >= PROSE_WEIGHT);
  const phrase = texts.map((t) => BOILERPLATE_PHRASE.test(t));
  // The run: prose not worded as boilerplate, then (once its holder is known) without furniture
  // classes, then without the article's head (a standfirst in the headline's wrapper is not body).
  let run = blocks.map((_, i) => prose[i]! && !phrase[i]!);
  // The run's holder is the element around its blocks, never one of its blocks (a run of one paragraph).
  const holder = () =>
    commonAncestor(els.filter((el, i): el is BlockElement => !!el && run[i]!).map((el) => el.parentElement ?? el));
  let main = holder();
  const holdsBody = holderOfMost(els.filter((el, i): el is BlockElement => !!el && run[i]!));
  const furnitureWrapper = els.map((el) => (el ? nearestFurnitureWrapper(el, holdsBody) : undefined));
  run = run.map((r, i) => r && !furnitureBelow(furnitureWrapper[i], main));
  main = holder() ?? main;
  const headline = pageRoot(els)?.querySelector("h1") ?? undefined;
  run = run.map((r, i) => r && !(els[i] && withHeadline(els[i]!, main, headline)));
  main = holder() ?? main;
  const runEls = els.filter((el, i): el is BlockElement => !!el && run[i]!);
  const runParents = new Set(runEls.map((el) => el.parentElement));
  const markups = els.map((el) => (el ? markupOf(el) : ""));
  const runMarkup = new Set(markups.filter((_, i) => run[i]!));
  // Body paragraphs each in a wrapper of their own (a transcript's turns): the wrappers' markup.
  const runParentMarkup = new Set(runEls.map((el) => (el.parentElement ? markupOf(el.parentElement) : "")));
  // Labels the run itself opens with (a transcript's speakers, an interview's "Q:"): the body's form, not a label.
  const runLabels = new Set(texts.filter((_, i) => run[i]!).map(labelOf));
  const first = run.indexOf(true);
  const last = run.lastIndexOf(true);
  // The body as the page shows it: every block from the run's first to its last, lists included.
  const bodyWords = contentWords(
    blocks
      .slice(first, last + 1)
      .map((b) => [b.text, ...(b.items ?? [])].join(" "))
      .join(" "),
  );
  return blocks.map((b, i) => {
    const el = els[i];
    const label = labelOf(texts[i]!);
    const outsideRun = first >= 0 && (i < first || i > last);
    // Among the run's blocks (same parent, same tag) but marked up unlike every one of them.
    const apart =
      !!el &&
      i < first &&
      runParents.has(el.parentElement) &&
      runEls.some((r) => r.tagName === el.tagName && r.parentElement === el.parentElement) &&
      !runMarkup.has(markups[i]!);
    return {
      prose: prose[i]!,
      inRun: run[i]!,
      outsideRun,
      outsideMain: !!(el && main && !contains(main, el)),
      furnitureClass: furnitureBelow(furnitureWrapper[i], main),
      boilerplatePhrase: phrase[i]!,
      labelled: label !== undefined && !runLabels.has(label),
      dated: DATED.test(texts[i]!),
      sentence: sentence[i]!,
      short: fullWeight[i]! < SHORT_WEIGHT,
      emphasised: !!el && (isEmphasised(el) || (!run[i]! && typeSetApart(el) && !runMarkup.has(markups[i]!))),
      linkDense: !!el && linkDensity(el as never) >= 0.5,
      boxed:
        !!(el && main && !run[i]! && contains(main, el) && !runParents.has(el.parentElement)) &&
        // In a wrapper like those of the run's blocks, it is one of the body's repeated turns, not a box.
        !(runMarkup.has(markups[i]!) && el!.parentElement && runParentMarkup.has(markupOf(el!.parentElement))),
      notice: isNoticeWording(texts[i]!),
      besideMedia: !!el && besideMedia(el, texts[i]!.replace(/\s+/g, "").length),
      withHeadline: !!el && withHeadline(el, main, headline),
      apartFromRun: apart,
      correction: CORRECTION.test(texts[i]!),
      authorBio: outsideRun && isAuthorBio(texts[i]!),
      restates: !run[i]! && i < first && restatedShare(texts[i]!, bodyWords) >= RESTATES_SHARE,
    };
  });
}
