/**
 * One furniture score per block of the extracted article, from the structural and wording
 * features of block-features.ts, instead of one rule per kind of furniture: each sign that a
 * block is not body adds its weight, prose in the article's main run takes weight away, and a
 * block scoring BOILERPLATE_THRESHOLD or more is dropped. No single sign reaches the threshold
 * alone, so a body paragraph that mentions a video, opens with a date or is a one-line quote
 * stays; furniture shows several at once (a disclaimer after the article, in a wrapper of its
 * own, worded as one). The weights are evidence units set by hand; the threshold was chosen
 * leaving each fixture set out in turn (bench/block-threshold.ts, docs/benchmarks.md).
 */
import type { ArticleBlock } from "./article.js";
import type { BlockFeatures } from "./block-features.js";

export const BLOCK_WEIGHTS: Readonly<Record<keyof BlockFeatures, number>> = {
  // Strong signs of furniture: what the page calls the block's wrapper, and how it is worded.
  furnitureClass: 2,
  boilerplatePhrase: 2,
  notice: 2,
  authorBio: 2,
  // The page's head: with the headline, above the body (a standfirst, a kicker).
  withHeadline: 2,
  // Weak signs: where it stands, its length and shape.
  outsideMain: 1,
  outsideRun: 1,
  labelled: 1,
  dated: 1,
  short: 1,
  emphasised: 1,
  linkDense: 1,
  boxed: 1,
  besideMedia: 1,
  apartFromRun: 1,
  restates: 1,
  // Signs of body: prose, prose in the main run, and a sentence at all.
  prose: -1,
  inRun: -2,
  sentence: -1,
  // A correction of the article is body (the conventions), though set apart after it like a note.
  correction: -2,
};

/** Blocks scoring this or more are furniture (chosen leaving each fixture set out; see the file comment). */
export const BOILERPLATE_THRESHOLD = 3;

export function blockScore(f: BlockFeatures, weights = BLOCK_WEIGHTS): number {
  let s = 0;
  for (const k of Object.keys(weights) as (keyof BlockFeatures)[]) if (f[k]) s += weights[k];
  return s;
}

/**
 * The blocks without the paragraphs scoring `threshold` or more, without a heading whose
 * every paragraph went with them (the "Other press releases" over a dropped list), and without
 * headings left after the last paragraph.
 */
export function removeBoilerplateBlocks(
  blocks: readonly ArticleBlock[],
  features: readonly BlockFeatures[],
  threshold = BOILERPLATE_THRESHOLD,
): ArticleBlock[] {
  const dropped = blocks.map((b, i) => b.kind === "paragraph" && blockScore(features[i]!) >= threshold);
  const emptied = blocks.map((b, i) => {
    if (b.kind !== "heading") return false;
    let under = 0;
    let lost = 0;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind !== "heading"; j++, under++) if (dropped[j]) lost++;
    return under > 0 && lost === under;
  });
  const kept = blocks.filter((_, i) => !dropped[i] && !emptied[i]);
  // A heading after the last paragraph heads nothing of the article (a "More episodes" over a list the page's rules took).
  let end = kept.length;
  while (end > 0 && kept[end - 1]!.kind === "heading") end--;
  return kept.slice(0, end);
}
