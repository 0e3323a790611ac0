/**
 * Furniture that is only visible once the article is a list of blocks, because Readability strips
 * the class names that would have told: a pull quote that repeats a sentence of the body, a lone
 * short label ("広告", "Advertisement", a section kicker) and a "related"/"most read" list that
 * sits under a label naming it, whose items are short headlines (dated or linked, often not links
 * once extracted). Judged by what the blocks are — repeated text, length, sentence punctuation —
 * and, for the list, by a small multilingual list of heading cues.
 */
import type { ArticleBlock } from "./article.js";
import { weight } from "./furniture-paragraphs.js";

/** A label is at most this heavy (CJK characters count twice): "広告" is 4, "Advertisement" 13. */
const LABEL_WEIGHT = 14;
/** …and at most this many words. */
const LABEL_WORDS = 2;
/** A repeat shorter than this (normalised characters) is a phrase that may well recur, not a pull quote. */
const MIN_REPEAT_CHARS = 12;
/** A list item this heavy or lighter is a headline; heavier is prose a list of related stories does not hold. */
const HEADLINE_WEIGHT = 120;

/** Ends like a sentence: a full stop, question or exclamation mark, in any of the corpus's scripts, maybe quoted. */
export const SENTENCE_END = /[.!?。！？…]["'”’」』)）]*$/u;

/** Heading cues of related, most-read and popular-story lists in the corpus's languages. */
const LIST_CUES =
  /^\s*(related|more (on|from|stories|news)|most (read|popular|viewed)|popular|trending|latest|see also|read (more|also)|further reading)\b|^\s*(関連|人気|ランキング|よく読まれ|最新|おすすめ|あわせて|相关|热门|推荐|延伸阅读|читайте|по теме|популярн)/i;

/** Letters and digits only, lower-cased: quotation marks and spacing differ between a pull quote and its source. */
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** A short line that is not a sentence: an ad label, a kicker, a "Sponsored" tag. */
export function isLoneLabel(block: ArticleBlock): boolean {
  if (block.kind !== "paragraph" || block.items?.length) return false;
  const text = block.text.trim();
  if (!text || SENTENCE_END.test(text)) return false;
  return weight(text) <= LABEL_WEIGHT && text.split(/\s+/).length <= LABEL_WORDS;
}

/** A paragraph whose text is a label naming a related/most-read list, with short headline items under it. */
export function isRelatedList(block: ArticleBlock): boolean {
  const items = block.items ?? [];
  if (block.kind !== "paragraph" || !items.length) return false;
  const label = block.text.trim();
  if (SENTENCE_END.test(label) || weight(label) > 40 || !LIST_CUES.test(label)) return false;
  return items.every((item) => weight(item.replace(/^- /, "")) <= HEADLINE_WEIGHT);
}

/**
 * The blocks without furniture: lone labels, related lists under their label, and paragraphs whose
 * whole text repeats inside a longer paragraph (the pull quote goes, the body paragraph stays; of
 * two identical paragraphs, the first stays).
 */
export function removeFurnitureBlocks(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const texts = blocks.map((b) => (b.kind === "paragraph" ? normalise(b.text) : ""));
  const repeats = (i: number) => {
    const t = texts[i]!;
    if (t.length < MIN_REPEAT_CHARS || blocks[i]!.items?.length) return false;
    return texts.some((other, j) => j !== i && (other.length > t.length || j < i) && other.includes(t));
  };
  return blocks.filter((b, i) => !(isLoneLabel(b) || isRelatedList(b) || repeats(i)));
}
