import { nearest } from "../text/nearest.js";
import type { Engine } from "./types.js";

/**
 * What a citation id that names nothing could have meant: the article's first and last
 * paragraph when the article exists (a paragraph number out of range), else the nearest article
 * id (a typo before `#`), else nothing. One reading for `summit-bot cite` and `/cite`.
 */
export type CitationHint =
  | { readonly kind: "range"; readonly docId: string; readonly first: number; readonly last: number }
  | { readonly kind: "guess"; readonly id: string };

export function citationHint(
  engine: Pick<Engine, "document" | "documents" | "articleText">,
  id: string,
): CitationHint | undefined {
  const [docId = "", n = ""] = id.split("#");
  if (engine.document(docId)) {
    const numbers = engine.articleText(docId).paragraphs.map((p) => p.n);
    return numbers.length
      ? { kind: "range", docId, first: Math.min(...numbers), last: Math.max(...numbers) }
      : undefined;
  }
  const guess = nearest(
    docId,
    engine.documents().map((d) => d.docId),
  );
  return guess ? { kind: "guess", id: `${guess}${n ? `#${n}` : ""}` } : undefined;
}
