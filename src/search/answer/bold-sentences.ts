/**
 * Which sentences of a judged passage are bold (search/answer/judge.ts judges it): pure choice over
 * sentence indexes and what the judge found in each.
 */

/**
 * A sentence chosen without the focus (by the words it shares) is highlighted only when it holds
 * at least this share of the question's weight: one word of a long claim (the 2年間 of a list item
 * on training places, for a claim on trade over two years) is no shared content.
 */
const MIN_SHARED = 0.2;

export interface SentenceChoice {
  /** Weight of each unit of the question. */
  readonly weights: readonly number[];
  /** Number of sentences in the passage. */
  readonly count: number;
  /** Sentences about the focus (or, without it, holding the most units). */
  readonly about: readonly number[];
  /** The passage holds the focus (true when the question has none). */
  readonly hasFocus: boolean;
  /** The sentences about the focus hold it (not chosen for the words they share). */
  readonly sure: boolean;
  /** Share of each unit the passage holds (0 when absent). */
  readonly shares: Float64Array;
  readonly has: (unit: number, sentence: number) => boolean;
  /** The sentence holds an answer of the expected type. */
  readonly typed: (sentence: number) => boolean;
  /** Share of the question's weight the sentence holds. */
  readonly shared: (sentence: number) => number;
}

/**
 * The sentences to highlight (at most two): those about the focus that hold an answer of the
 * expected type. Without the focus in the passage, the sentences holding its most telling word
 * the question shares (姉妹都市 of "How many sister-city pairs…", not the sentence with the most
 * common words), when one of them holds such an answer.
 */
export function answeringSentences({
  weights,
  count,
  about,
  hasFocus,
  sure,
  shares,
  has,
  typed,
  shared,
}: SentenceChoice): number[] {
  let pick = about.filter(typed);
  if (!hasFocus) {
    let rarest = -1;
    weights.forEach((w, i) => {
      if (shares[i]! > 0 && (rarest < 0 || w > weights[rarest]!)) rarest = i;
    });
    const telling = rarest < 0 ? [] : [...Array(count).keys()].filter((i) => has(rarest, i) && typed(i));
    if (telling.length) pick = telling;
  }
  if (!sure) pick = pick.filter((i) => shared(i) >= MIN_SHARED);
  return pick.slice(0, 2);
}
