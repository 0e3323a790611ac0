/** The quote checker's normal form: compared text, with a map from each normalized code point back to the original. */

export interface Normalized {
  readonly text: string;
  /** For each normalized code point, the [start, end) of the original code point it came from. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const FOLD: Record<string, string> = {
  "『": "「",
  "』": "」",
  "“": '"',
  "”": '"',
  "‘": "'",
  "’": "'",
  "〜": "~",
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "–": "-",
  "—": "-",
  "―": "-",
  "−": "-",
};

/**
 * Names this normal form together with the bigram keys taken of it (index/quotes/quote-bigrams.ts). The
 * stored quote index (quotes.bin) records it and is refused when it differs, so change it with
 * any change to what normalizeText returns or to how keysOf keys a bigram: an index built the
 * old way would otherwise find no quotation at all, silently.
 */
export const QUOTE_FORM_ID = "nfkc-lower-nospace-fold/bmp-bigram-1";

/** NFKC, lower case, whitespace removed, quote and dash variants folded; keeps a map to the original. */
export function normalizeWithMap(original: string): Normalized {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  normalizeInto(original, chars, starts, ends);
  return { text: chars.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The same normal form without the map (for indexing every paragraph). */
export function normalizeText(original: string): string {
  const chars: string[] = [];
  normalizeInto(original, chars);
  return chars.join("");
}

/**
 * One BMP code unit per entry: 1 when the character is its own normal form (NFKC and lower case
 * leave it alone, it is no whitespace, no folded variant, no voicing mark), so the loop below can
 * copy it without calling `normalize`. Filled on first use from the same rules, so it cannot
 * disagree with them; most Japanese and ASCII text takes this path.
 */
let stable: Uint8Array | undefined;
function stableTable(): Uint8Array {
  if (stable) return stable;
  stable = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (
      ch.normalize("NFKC").toLowerCase() === ch &&
      !/\s/u.test(ch) &&
      FOLD[ch] === undefined &&
      c !== 0x3099 &&
      c !== 0x309a
    )
      stable[c] = 1;
  }
  return stable;
}

function normalizeInto(original: string, chars: string[], starts?: number[], ends?: number[]): void {
  const table = stableTable();
  let i = 0;
  while (i < original.length) {
    const unit = original.charCodeAt(i);
    if (table[unit] === 1) {
      chars.push(original[i]!);
      starts?.push(i);
      ends?.push(i + 1);
      i++;
      continue;
    }
    const cp = String.fromCodePoint(original.codePointAt(i)!);
    const end = i + cp.length;
    for (const ch of cp.normalize("NFKC").toLowerCase()) {
      if (/\s/u.test(ch)) continue;
      // Half-width kana voicing marks normalize to combining marks: fold them into the kana.
      if ((ch === "\u3099" || ch === "\u309a") && chars.length > 0) {
        const last = chars.length - 1;
        const composed = (chars[last] + ch).normalize("NFC");
        if (composed.length === 1) {
          chars[last] = composed;
          if (ends) ends[last] = end;
          continue;
        }
      }
      chars.push(FOLD[ch] ?? ch);
      starts?.push(i);
      ends?.push(end);
    }
    i = end;
  }
}

/** The normalized text as code points: the unit of alignment and of the map. */
export function units(n: Normalized): string[] {
  return Array.from(n.text);
}

/** The original text behind normalized code points [from, to). */
export function originalOf(n: Normalized, orig: string, from: number, to: number): string {
  return from >= to ? "" : orig.slice(n.starts[from]!, n.ends[to - 1]!);
}

/** Two normalized paragraphs as one, the second's map shifted past the first and the break. */
export function joined(a: Normalized, b: Normalized, shift: number): Normalized {
  const starts = new Int32Array(a.starts.length + b.starts.length);
  const ends = new Int32Array(starts.length);
  starts.set(a.starts);
  ends.set(a.ends);
  starts.set(
    b.starts.map((x) => x + shift),
    a.starts.length,
  );
  ends.set(
    b.ends.map((x) => x + shift),
    a.ends.length,
  );
  return { text: a.text + b.text, starts, ends };
}

/** The UTF-16 offset of code point `unit` in text split into `unitsArr`. */
export function codeUnitOffset(unitsArr: readonly string[], unit: number): number {
  let off = 0;
  for (let k = 0; k < unit && k < unitsArr.length; k++) off += unitsArr[k]!.length;
  return off;
}
