import type { DocumentMeta, Passage } from "../corpus/types.js";
import { analyze } from "../text/analyzer.js";

/*
 * What each side of the index sees of a passage: ingest (src/ingest/) builds from these and
 * search reads with them, so both live here.
 */

/** What the keyword index sees of a passage: its text, its section heading and (twice) its article title. */
export function keywordTerms(passage: Passage, meta: Pick<DocumentMeta, "title">): string[] {
  return [...analyze(passage.text), ...analyze(passage.section ?? ""), ...analyze(meta.title), ...analyze(meta.title)];
}

/** What a neural embedder sees of a passage: title, section and text, so a vector knows its topic. */
export function embeddingText(passage: Passage, meta: Pick<DocumentMeta, "title">): string {
  return [meta.title, passage.section, passage.text].filter(Boolean).join("\n");
}
