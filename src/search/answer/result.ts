import type { DocumentMeta, Passage } from "../../corpus/types.js";
import type { Result } from "../types.js";

/** A quotable result: the passage verbatim with its article's citation fields. */
export function resultOf(
  p: Passage,
  meta: DocumentMeta | undefined,
  fields: Pick<Result, "score" | "highlights"> & Partial<Pick<Result, "duplicates" | "glosses" | "strength">>,
): Result {
  return {
    id: p.id,
    docId: p.docId,
    n: p.n,
    title: meta?.title ?? p.docId,
    ...(meta?.sourceTitle ? { sourceTitle: meta.sourceTitle } : {}),
    ...(meta?.source ? { source: meta.source } : {}),
    ...(meta?.url ? { url: meta.url } : {}),
    ...(p.section ? { section: p.section } : {}),
    text: p.text,
    score: fields.score,
    highlights: fields.highlights,
    duplicates: fields.duplicates ?? [],
    glosses: fields.glosses ?? [],
    strength: fields.strength ?? 0,
  };
}
