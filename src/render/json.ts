import type { Answer } from "../search/types.js";
import { citationJson } from "./citation.js";

/**
 * One JSON line per answer: the contract `search --json` keeps with the evaluation scorer
 * ({question, answerable, results: [{id, text, score, title, ...}]}).
 * `lang` is the question's language for a search; for a citation id (`cite --json`, `search --json
 * doc#n`) it is the cited paragraph's, and `message_lang` the language the notices are written in.
 */
export function answerToJsonLine(answer: Answer): string {
  const cited = answer.results[0]?.citation?.lang;
  return JSON.stringify({
    question: answer.question,
    lang: cited ?? answer.lang,
    ...(cited ? { message_lang: answer.lang } : {}),
    answerable: answer.answerable,
    confidence: answer.confidence,
    evidence: answer.evidence,
    results: answer.results.map((r) => ({
      id: r.id,
      text: r.text,
      score: r.score,
      strength: r.strength,
      ...citationJson(r),
      highlights: r.highlights.map((h) => r.text.slice(h.start, h.end)),
      ...(r.duplicates.length ? { duplicates: r.duplicates } : {}),
      ...(r.glosses.length ? { glosses: r.glosses } : {}),
      // Only for a citation id asked as a question: whether the paragraph still reads as cited.
      ...(r.citation
        ? {
            status: r.citation.status,
            ...(r.citation.since ? { since: r.citation.since } : {}),
            ...(r.citation.previous !== undefined ? { previous: r.citation.previous } : {}),
            ...(r.citation.copiesUnknown ? { copies_unknown: true } : {}),
          }
        : {}),
      // Near-copies of the paragraph from other outlets (grouped at ingest), earliest first.
      ...(r.alsoPublishedBy?.length ? { also_published_by: r.alsoPublishedBy } : {}),
    })),
  });
}
