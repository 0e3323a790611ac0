import type { KeywordIndex } from "../index/keyword/keyword-index.js";
import type { Hits } from "./fusion.js";
import type { PlanSide } from "./plan.js";

/*
 * Keyword candidates of a question asked of an archive in two languages (QueryPlan.sides: its
 * terms for each language's paragraphs). BM25 over the union of the sides ranks by whichever side
 * has more and heavier terms, not by which passage answers: a Japanese question's dozens of
 * character n-grams outweigh the few English words its dictionary reading gives, so its English
 * paragraph never reaches the candidates. Each side is searched on its own, and its scores are
 * put on one scale: a side's hits relative to its best, times how much of that side's question
 * its best hit holds (support, an idf share in [0, 1] that means the same in either language)
 * and how far the side is trusted (PlanSide.trust).
 * A side whose best passage holds little of it then ranks below a side whose best holds most.
 * Undefined when fewer than two sides find anything (an archive of one language): BM25 over the
 * union then ranks exactly as it did before the sides.
 */

export function sideHits(
  keyword: KeywordIndex,
  sides: readonly PlanSide[],
  depth: number,
  allowed?: (index: number) => boolean,
): Hits | undefined {
  const merged = new Map<number, number>();
  let found = 0;
  for (const side of sides) {
    const hits = keyword.search(side.terms, depth, allowed);
    const best = hits[0];
    if (!best || !(best[1] > 0)) continue;
    found++;
    const scale = (side.trust * keyword.coverageOf(side.terms)(best[0])) / best[1];
    for (const [i, s] of hits) merged.set(i, Math.max(merged.get(i) ?? 0, s * scale));
  }
  if (found < 2) return undefined;
  return [...merged].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, depth);
}
