/**
 * Paragraph and article lookups by id: cheap, synchronous, and the same whether the engine runs
 * in this thread or in worker threads (which send their passages over once, when they open).
 */
import type { DocumentMeta, Passage } from "../corpus/types.js";
import { CopyGroups } from "../index/copies/copies-file.js";
import type { Groups } from "../index/copies/group-copies.js";
import type { RevisionHistory } from "../index/storage/revisions-file.js";
import { otherOutlets } from "../search/copies.js";
import { citedParagraph } from "./cited-paragraph.js";
import type { Engine } from "./types.js";

/** Passages one suggestion scans at most (autocomplete runs per keystroke; a large index is not read whole each time). */
export const SUGGEST_SCAN_BUDGET = 20_000;

export type Lookup = Pick<
  Engine,
  "passage" | "cited" | "articleText" | "context" | "document" | "documents" | "suggestPassages" | "size"
>;

export function lookupOf(
  passages: readonly Passage[],
  documents: readonly DocumentMeta[],
  revisions: RevisionHistory = {},
  copyGroups: Groups = [],
): Lookup {
  const byId = new Map(passages.map((p, i) => [p.id, i]));
  const metaOf = new Map(documents.map((d) => [d.docId, d]));
  const copies = new CopyGroups(copyGroups, passages.length);
  const passage = (id: string): Passage | undefined => {
    const i = byId.get(id.trim());
    return i === undefined ? undefined : passages[i];
  };
  return {
    passage,
    cited: (id: string) => {
      const cited = citedParagraph(id, passage, (docId) => metaOf.get(docId), revisions);
      // A paragraph cited by its id names the other outlets of its story, as an answer quoting it would.
      const i = cited?.citation?.status === "removed" ? undefined : byId.get(cited?.id ?? "");
      if (!cited || i === undefined) return cited;
      const others = otherOutlets(
        i,
        copies,
        (m) => passages[m]!,
        (p) => metaOf.get(p.docId),
      );
      return others.length ? { ...cited, alsoPublishedBy: others } : cited;
    },
    articleText: (docId: string) => {
      // An article's paragraphs are contiguous and in order in the index; its first is found once, by a scan.
      const first = passages.findIndex((p) => p.docId === docId);
      let end = first;
      while (end >= 0 && end < passages.length && passages[end]!.docId === docId) end++;
      return { paragraphs: first < 0 ? [] : passages.slice(first, end), history: revisions[docId] ?? [] };
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
      // Case-insensitive on both sides; at most `limit` matches, from at most SUGGEST_SCAN_BUDGET passages.
      const q = typed.toLowerCase();
      if (!q) return passages.slice(0, limit);
      const hits: Passage[] = [];
      const end = Math.min(passages.length, SUGGEST_SCAN_BUDGET);
      for (let i = 0; i < end && hits.length < limit; i++) {
        const p = passages[i]!;
        if (p.id.toLowerCase().startsWith(q) || p.text.toLowerCase().includes(q)) hits.push(p);
      }
      return hits;
    },
    size: () => ({ documents: documents.length, paragraphs: passages.length }),
  };
}
