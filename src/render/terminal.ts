import type { Answer, Result, Span } from "../search/types.js";
import { formatCitation } from "./citation.js";
import { renderCitedTerminal } from "./cited-paragraph.js";
import { stripControls } from "./controls.js";
import { ELLIPSIS, fitWindow } from "./text.js";
import { charWidth } from "./width.js";
import { ALSO_PUBLISHED_BY, publishedCopiesText } from "./copies.js";
import { QUOTE_LABELS } from "./quote-labels.js";

export interface TerminalStyle {
  readonly color: boolean;
  /** Terminal columns to wrap quotes to (each wrapped line keeps its `> `); no wrapping when absent. */
  readonly width?: number;
  /** A paragraph longer than this many characters is shown as a window around its highlight. */
  readonly maxQuoteChars?: number;
}

/** Long enough for any ordinary news paragraph; a 19,000-character one is shown as an excerpt. */
export const DEFAULT_MAX_QUOTE_CHARS = 800;
const PREFIX = "  > ";
const BOLD = "\x1b[1;33m";
const RESET = "\x1b[0m";

const LABELS = {
  ja: {
    refusal: "記事の中に、この質問に答える箇所は見つかりませんでした。",
    related: "記事にはこの答えが直接書かれていません。近い箇所(回答ではありません):",
    ...QUOTE_LABELS.ja,
    dup: "同じ内容",
    excerpt: (shown: number, total: number) =>
      `(抜粋: 全${total.toLocaleString("en-US")}字のうち${shown.toLocaleString("en-US")}字。段落全体は --full で表示)`,
  },
  en: {
    refusal: "Nothing in the articles answers that question.",
    related: "The articles don't say this directly. Closest passages (not an answer):",
    ...QUOTE_LABELS.en,
    dup: "Same fact also in",
    excerpt: (shown: number, total: number) =>
      `(excerpt: ${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} characters; --full prints the whole paragraph)`,
  },
} as const;

/** One character of a quote and whether it is part of a highlighted sentence. */
interface Cell {
  readonly ch: string;
  readonly marked: boolean;
}

/**
 * The quote as cells: the window [start, end) of the paragraph without control characters,
 * highlights marked (with 【】 added when there is no colour to show them), ellipses where the
 * window cuts the paragraph.
 */
function cells(
  text: string,
  highlights: readonly Span[],
  start: number,
  end: number,
  lead: boolean,
  tail: boolean,
  color: boolean,
): Cell[] {
  const out: Cell[] = [];
  const push = (s: string, marked: boolean) => {
    for (const ch of stripControls(s)) out.push({ ch, marked });
  };
  if (lead) push(ELLIPSIS, false);
  let at = start;
  const spans = highlights
    .map((h) => ({ start: Math.max(h.start, start), end: Math.min(h.end, end) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  for (const h of spans) {
    if (h.start < at) continue;
    push(text.slice(at, h.start), false);
    if (!color) push("【", false);
    push(text.slice(h.start, h.end), true);
    if (!color) push("】", false);
    at = h.end;
  }
  push(text.slice(at, end), false);
  if (tail) push(ELLIPSIS, false);
  return out;
}

/**
 * Splits one source line into rows of at most `room` columns, plus a space that may hang into the
 * margin column. A row ends after a space when one is in its second half (English), else where
 * it is full (Japanese has no spaces); nothing is dropped, so the rows joined give the line back.
 */
function wrap(line: Cell[], room: number | undefined): Cell[][] {
  if (room === undefined || room < 8) return [line];
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let width = 0;
  for (const cell of line) {
    const w = charWidth(cell.ch);
    if (width + w > room && cell.ch === " ") {
      row.push(cell);
      rows.push(row);
      row = [];
      width = 0;
      continue;
    }
    if (width + w > room && row.length) {
      const space = row.map((c) => c.ch).lastIndexOf(" ");
      const cut = space >= row.length / 2 ? space + 1 : row.length;
      rows.push(row.slice(0, cut));
      row = row.slice(cut);
      width = row.reduce((n, c) => n + charWidth(c.ch), 0);
    }
    row.push(cell);
    width += w;
  }
  rows.push(row);
  return rows;
}

function paint(row: readonly Cell[], color: boolean): string {
  if (!color) return row.map((c) => c.ch).join("");
  let out = "";
  let on = false;
  for (const c of row) {
    if (c.marked !== on) {
      out += c.marked ? BOLD : RESET;
      on = c.marked;
    }
    out += c.ch;
  }
  return on ? out + RESET : out;
}

/** The quote block of one result: every line, wrapped or not, starts with `  > `. */
function quoteLines(r: Result, style: TerminalStyle, suffix: string): { lines: string[]; shown: number } {
  const max = style.maxQuoteChars ?? DEFAULT_MAX_QUOTE_CHARS;
  const w = fitWindow(r.text, max, r.highlights[0]);
  const all = cells(r.text, r.highlights, w.start, w.end, w.lead, w.tail, style.color);
  const lines: Cell[][] = [[]];
  for (const c of all) {
    if (c.ch === "\n") lines.push([]);
    else lines[lines.length - 1]!.push(c);
  }
  // The citation marker wraps with the last line, so no row is wider than the terminal.
  for (const ch of suffix) lines[lines.length - 1]!.push({ ch, marked: false });
  // One column stays free: a space may hang there, and some terminals wrap on the last column.
  const room = style.width === undefined ? undefined : style.width - PREFIX.length - 1;
  return {
    lines: lines.flatMap((l) => wrap(l, room)).map((row) => `${PREFIX}${paint(row, style.color)}`),
    shown: w.end - w.start,
  };
}

/** A numbered citation, ending with how strongly the quote answers. */
function citation(r: Result, i: number, lang: Answer["lang"]): string {
  return formatCitation(r, {
    kind: "terminal",
    number: i + 1,
    lang,
    // A paragraph fetched by its id answers no question: no match figure.
    extra: r.citation ? [] : [`${LABELS[lang].strength} ${Math.round(r.strength * 100)}%`],
  });
}

/** The answer as a person reads it in a terminal: quotes first, numbered citations after. */
export function renderTerminal(answer: Answer, style: TerminalStyle = { color: false }): string {
  const L = LABELS[answer.lang];
  // A cited id whose paragraph changed or vanished says so before any text (render/cited-paragraph.ts).
  const first = answer.results[0];
  const cited = first && renderCitedTerminal(first, answer.lang, citation(first, 0, answer.lang));
  if (cited) return cited;
  if (answer.confidence === "none" || answer.results.length === 0) return `${L.refusal}\n`;
  const answering = answer.confidence === "answer";
  const blocks = answer.results.map((r, i) => {
    // Closest passages that don't answer are shown plain, never highlighted as if they did.
    const { lines: quote, shown } = quoteLines(answering ? r : { ...r, highlights: [] }, style, ` [${i + 1}]`);
    const lines = [quote.join("\n")];
    if (shown < r.text.length) lines.push(`  ${L.excerpt(shown, r.text.length)}`);
    if (r.glosses.length) lines.push(stripControls(`  (${L.gloss}: ${r.glosses.join("; ")})`));
    if (r.duplicates.length) lines.push(stripControls(`  (${L.dup}: ${r.duplicates.join(", ")})`));
    if (r.alsoPublishedBy?.length)
      lines.push(`  (${ALSO_PUBLISHED_BY[answer.lang]}: ${publishedCopiesText(r.alsoPublishedBy, answer.lang)})`);
    return lines.join("\n");
  });
  return `${answering ? "" : `${L.related}\n\n`}${blocks.join("\n\n")}\n\n${answer.results.map((r, i) => citation(r, i, answer.lang)).join("\n")}\n`;
}
