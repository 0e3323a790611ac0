import type { Embedder } from "../embed/types.js";
import type { KeywordIndex } from "../index/keyword/keyword-index.js";
import type { VectorIndex } from "../index/vector/vector-index.js";
import type { Hits } from "./fusion.js";
import { sideHits } from "./side-hits.js";
import { withSynonyms } from "./expansion.js";
import type { QueryPlan } from "./plan.js";
import type { Scope } from "./passages.js";
import type { RetrieverTuning } from "./tuning.js";

/** Both lists of a question's candidates, and the question's vector (for the cosine signal). */
export interface Candidates {
  readonly keywordHits: Hits;
  readonly vectorHits: Hits;
  readonly queryVector: Float32Array | undefined;
}

export interface CandidateSources {
  readonly keyword: KeywordIndex;
  readonly vectors: VectorIndex;
  readonly embedder: Embedder;
}

/**
 * The best `depth` passages of each list within the scope: BM25 only where keywords count (the
 * support that refusal rests on is looked up per candidate later), cosine only where vectors do.
 */
export async function candidatesFor(
  plan: QueryPlan,
  sources: CandidateSources,
  tuning: RetrieverTuning,
  scope: Scope,
): Promise<Candidates> {
  const depth = Math.min(tuning.depth, scope.count);
  const keywordHits: Hits =
    tuning.mode === "vector"
      ? []
      : ((plan.sides && sideHits(sources.keyword, plan.sides, depth, scope.allowed)) ??
        sources.keyword.search(withSynonyms(plan.keyword, plan.synonyms ?? []), depth, scope.allowed));
  let vectorHits: Hits = [];
  let queryVector: Float32Array | undefined;
  if (tuning.mode !== "keyword" && plan.vectorText.trim()) {
    queryVector = await sources.embedder.embedQuery(plan.vectorText);
    vectorHits = sources.vectors.search(queryVector, depth, scope.allowed).filter(([, s]) => s > 0);
  }
  return { keywordHits, vectorHits, queryVector };
}
