/**
 * `/sources remove` of the article answers quote for a story other outlets published too: which
 * outlet's copy is quoted from now on. Read from the engines alone — before the removal, the
 * article's paragraphs that are quoted for their story; after it, the outlets the new index names
 * for those paragraphs, now removed (engine `cited`: a removed paragraph's copies, earliest first —
 * the first is the publication answers now quote).
 */
import type { Engine, Result } from "../engine/index.js";

type Outlet = NonNullable<Result["alsoPublishedBy"]>[number];

/** The ids of `docId`'s paragraphs that answers quote for a story other outlets carry (call before removing it). */
export function quotedParagraphs(engine: Engine, docId: string): string[] {
  const ids: string[] = [];
  for (const p of engine.articleText(docId).paragraphs) {
    const others = engine.cited(p.id)?.alsoPublishedBy ?? [];
    // A copy names the publication answers quote first: this paragraph is it when it comes first for a copy of it.
    if (others.some((c) => engine.cited(c.id)?.alsoPublishedBy?.[0]?.docId === docId)) ids.push(p.id);
  }
  return ids;
}

/** After the removal: the articles now quoted in place of those paragraphs, one entry per article. */
export function quotedInstead(engine: Engine, ids: readonly string[]): Outlet[] {
  const byDoc = new Map<string, Outlet>();
  for (const id of ids) {
    const first = engine.cited(id)?.alsoPublishedBy?.[0];
    if (first && !byDoc.has(first.docId)) byDoc.set(first.docId, first);
  }
  return [...byDoc.values()];
}
