import { embeddingText } from "../index/fields.js";
import type { KeywordIndex } from "../index/keyword/keyword-index.js";
import type { PassageSet } from "./passages.js";
import type { QueryPlan } from "./plan.js";

/** How much of the question a passage (by index) supports, 0..1. */
export type Support = (i: number) => number;

/**
 * How much of the question each passage supports, remembered per passage for one question: the
 * plan's own measure when it has one (translated questions), else the idf mass of the question's
 * terms the passage holds (looked up in the postings for this passage only). It is both a fusion
 * signal (search/fusion.ts) and the evidence the refusal rests on (search/answer/compose.ts).
 */
export function supportFor(plan: QueryPlan, corpus: PassageSet, keyword: KeywordIndex): Support {
  const { evidence } = plan;
  const seen = new Map<number, number>();
  const covered = evidence ? undefined : keyword.coverageOf(plan.keyword);
  return (i) => {
    let v = seen.get(i);
    if (v === undefined) {
      if (evidence) {
        const p = corpus.passages[i]!;
        v = evidence(embeddingText(p, corpus.titled(p)));
      } else {
        v = covered!(i);
      }
      seen.set(i, v);
    }
    return v;
  };
}
