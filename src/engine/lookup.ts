/**
 * Paragraph and article lookups by id: cheap, synchronous, and the same whether the engine runs
 * in this thread or in worker threads (which send their passages over once, when they open).
 */
import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { Engine } from "./types.js";

export type Lookup = Pick<Engine, "passage" | "context" | "document" | "documents" | "passages">;

export function lookupOf(passages: readonly Passage[], documents: readonly DocumentMeta[]): Lookup {
  const byId = new Map(passages.map((p, i) => [p.id, i]));
  const metaOf = new Map(documents.map((d) => [d.docId, d]));
  return {
    passage: (id: string): Passage | undefined => {
      const i = byId.get(id.trim());
      return i === undefined ? undefined : passages[i];
    },
    context: (id: string, radius = 1): readonly Passage[] => {
      const i = byId.get(id.trim());
      if (i === undefined) return [];
      const p = passages[i]!;
      return passages.slice(Math.max(0, i - radius), i + radius + 1).filter((q) => q.docId === p.docId);
    },
    document: (docId: string): DocumentMeta | undefined => metaOf.get(docId),
    documents: () => documents,
    passages: () => passages,
  };
}
