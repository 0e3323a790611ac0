/**
 * The older texts of changed and removed paragraphs (corpus/paragraph-ids.ts), copied into the
 * index at ingest so that the engine can tell `/cite doc#n` that a paragraph changed or vanished
 * since it was quoted, without reading anything beside the corpus. Optional: an index whose
 * articles never changed has no such file, and its other files are byte for byte what they were.
 */
import type { PastVersion } from "../../corpus/paragraph-ids.js";
import { FormatError } from "./binary.js";

export const REVISIONS_FILE = "revisions.json";

/**
 * An older text as the index keeps it: a removed paragraph's last text also names the paragraphs
 * of other articles that are its near-copies (index/copies/removed-copies.ts; citation ids, the
 * earliest publication first), so `/cite` of it names the outlets that still publish it; an empty
 * list when none does. A removed paragraph with no list at all is from an index built before
 * ingest looked them up: `cite` says the other outlets are not known.
 */
export interface IndexedPastVersion extends PastVersion {
  readonly copies?: readonly string[];
}

/** Per article, the older texts of its paragraphs, oldest first. */
export type RevisionHistory = Readonly<Record<string, readonly IndexedPastVersion[]>>;

export function encodeRevisionHistory(history: RevisionHistory): Uint8Array[] {
  return [Buffer.from(JSON.stringify({ format: 1, documents: history }))];
}

export function decodeRevisionHistory(bytes: Uint8Array): RevisionHistory {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (err) {
    throw new FormatError(
      `${REVISIONS_FILE}: expected JSON, received text that does not parse (${(err as Error).message})`,
    );
  }
  const documents = (data as { documents?: unknown } | null)?.documents;
  if ((data as { format?: unknown } | null)?.format !== 1 || typeof documents !== "object" || documents === null) {
    throw new FormatError(`${REVISIONS_FILE}: expected { "format": 1, "documents": {…} }`);
  }
  for (const [docId, list] of Object.entries(documents)) {
    if (
      !Array.isArray(list) ||
      !list.every(
        (v) =>
          typeof v?.n === "number" &&
          typeof v?.text === "string" &&
          typeof v?.until === "string" &&
          (v?.status === "changed" || v?.status === "removed"),
      )
    ) {
      throw new FormatError(`${REVISIONS_FILE}: documents.${docId}: expected [{ n, text, until, status }]`);
    }
  }
  return documents as RevisionHistory;
}
