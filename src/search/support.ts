import { embeddingText } from "../index/fields.js";
import type { KeywordIndex } from "../index/keyword/keyword-index.js";
import type { PassageSet } from "./passages.js";
import type { PlanSide, QueryPlan } from "./plan.js";
import { synonymCredit } from "./expansion.js";

/** How much of the question a passage (by index) supports, 0..1. */
export type Support = (i: number) => number;

/**
 * How much of the question each passage supports, remembered per passage for one question: the
 * plan's own measure when it has one (translated questions), else the idf mass of the question's
 * terms the passage holds (looked up in the postings for this passage only). It is both a fusion
 * signal (search/fusion.ts) and the evidence the refusal rests on (search/answer/compose.ts).
 */
export function supportFor(
  plan: QueryPlan,
  corpus: PassageSet,
  keyword: KeywordIndex,
  options: { trusted: boolean; credited?: boolean } = { trusted: true },
): Support {
  const { evidence } = plan;
  const seen = new Map<number, number>();
  const [own, ...others] = plan.sides ?? [{ terms: plan.keyword, trust: 1 }];
  const covered = evidence ? undefined : keyword.coverageOf(own!.terms);
  // A question word the passage says otherwise counts in part (expansion.ts).
  // Only for ranking (`credited`, the default): the topic bar reads the question's own words, so that
  // a synonym does not make an absent thing look present (it lent JSQuAD's generated near-topic
  // negatives 9 of 4,442 answers for one study question).
  const credit =
    evidence || options.credited === false ? undefined : synonymCredit(own!.terms, plan.synonyms ?? [], keyword);
  // Each other side's coverage, as far as it is trusted (an archive of both languages: see QueryPlan.sides).
  // Untrusted (the refusal's evidence): what the passage holds of the question as read, however surely it was read.
  const trustOf = (side: PlanSide): number => (options.trusted ? side.trust : 1);
  const across = others.map((side) => ({ coverage: keyword.coverageOf(side.terms), trust: trustOf(side) }));
  return (i) => {
    let v = seen.get(i);
    if (v === undefined) {
      if (evidence) {
        const p = corpus.passages[i]!;
        v = evidence(embeddingText(p, corpus.titled(p)));
      } else {
        v = Math.min(1, covered!(i) + (credit?.(i) ?? 0));
      }
      v *= trustOf(own!);
      for (const side of across) v = Math.max(v, side.trust * side.coverage(i));
      seen.set(i, v);
    }
    return v;
  };
}
