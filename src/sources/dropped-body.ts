/**
 * Body paragraphs Readability dropped from the middle of the article. Its conditional cleaning
 * removes a wrapper whose text is a fifth link text or more and that has few commas: a live
 * blog's short update with an "Also read:" link, a post's section with a source link. The
 * extractor sees that as a gap in the body's own flow, by structure and topic rather than by
 * wording: a `<p>` on the untouched page between the main run's first and last blocks, inside
 * their holder, in a wrapper marked up like the wrappers of the run's paragraphs (tag and class:
 * the page's template for body text), that reads as prose and shares its topic with the run. It
 * must have reached Readability (the class rules did not take it) and not come out of it. A
 * restored paragraph is then scored like every other block (block-score.ts).
 */
import { collapseSpace, type ArticleBlock } from "./article.js";
import { contains, markupOf } from "./block-placement.js";
import { SENTENCE_END } from "./furniture-blocks.js";
import { weight } from "./furniture-paragraphs.js";
import { SOURCE_ATTR, textWithBreaks, type BlockElement } from "./html-blocks.js";
import { contentWords, restatedShare } from "./restates-body.js";

/** Prose weighs at least this (CJK characters count twice), as the run's blocks do (block-features.ts). */
const PROSE_WEIGHT = 120;
/**
 * At least this share of a restored paragraph's content words recur in the run: the body goes on
 * about its topic; a dropped box (a promotion, a notice) brings words of its own.
 */
const TOPIC_SHARE = 0.1;

const numberOf = (el: BlockElement): number => Number(el.getAttribute(SOURCE_ATTR) ?? NaN);

/** A paragraph to put back, and the page number of its element (its place in document order). */
export interface DroppedParagraph {
  readonly block: ArticleBlock;
  readonly n: number;
}

/**
 * The `<p>`s of the untouched page (`page`, by number) Readability dropped from inside the run.
 * `els` and `inRun` are the extracted blocks' page elements and whether each is in the main run;
 * `reached` holds the numbers of the elements Readability was given (after the class rules) and
 * `returned` those it gave back.
 */
export function droppedBodyParagraphs(
  page: readonly BlockElement[],
  els: readonly (BlockElement | undefined)[],
  inRun: readonly boolean[],
  reached: ReadonlySet<number>,
  returned: ReadonlySet<number>,
  texts: readonly string[],
): DroppedParagraph[] {
  const runEls = els.filter((el, i): el is BlockElement => !!el && inRun[i]!);
  if (runEls.length < 2) return [];
  const first = numberOf(runEls[0]!);
  const last = numberOf(runEls[runEls.length - 1]!);
  const parents = runEls.map((el) => el.parentElement).filter((p): p is BlockElement => !!p);
  let holder: BlockElement | null | undefined = parents[0];
  for (const p of parents.slice(1)) while (holder && !contains(holder, p)) holder = holder.parentElement;
  if (!holder) return [];
  const runTags = new Set(runEls.map((el) => el.tagName));
  const wrapperMarkup = new Set(parents.map(markupOf));
  const bodyWords = contentWords(texts.filter((_, i) => inRun[i]).join(" "));
  const blockEls = els.filter((el): el is BlockElement => !!el);
  const out: DroppedParagraph[] = [];
  for (let n = first + 1; n < last; n++) {
    const el = page[n];
    if (!el || el.tagName !== "P" || !runTags.has("P") || !reached.has(n) || returned.has(n)) continue;
    if (!el.parentElement || !wrapperMarkup.has(markupOf(el.parentElement)) || !contains(holder, el)) continue;
    // Neither inside nor around a block the extraction has (its text is there already).
    if (blockEls.some((b) => contains(b, el) || contains(el, b))) continue;
    const text = collapseSpace(textWithBreaks(el));
    if (!SENTENCE_END.test(text) || weight(text) < PROSE_WEIGHT) continue;
    if (restatedShare(text, bodyWords) < TOPIC_SHARE) continue;
    out.push({ block: { kind: "paragraph", text }, n });
  }
  return out;
}

/**
 * The blocks with the paragraphs Readability dropped from the run put back in document order
 * (before the first block whose element comes after theirs), and a finder of every block's page
 * element; undefined when nothing was dropped.
 */
export function restoreDroppedBody(
  blocks: readonly ArticleBlock[],
  elementOf: (block: ArticleBlock) => BlockElement | undefined,
  inRun: readonly boolean[],
  page: readonly BlockElement[],
  reached: ReadonlySet<number>,
  returned: ReadonlySet<number>,
): { blocks: ArticleBlock[]; elementOf: (block: ArticleBlock) => BlockElement | undefined } | undefined {
  const els = blocks.map(elementOf);
  const texts = blocks.map((b) => b.text);
  const dropped = droppedBodyParagraphs(page, els, inRun, reached, returned, texts);
  if (!dropped.length) return undefined;
  const out: ArticleBlock[] = [];
  let d = 0;
  blocks.forEach((b, i) => {
    const el = els[i];
    const n = el ? numberOf(el) : NaN;
    while (d < dropped.length && dropped[d]!.n < n) out.push(dropped[d++]!.block);
    out.push(b);
  });
  while (d < dropped.length) out.push(dropped[d++]!.block);
  const restored = new Map(dropped.map((x) => [x.block, page[x.n]]));
  return { blocks: out, elementOf: (b) => restored.get(b) ?? elementOf(b) };
}
