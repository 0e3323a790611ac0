/**
 * Paragraph and article lookups by id: cheap, synchronous, and the same whether the engine runs
 * in this thread or in worker threads (which send their passages over once, when they open).
 */
import type { DocumentMeta, Passage } from "../corpus/types.js";
import { CopyGroups } from "../index/copies/copies-file.js";
import type { Groups } from "../index/copies/group-copies.js";
import type { IndexedPastVersion, RevisionHistory } from "../index/storage/revisions-file.js";
import { passageListOf, type PassageList } from "../index/storage/passage-reader.js";
import { otherOutlets, publishedCopy } from "../search/copies.js";
import { citedParagraph } from "./cited-paragraph.js";
import type { Engine } from "./types.js";
import type { Result } from "../search/types.js";

/** Passages one suggestion scans at most (autocomplete runs per keystroke; a large index is not read whole each time). */
export const SUGGEST_SCAN_BUDGET = 20_000;

const SUGGEST_BLOCK = 512;

export type Lookup = Pick<
  Engine,
  "passage" | "cited" | "quotedCopy" | "articleText" | "context" | "document" | "documents" | "suggestPassages" | "size"
>;

/** `passages`: an array, or (the bot's thread beside engine workers) a list read on demand from the index's file. */
export function lookupOf(
  list: readonly Passage[] | PassageList,
  documents: readonly DocumentMeta[],
  revisions: RevisionHistory = {},
  copyGroups: Groups = [],
): Lookup {
  const passages: PassageList = Array.isArray(list) ? passageListOf(list) : (list as PassageList);
  const byId = new Map<string, number>();
  for (let i = 0; i < passages.length; i++) byId.set(passages.idAt(i), i);
  const metaOf = new Map(documents.map((d) => [d.docId, d]));
  const copies = new CopyGroups(copyGroups, passages.length);
  const passage = (id: string): Passage | undefined => {
    const i = byId.get(id.trim());
    return i === undefined ? undefined : passages.at(i);
  };
  return {
    passage,
    cited: (id: string) => {
      const cited = citedParagraph(id, passage, (docId) => metaOf.get(docId), revisions);
      if (!cited) return cited;
      // A paragraph cited by its id names the other outlets of its story, as an answer quoting it
      // would; a removed one, those whose copy is still in the index (found at ingest: read-back-indexes.ts).
      const i = cited.citation?.status === "removed" ? undefined : byId.get(cited.id);
      if (i === undefined) {
        const last = lastVersion(revisions, cited);
        // An index built before ingest looked the copies up has no list at all (an empty one: none found).
        if (last && !last.copies) return { ...cited, citation: { ...cited.citation!, copiesUnknown: true } };
        const others = (last?.copies ?? [])
          .map(passage)
          .filter((p): p is Passage => p !== undefined)
          .map((p) => publishedCopy(p, metaOf.get(p.docId)));
        return others.length ? { ...cited, alsoPublishedBy: others } : cited;
      }
      const others = otherOutlets(
        i,
        copies,
        (m) => passages.at(m),
        (p) => metaOf.get(p.docId),
      );
      return others.length ? { ...cited, alsoPublishedBy: others } : cited;
    },
    quotedCopy: (id: string) => {
      const i = byId.get(id.trim());
      return i === undefined ? undefined : passages.idAt(copies.representativeOf(i));
    },
    articleText: (docId: string) => {
      // An article's paragraphs are contiguous and in order in the index; its first is found once, by a scan.
      let first = 0;
      while (first < passages.length && passages.docIdAt(first) !== docId) first++;
      let end = first;
      while (end < passages.length && passages.docIdAt(end) === docId) end++;
      return { paragraphs: passages.range(first, end), history: revisions[docId] ?? [] };
    },
    context: (id: string, radius = 1): readonly Passage[] => {
      const i = byId.get(id.trim());
      if (i === undefined) return [];
      const docId = passages.docIdAt(i);
      return passages.range(Math.max(0, i - radius), i + radius + 1).filter((q) => q.docId === docId);
    },
    document: (docId: string): DocumentMeta | undefined => metaOf.get(docId),
    documents: () => documents,
    suggestPassages: (typed: string, limit: number): readonly Passage[] => {
      // Case-insensitive on both sides; at most `limit` matches, from at most SUGGEST_SCAN_BUDGET passages.
      const q = typed.toLowerCase();
      if (!q) return passages.range(0, limit);
      const hits: Passage[] = [];
      const end = Math.min(passages.length, SUGGEST_SCAN_BUDGET);
      // A block of passages at a time: one read of their text when it is on disk.
      for (let from = 0; from < end && hits.length < limit; from += SUGGEST_BLOCK) {
        for (const p of passages.range(from, Math.min(end, from + SUGGEST_BLOCK))) {
          if (hits.length >= limit) break;
          if (p.id.toLowerCase().startsWith(q) || p.text.toLowerCase().includes(q)) hits.push(p);
        }
      }
      return hits;
    },
    size: () => ({ documents: documents.length, paragraphs: passages.length }),
  };
}

/** Removed paragraph `cited`'s last version: its `copies`, the paragraphs still indexed that copy it, earliest first. */
function lastVersion(revisions: RevisionHistory, cited: Pick<Result, "docId" | "n">): IndexedPastVersion | undefined {
  return [...(revisions[cited.docId] ?? [])].reverse().find((v) => v.n === cited.n);
}
