/**
 * Which quote an answer leads with. The outcome is decided by the strongest of the first few
 * quotes (compose.ts, ANSWER_DEPTH); a quote that can decide it is the one shown first, so an
 * `answer` never opens with a passage its own judgement finds too weak to answer (a 1% quote
 * above a 66% one). Pure.
 *
 * Tried and not kept (bench/calibration.mjs, folds 0–3 with JSQuAD valid): leading with a strong
 * quote that has a bold sentence before a stronger one without lowered JSQuAD R@1 0.9275 → 0.9113.
 */

/**
 * `items` with the first one at least `threshold` strong moved to the front when the first is
 * weaker; the rest keep their order. Unchanged when the first is strong enough or none is.
 */
export function leadWithDeciding<T>(items: readonly T[], strength: (item: T) => number, threshold: number): T[] {
  const at = items.findIndex((x) => strength(x) >= threshold);
  if (at <= 0) return [...items];
  return [items[at]!, ...items.slice(0, at), ...items.slice(at + 1)];
}
