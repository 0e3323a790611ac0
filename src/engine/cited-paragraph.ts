/**
 * A citation id (`doc#n`) resolved against the paragraphs and their older texts: the paragraph as
 * it reads now, or — when it changed or vanished since — that it did, when, and what it said.
 * A changed or removed paragraph is never answered with other text as if it were the one cited.
 */
import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { RevisionHistory } from "../index/storage/revisions-file.js";
import { resultOf } from "../search/answer/result.js";
import type { Answer, Result } from "../search/types.js";
import { paragraphLanguage } from "../text/lang.js";

/** `doc#n`: the form of a citation id (doc ids as the corpus allows them, n a paragraph number). */
const CITATION_ID = /^([A-Za-z0-9][A-Za-z0-9._-]{0,127})#([1-9][0-9]{0,8})$/;

export function parseCitationId(text: string): { docId: string; n: number } | undefined {
  const m = CITATION_ID.exec(text.trim());
  return m ? { docId: m[1]!, n: Number(m[2]) } : undefined;
}

export function citedParagraph(
  id: string,
  passage: (id: string) => Passage | undefined,
  document: (docId: string) => DocumentMeta | undefined,
  history: RevisionHistory,
): Result | undefined {
  const parsed = parseCitationId(id);
  if (!parsed) return undefined;
  const current = passage(`${parsed.docId}#${parsed.n}`);
  // The latest older text of this paragraph (history is oldest first).
  const last = [...(history[parsed.docId] ?? [])].reverse().find((v) => v.n === parsed.n);
  const meta = document(parsed.docId);
  const fields = { score: 1, highlights: [], strength: 1 };
  const lang = (text: string) => paragraphLanguage(text, meta?.lang);
  if (current) {
    const result = resultOf(current, meta, fields);
    return {
      ...result,
      citation: last
        ? { status: "changed", since: last.until, previous: last.text, lang: lang(current.text) }
        : { status: "current", lang: lang(current.text) },
    };
  }
  if (!last) return undefined;
  const gone: Passage = {
    id: `${parsed.docId}#${parsed.n}`,
    docId: parsed.docId,
    n: parsed.n,
    text: last.text,
    line: 0,
  };
  return {
    ...resultOf(gone, meta, { ...fields, strength: 0 }),
    citation: { status: "removed", since: last.until, lang: lang(last.text) },
  };
}

/**
 * The answer to a question that is a citation id: the paragraph it names, with its state. A
 * removed paragraph answers nothing (`answerable: false`), its last text shown marked as removed.
 */
export function citedAnswer(question: string, cited: Result): Answer {
  const removed = cited.citation?.status === "removed";
  return {
    question,
    // The reply's language: a citation id is written in Latin letters, so its notices are English (the paragraph's own is `citation.lang`).
    lang: "en",
    answerable: !removed,
    confidence: removed ? "none" : "answer",
    evidence: removed ? 0 : 1,
    results: [cited],
  };
}
