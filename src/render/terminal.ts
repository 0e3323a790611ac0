import type { Answer, Result } from "../search/types.js";
import { stripControls } from "./controls.js";

export interface TerminalStyle {
  readonly color: boolean;
}

const LABELS = {
  ja: { refusal: "記事の中に、この質問に答える箇所は見つかりませんでした。", gloss: "英語の注記(原文ではありません)", dup: "同じ内容" },
  en: {
    refusal: "Nothing in the articles answers that question.",
    gloss: "Gloss (not part of the source)",
    dup: "Same fact also in",
  },
} as const;

/** Marks the highlighted sentences (bold, or 【】 without colour) inside the verbatim quote. */
function markHighlights(r: Result, style: TerminalStyle): string {
  let out = "";
  let at = 0;
  for (const h of r.highlights) {
    out += stripControls(r.text.slice(at, h.start));
    const s = stripControls(r.text.slice(h.start, h.end));
    out += style.color ? `\x1b[1;33m${s}\x1b[0m` : `【${s}】`;
    at = h.end;
  }
  return out + stripControls(r.text.slice(at));
}

function citation(r: Result, i: number, lang: Answer["lang"]): string {
  // English readers get the article's original headline beside the Japanese one.
  const title = lang === "en" && r.sourceTitle ? `${r.title} (“${r.sourceTitle}”)` : r.title;
  const parts = [`[${i + 1}] ${title}`, r.section ? `§ ${r.section}` : "", r.source ?? "", r.id, r.url ?? ""];
  return stripControls(parts.filter(Boolean).join(" — "));
}

/** The answer as a person reads it in a terminal: quotes first, numbered citations after. */
export function renderTerminal(answer: Answer, style: TerminalStyle = { color: false }): string {
  const L = LABELS[answer.lang];
  if (!answer.answerable || answer.results.length === 0) return `${L.refusal}\n`;
  const blocks = answer.results.map((r, i) => {
    const quote = markHighlights(r, style)
      .split("\n")
      .map((l) => `  > ${l}`)
      .join("\n");
    const lines = [`${quote} [${i + 1}]`];
    if (r.glosses.length) lines.push(stripControls(`  (${L.gloss}: ${r.glosses.join("; ")})`));
    if (r.duplicates.length) lines.push(stripControls(`  (${L.dup}: ${r.duplicates.join(", ")})`));
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n\n${answer.results.map((r, i) => citation(r, i, answer.lang)).join("\n")}\n`;
}
