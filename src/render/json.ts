import type { Answer } from "../search/types.js";

/**
 * One JSON line per answer: the contract `search --json` keeps with the evaluation scorer
 * ({question, answerable, results: [{id, text, score, title, ...}]}).
 */
export function answerToJsonLine(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    lang: answer.lang,
    answerable: answer.answerable,
    confidence: answer.confidence,
    evidence: answer.evidence,
    results: answer.results.map((r) => ({
      id: r.id,
      text: r.text,
      score: r.score,
      strength: r.strength,
      title: r.title,
      ...(r.sourceTitle ? { source_title: r.sourceTitle } : {}),
      source: r.source ?? null,
      section: r.section ?? null,
      paragraph: r.n,
      ...(r.url ? { url: r.url } : {}),
      highlights: r.highlights.map((h) => r.text.slice(h.start, h.end)),
      ...(r.duplicates.length ? { duplicates: r.duplicates } : {}),
      ...(r.glosses.length ? { glosses: r.glosses } : {}),
    })),
  });
}
