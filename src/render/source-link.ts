/**
 * A link to the quoted sentence on the article's original page: the article's URL with a text
 * fragment (`#:~:text=`, WICG "Text Fragments"), so a browser that supports it scrolls to the
 * sentence and marks it. Pure: the paragraph and the sentence's span in, a URL out.
 *
 * What the syntax asks (https://wicg.github.io/scroll-to-text-fragment/):
 * - `text=[prefix-,]textStart[,textEnd][,-suffix]`, each part percent-encoded as UTF-8; `-`, `,`
 *   and `&` are syntax, so inside a part they must be escaped (encodeURIComponent leaves `-`).
 * - A browser matches textStart (and textEnd) only at word boundaries, so every cut made here falls
 *   on one: a space, or just after CJK punctuation (、「」…), never inside a run of kanji or kana,
 *   where the browser's dictionary decides what a word is.
 * - The browser takes the first match on the page; within the paragraph the first match of the
 *   sentence's start must be the sentence itself, else the words before it (prefix) — or after it
 *   (suffix), for a sentence that opens the paragraph — pin it.
 */
import type { Span } from "../search/types.js";
import { sentenceSpans } from "../text/sentences.js";
import { safeUrl } from "./safe-url.js";

/** Sentences up to this many characters are quoted whole; longer ones as start…end. */
export const EXACT_MAX_CHARS = 80;
/** The start and the end of a long sentence: the shortest run of whole words this long. */
export const RANGE_PART_CHARS = 24;
/** A prefix or suffix: the shortest run of whole words this long. */
export const CONTEXT_CHARS = 10;

export interface TextDirective {
  readonly prefix?: string;
  readonly start: string;
  readonly end?: string;
  readonly suffix?: string;
}

/** Inline markdown a corpus paragraph may carry but the original page shows as plain text. */
function plainText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/\s+/g, " ");
}

const CJK_BREAK = /[、。，．！？：；「」『』（）【】〈〉《》・]/;

/**
 * Offsets in `text` where a word ends and the next begins: after a space run, and after CJK
 * punctuation. 0 and text.length are boundaries too.
 */
export function wordBoundaries(text: string): number[] {
  const out = new Set<number>([0, text.length]);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === " ") {
      out.add(i);
      out.add(i + 1);
    } else if (CJK_BREAK.test(c)) {
      // Before an opening bracket and after any mark: 「…」 and 、 both sit between words.
      if (/[「『（【〈《]/.test(c)) out.add(i);
      out.add(i + 1);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** Case-insensitive occurrences of `needle` in `hay` (browsers match text fragments ignoring case). */
function occurrences(hay: string, needle: string): number[] {
  const h = hay.toLowerCase();
  const n = needle.toLowerCase();
  const out: number[] = [];
  if (!n) return out;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) out.push(i);
  return out;
}

/** The shortest piece of `text` from its start that ends at a boundary and is at least `min` characters (trimmed); undefined when only the whole text is. */
function leading(text: string, min: number): string | undefined {
  for (const b of wordBoundaries(text)) {
    const piece = text.slice(0, b).trim();
    if (piece.length >= min && b < text.length) return piece;
  }
  return undefined;
}

/** The shortest piece of `text` up to its end that starts at a boundary and is at least `min` characters (trimmed). */
function trailing(text: string, min: number): string | undefined {
  const bounds = wordBoundaries(text).reverse();
  for (const b of bounds) {
    const piece = text.slice(b).trim();
    if (piece.length >= min && b > 0) return piece;
  }
  return undefined;
}

/**
 * The text directive that picks out `span` of `paragraph` (whitespace collapsed, inline markdown
 * removed, as the page shows it). Undefined when the span holds no text.
 */
export function textDirective(paragraph: string, span: Span): TextDirective | undefined {
  const raw = plainText(paragraph.slice(span.start, span.end));
  const sentence = raw.trim();
  if (!sentence) return undefined;
  const before = plainText(paragraph.slice(0, span.start));
  const after = plainText(paragraph.slice(span.end));
  const text = `${before}${raw}${after}`;
  const at = before.length + raw.length - raw.trimStart().length;

  let start = sentence;
  let end: string | undefined;
  if (sentence.length > EXACT_MAX_CHARS) {
    const head = leading(sentence, RANGE_PART_CHARS);
    // The end must be the first match after the start, or the browser stops the range early.
    let tail = trailing(sentence, RANGE_PART_CHARS);
    while (
      head &&
      tail &&
      occurrences(sentence.slice(head.length), tail)[0] !== sentence.length - head.length - tail.length
    ) {
      tail = trailing(sentence, tail.length + 1);
    }
    if (head && tail && head.length + tail.length < sentence.length) {
      start = head;
      end = tail;
    }
  }
  const range = { start, ...(end ? { end } : {}) };
  if (occurrences(text, start).length <= 1) return range;

  const lead = `${before}${raw.slice(0, raw.length - raw.trimStart().length)}`;
  const context = lead.trimEnd();
  if (context) {
    // The shortest run of whole words before the sentence whose first match, with the start, is the sentence.
    const gap = lead.slice(context.length);
    for (let min = CONTEXT_CHARS; ;) {
      const prefix = trailing(context, min) ?? context.trim();
      if (
        occurrences(text, `${prefix}${gap}${start}`)[0] === at - gap.length - prefix.length ||
        prefix === context.trim()
      )
        return { prefix, ...range };
      min = prefix.length + 1;
    }
  }
  // The sentence opens the paragraph, so its own first match is it: the words after it pin it on a longer page.
  const rest = after.trimStart();
  const suffix = leading(rest, CONTEXT_CHARS) ?? (rest.trim() || undefined);
  return { ...range, ...(suffix ? { suffix } : {}) };
}

/** Percent-encodes one part of a text directive: UTF-8, with the directive's syntax characters escaped, and parentheses too so the link survives markdown. */
export function encodeDirectivePart(part: string): string {
  return encodeURIComponent(part).replace(
    /[-()!'*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

export function formatDirective(d: TextDirective): string {
  const parts = [
    d.prefix ? `${encodeDirectivePart(d.prefix)}-` : undefined,
    encodeDirectivePart(d.start),
    d.end ? encodeDirectivePart(d.end) : undefined,
    d.suffix ? `-${encodeDirectivePart(d.suffix)}` : undefined,
  ];
  return `text=${parts.filter(Boolean).join(",")}`;
}

/**
 * The original page's URL with a text fragment for the sentence `span` of `paragraph` — the first
 * highlighted sentence of a quote, or its first sentence when nothing is highlighted. Undefined
 * without an http(s) URL.
 */
export function sourceLink(url: string | undefined, paragraph: string, span?: Span): string | undefined {
  const base = safeUrl(url);
  if (!base) return undefined;
  const target = span ?? sentenceSpans(paragraph)[0];
  const directive = target ? textDirective(paragraph, target) : undefined;
  if (!directive) return base;
  // An existing fragment stays (the directive follows it after `:~:`); an old directive goes.
  const hash = base.indexOf("#");
  const page = hash < 0 ? base : base.slice(0, hash);
  const fragment = hash < 0 ? "" : base.slice(hash + 1).split(":~:")[0]!;
  return `${page}#${fragment}:~:${formatDirective(directive)}`;
}
