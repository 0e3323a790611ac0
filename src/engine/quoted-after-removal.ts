/**
 * Removing the article answers quote for a story other outlets published too (`remove`,
 * `/sources remove`): which outlet's copy is quoted from now on. One rule for both surfaces, read
 * from the lookups alone — before the removal, the article's paragraphs that are the quoted copy
 * of their story (`quotedCopy`: the copy group's representative, the earliest publication); after
 * it, the outlets the new index names for those paragraphs, now removed (`cited`: a removed
 * paragraph's copies still indexed, earliest first), each as the copy answers now quote.
 * Removing a copy that was not the quoted one changes no quote, and says nothing.
 */
import type { Lookup } from "./lookup.js";
import type { Result } from "./types.js";

type Outlet = NonNullable<Result["alsoPublishedBy"]>[number];

/** What the rule reads: an Engine is one, and so is a lookup opened on an index alone (open-lookup.ts). */
export type QuotedLookup = Pick<Lookup, "articleText" | "cited" | "quotedCopy">;

/** The ids of `docId`'s paragraphs that answers quote for a story another article carries too (call before removing it). */
export function quotedParagraphs(lookup: QuotedLookup, docId: string): string[] {
  return lookup
    .articleText(docId)
    .paragraphs.filter((p) => lookup.quotedCopy(p.id) === p.id && !!lookup.cited(p.id)?.alsoPublishedBy?.length)
    .map((p) => p.id);
}

/** After the removal: the articles now quoted in place of those paragraphs, one entry per article. */
export function quotedInstead(lookup: QuotedLookup, ids: readonly string[]): Outlet[] {
  const byDoc = new Map<string, Outlet>();
  for (const id of ids) {
    const others = lookup.cited(id)?.alsoPublishedBy ?? [];
    if (!others.length) continue;
    // Earliest first, so the first is its group's quoted copy; asked all the same, since that is the rule.
    const quoted = lookup.quotedCopy(others[0]!.id);
    const outlet = others.find((o) => o.id === quoted) ?? others[0]!;
    if (!byDoc.has(outlet.docId)) byDoc.set(outlet.docId, outlet);
  }
  return [...byDoc.values()];
}
