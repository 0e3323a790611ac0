/** A half-open character range [start, end) within a passage's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a paragraph into sentences as character spans of the original text, so that a
 * highlight can point into the verbatim quote. Ends at 。！？!? (with closing brackets kept on
 * the sentence), at ". " in Latin text, and at line breaks (list items).
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^。！？!?\n]*(?:[。！？!?]+[」』）)"”]*|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push(...splitLatin(text, start, end));
  }
  return spans;
}

function splitLatin(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const re = /\.\s+(?=[A-Z])/g;
  re.lastIndex = start;
  let from = start;
  let m: RegExpExecArray | null;
  const slice = text.slice(0, end);
  while ((m = re.exec(slice)) !== null) {
    out.push({ start: from, end: m.index + 1 });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end });
  return out;
}

/**
 * Offsets just after each sentence end in `text` (the end of the text included): where a
 * renderer may cut a long quote cleanly. The same sentences as sentenceSpans.
 */
export function sentenceEnds(text: string): number[] {
  const out = sentenceSpans(text).map((s) => s.end);
  if (out[out.length - 1] !== text.length) out.push(text.length);
  return out;
}
