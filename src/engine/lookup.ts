/**
 * Paragraph and article lookups by id: cheap, synchronous, and the same whether the engine runs
 * in this thread or in worker threads (which send their passages over once, when they open).
 */
import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { Engine } from "./types.js";

export type Lookup = Pick<Engine, "passage" | "context" | "document" | "documents" | "suggestPassages" | "size">;

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
    suggestPassages: (typed: string, limit: number): readonly Passage[] => {
      const hits: Passage[] = [];
      for (const p of passages) {
        if (hits.length >= limit) break;
        if (!typed || p.id.toLowerCase().startsWith(typed) || p.text.includes(typed)) hits.push(p);
      }
      return hits;
    },
    size: () => ({ documents: documents.length, paragraphs: passages.length }),
  };
}
