/** Finding the quotations in a message: block quotes and paired quotation marks. */
import { normalizeWithMap } from "../text/quote-form.js";
import type { QuoteStyle, QuotedSpan } from "./types.js";

const PAIRS: ReadonlyArray<readonly [string, string, QuoteStyle]> = [
  ["「", "」", "kagikakko"],
  ["『", "』", "nijukagi"],
  ["“", "”", "curly"],
  ['"', '"', "straight"],
  ["＂", "＂", "straight"],
];

/** Blanks out code blocks and inline code (same length) so their contents are not read as quotes. */
function maskCode(text: string): string {
  return text.replace(/```[\s\S]*?```|`[^`\n]*`/g, (m) => " ".repeat(m.length));
}

/**
 * The quotations in a message: Discord block quotes (`> ` lines, `>>> ` to the end), 「…」 with
 * nested 『』 kept inside, top-level 『…』, “…” and "…". Unbalanced marks are ignored; the same
 * text quoted twice is returned once.
 */
export function findQuotes(message: string): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  let text = maskCode(message);

  // Block quotes first; then blank them so their contents are not scanned again.
  const lines = text.split("\n");
  let offset = 0;
  let block: { start: number; end: number; parts: string[] } | undefined;
  let rest = false;
  const flush = () => {
    if (block) {
      const joined = block.parts.join("\n").trim();
      if (joined) found.push({ text: joined, start: block.start, end: block.end, style: "blockquote" });
    }
    block = undefined;
  };
  for (const line of lines) {
    const m = rest ? (["", "", line] as const) : /^(>>> ?|> )(.*)$/.exec(line);
    if (m) {
      if (m[1] === ">>> " || m[1] === ">>>") rest = true;
      const start = offset + (line.length - (m[2] ?? "").length);
      const original = message.slice(start, offset + line.length);
      if (!block) block = { start, end: offset + line.length, parts: [] };
      block.parts.push(original);
      block.end = offset + line.length;
    } else flush();
    offset += line.length + 1;
  }
  flush();
  for (const q of found) text = text.slice(0, q.start) + " ".repeat(q.end - q.start) + text.slice(q.end);

  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const pair = PAIRS.find(([open]) => open === ch);
    if (!pair) {
      i++;
      continue;
    }
    const [open, close, style] = pair;
    let depth = 1;
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (open !== close && c === open) depth++;
      else if (c === close && --depth === 0) break;
    }
    if (j >= text.length) {
      i++;
      continue;
    }
    const inner = message.slice(i + 1, j);
    if (inner.trim()) spans.push({ text: inner, start: i + 1, end: j, style });
    i = j + 1;
  }
  const all = [...found, ...spans].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return all.filter((q) => {
    const key = normalizeWithMap(q.text).text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
