/**
 * Text helpers shared by the renderers: making untrusted text inert in Discord markdown and
 * cutting text to a length on a sentence or word boundary.
 */

import { sentenceEnds, type Span } from "../text/sentences.js";

export const ELLIPSIS = "…";
const ZWSP = "\u200b";

/**
 * Makes `@everyone`, `@here` and user/role/channel/command mentions render as plain text.
 * `allowedMentions: { parse: [] }` already stops pings; this stops the mention chips and any
 * client that ignores allowedMentions (e.g. text pasted elsewhere) from pinging.
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#|\/)(?=[\w:\s-]*\d+\\?>)/g, `<${ZWSP}$1`)
    .replace(/@(?=\d{15,}\b)/g, `@${ZWSP}`);
}

/**
 * Escapes Discord markdown so quoted text renders exactly as written and cannot break the
 * surrounding card (bold markers, code spans, spoilers, block quotes, headings, masked links).
 * Discord treats a backslash before any punctuation as an escape, so this is lossless on screen.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(/[\\*_~`|<>]/g, "\\$&")
    // A masked link needs `](`; breaking that pair is enough to keep brackets readable.
    .replace(/\]\(/g, "]\\(")
    // Line-start syntax: headings, sub-text, block quotes, lists.
    .replace(/^([ \t]*)([#>+-])/gm, "$1\\$2")
    .replace(/^([ \t]*\d+)\./gm, "$1\\.")
    // Bare links would otherwise embed a preview or, with `<>`, hide it; keep them as text.
    .replace(/(https?):\/\//gi, "$1:\\/\\/");
  return neutralizeMentions(escaped);
}

/** Escapes text for use inside an inline code span: only backticks can break out of it. */
export function escapeInlineCode(text: string): string {
  return neutralizeMentions(stripBidiControls(text).replace(/`/g, "ˋ"));
}

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });

function wordBoundaries(text: string): number[] {
  const out: number[] = [];
  for (const s of segmenter.segment(text)) out.push(s.index + s.segment.length);
  return out;
}

/** Never split a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/**
 * The best place at or before `limit` to end `text` (measured from `from`): a sentence end if
 * one keeps at least half the room, else a word boundary, else a hard cut.
 */
function cutPoint(text: string, limit: number, from = 0): number {
  const max = from + limit;
  if (max >= text.length) return text.length;
  if (limit <= 0) return from;
  const minimum = from + Math.floor(limit / 2);
  const sentence = sentenceEnds(text)
    .filter((b) => b > from && b <= max)
    .pop();
  if (sentence !== undefined && sentence >= minimum) return sentence;
  // Segmenting a window around the limit is enough and keeps this linear on long paragraphs.
  const windowStart = Math.max(from, max - 200);
  const word = wordBoundaries(text.slice(windowStart, max + 1))
    .map((b) => b + windowStart)
    .filter((b) => b > from && b <= max)
    .pop();
  if (word !== undefined && word >= minimum) return word;
  return safeCut(text, max);
}

/** Cuts `text` to at most `max` characters on a boundary, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const end = cutPoint(text, max - ELLIPSIS.length);
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * Chooses the part of `text` to show in at most `max` characters (ellipses included), keeping the
 * focus span (the highlighted sentence) in view: starts at the beginning when the focus fits,
 * otherwise at the focus's sentence.
 */
export function fitWindow(
  text: string,
  max: number,
  focus?: Span,
): { start: number; end: number; lead: boolean; tail: boolean } {
  if (text.length <= max) return { start: 0, end: text.length, lead: false, tail: false };
  let start = 0;
  if (focus && focus.end > max - ELLIPSIS.length) {
    const starts = [0, ...sentenceEnds(text)].filter((b) => b <= focus.start);
    start = starts[starts.length - 1] ?? focus.start;
    while (start < text.length && /\s/.test(text[start] ?? "")) start++;
  }
  const lead = start > 0;
  const room = max - (lead ? ELLIPSIS.length : 0);
  let end = text.length - start <= room ? text.length : cutPoint(text, room - ELLIPSIS.length, start);
  if (end <= start) end = Math.min(text.length, start + Math.max(1, room - ELLIPSIS.length));
  return { start, end, lead, tail: end < text.length };
}

/**
 * Renders `text` within `max` characters after markup: `render` turns a raw window into markup
 * (escaping makes it longer), so the raw budget shrinks until the markup fits.
 */
export function fitRendered(
  text: string,
  max: number,
  render: (start: number, end: number) => string,
  focus?: Span,
): string {
  let budget = max;
  for (let i = 0; i < 12 && budget > 0; i++) {
    const w = fitWindow(text, budget, focus);
    const out = `${w.lead ? ELLIPSIS : ""}${render(w.start, w.end).trimEnd()}${w.tail ? ELLIPSIS : ""}`;
    if (out.length <= max) return out;
    budget -= Math.max(1, out.length - max);
  }
  // Unreachable in practice (each round shrinks the budget); never end on a lone escape.
  return truncate(escapeMarkdown(text), max).replace(/\\+…$/, "…");
}

/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). One left open in
 * echoed text reverses everything the bot writes after it on the same line (its own labels, the
 * citation), so echoed text loses them; marks (U+200E/U+200F) open nothing and stay.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** `text` without bidi embedding/override/isolate controls (see BIDI_CONTROLS). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** Plain text for places without markdown (footers, button labels, author names, thread names). */
export function plain(text: string, max: number): string {
  return truncate(neutralizeMentions(stripBidiControls(text).replace(/\s+/g, " ").trim()), max);
}

/**
 * One markdown line of inline text (titles, echoed questions), escaped and cut. Runs of other
 * whitespace and newlines fold to one space; the ideographic space (U+3000) stays, since it is
 * how Japanese headlines separate phrases.
 */
export function inline(text: string, max: number): string {
  const flat = stripBidiControls(text)
    .replace(/[^\S\u3000]+/g, " ")
    .trim();
  return fitRendered(flat, max, (s, e) => escapeMarkdown(flat.slice(s, e)));
}
