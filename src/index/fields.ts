import type { DocumentMeta, Passage } from "../corpus/types.js";
import { analyzeAs } from "../text/analyze-as.js";
import { paragraphLanguage, type Language } from "../text/lang.js";

/*
 * What each side of the index sees of a passage: ingest (src/ingest/) builds from these and
 * search reads with them, so both live here.
 */

/** The language a passage is analysed in (its text decides, the document's `lang` is the default; text/lang.ts). */
export function passageLanguage(passage: Pick<Passage, "text">, meta: Pick<DocumentMeta, "lang">): Language {
  return paragraphLanguage(passage.text, meta.lang);
}

/**
 * What the keyword index sees of a passage: its text, its section heading and (twice) its
 * article title, all analysed in the passage's language (a Japanese paragraph exactly as before
 * English paragraphs were indexed: character n-grams; an English one as words).
 */
export function keywordTerms(passage: Passage, meta: Pick<DocumentMeta, "title" | "lang">): string[] {
  const lang = passageLanguage(passage, meta);
  const analyze = (text: string): string[] => analyzeAs(text, lang);
  return [...analyze(passage.text), ...analyze(passage.section ?? ""), ...analyze(meta.title), ...analyze(meta.title)];
}

/** What a neural embedder sees of a passage: title, section and text, so a vector knows its topic. */
export function embeddingText(passage: Passage, meta: Pick<DocumentMeta, "title">): string {
  return [meta.title, passage.section, passage.text].filter(Boolean).join("\n");
}
