/**
 * Near-copies in an answer (groups found at ingest, index/copies/): one story republished by
 * several outlets counts once. A ranked list keeps each group's best-ranked place and puts its
 * representative there (the earliest publication), so three outlets' versions of one paragraph
 * never fill three quotes; each quoted representative then names the other outlets ("also
 * published by").
 */
import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { CopyGroups } from "../index/copies/copies-file.js";
import type { PassageSet } from "./passages.js";
import type { PublishedCopy, Result } from "./types.js";

/** The ranked list with each group at its best place, as its representative (its score kept). */
export function collapseCopies(
  ranked: ReadonlyArray<readonly [number, number]>,
  copies: CopyGroups,
): Array<readonly [number, number]> {
  if (copies.size === 0) return ranked.slice();
  const seen = new Set<number>();
  const out: Array<readonly [number, number]> = [];
  for (const [i, score] of ranked) {
    const rep = copies.representativeOf(i);
    if (seen.has(rep)) continue;
    seen.add(rep);
    out.push([rep, score]);
  }
  return out;
}

/** Each group's representative by its citation id, made once per index (not per question). */
const representatives = new WeakMap<CopyGroups, Map<string, number>>();

function representativesOf(copies: CopyGroups, corpus: PassageSet): Map<string, number> {
  let byId = representatives.get(copies);
  if (!byId) {
    byId = new Map(copies.groups.map((g) => [corpus.passages[g[0]!]!.id, g[0]!]));
    representatives.set(copies, byId);
  }
  return byId;
}

/**
 * The other articles of paragraph i's group, earliest first, one entry per article (i's own
 * article left out): for a representative, the outlets that copied it; for a copy, the one it is
 * quoted as and the other copies. Empty for a paragraph in no group.
 */
export function otherOutlets(
  i: number,
  copies: CopyGroups,
  passage: (i: number) => Passage,
  meta: (p: Passage) => DocumentMeta | undefined,
): PublishedCopy[] {
  const named = new Set([passage(i).docId]);
  const others: PublishedCopy[] = [];
  for (const m of copies.membersOf(i)) {
    const p = passage(m);
    if (named.has(p.docId)) continue;
    named.add(p.docId);
    others.push(publishedCopy(p, meta(p)));
  }
  return others;
}

/** One other outlet's copy of a paragraph, as "Also published by" names it. */
export function publishedCopy(p: Passage, doc: DocumentMeta | undefined): PublishedCopy {
  return {
    id: p.id,
    docId: p.docId,
    title: doc?.title ?? p.docId,
    ...(doc?.source ? { source: doc.source } : {}),
    ...(doc?.published ? { published: doc.published } : {}),
    ...(doc?.url ? { url: doc.url } : {}),
  };
}

/** Results with the other outlets of their paragraph's group, earliest first, one per article. */
export function withCopies(results: readonly Result[], copies: CopyGroups, corpus: PassageSet): Result[] {
  if (copies.size === 0) return results.slice();
  const byId = representativesOf(copies, corpus);
  return results.map((r) => {
    const rep = byId.get(r.id);
    if (rep === undefined) return r;
    const others = otherOutlets(
      rep,
      copies,
      (i) => corpus.passages[i]!,
      (p) => corpus.meta(p),
    );
    return others.length ? { ...r, alsoPublishedBy: others } : r;
  });
}
