/**
 * The near-copies, among an index's paragraphs, of paragraphs that are no longer in it (removed
 * from their article, or their article removed): `/cite` of a removed paragraph names the other
 * outlets that still publish it, as it does for a paragraph that is there. The index's groups
 * (group-copies.ts) hold only the paragraphs it has, and the copy of a story two outlets carried
 * is alone once the other's paragraph is gone; so each removed text is compared with the index's
 * paragraphs by the same test — its band buckets, then the similarity to it at the same threshold.
 */
import { bandKey, BANDS, COPY_SIMILARITY, copySimilarity, MIN_SHINGLES } from "./group-copies.js";
import { jaccard, shingleSet, signatureOf, type Signature } from "./signature.js";

/**
 * For each removed text, the indexes of the paragraphs (`signatures`, in index order; `textOf`
 * gives a paragraph's text for an exact comparison near the threshold) that are its near-copies,
 * in index order.
 */
export function copiesOfRemoved(
  removed: readonly string[],
  signatures: readonly Signature[],
  textOf: (i: number) => string,
  threshold = COPY_SIMILARITY,
): number[][] {
  const found = removed.map((): number[] => []);
  if (!removed.length) return found;
  const removedSignatures = removed.map(signatureOf);
  // Each band's buckets holding a removed text: only paragraphs landing in one are compared.
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  removedSignatures.forEach((s, r) => {
    if (s.shingles < MIN_SHINGLES) return;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(s, band);
      const list = buckets[band]!.get(key);
      if (list) list.push(r);
      else buckets[band]!.set(key, [r]);
    }
  });
  const removedSets = new Map<number, Uint32Array>();
  signatures.forEach((s, i) => {
    if (s.shingles < MIN_SHINGLES) return;
    const tried = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      for (const r of buckets[band]!.get(bandKey(s, band)) ?? []) {
        if (tried.has(r)) continue;
        tried.add(r);
        const exactly = () => {
          let set = removedSets.get(r);
          if (!set) removedSets.set(r, (set = shingleSet(removed[r]!)));
          return jaccard(set, shingleSet(textOf(i)));
        };
        if (copySimilarity(removedSignatures[r]!, s, exactly, threshold) >= threshold) found[r]!.push(i);
      }
    }
  });
  return found;
}
