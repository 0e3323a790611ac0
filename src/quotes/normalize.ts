/** The checker's normal form: compared text, with a map from each normalized code point back to the original. */

export interface Normalized {
  readonly text: string;
  /** For each normalized code point, the [start, end) of the original code point it came from. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const FOLD: Record<string, string> = {
  "『": "「", "』": "」", "“": "\"", "”": "\"", "‘": "'", "’": "'", "〜": "~",
  "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
};

/** NFKC, lower case, whitespace removed, quote and dash variants folded; keeps a map to the original. */
export function normalizeWithMap(original: string): Normalized {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const cp of original) {
    const end = i + cp.length;
    for (const ch of cp.normalize("NFKC").toLowerCase()) {
      if (/\s/u.test(ch)) continue;
      // Half-width kana voicing marks normalize to combining marks: fold them into the kana.
      if ((ch === "\u3099" || ch === "\u309a") && chars.length > 0) {
        const last = chars.length - 1;
        const composed = (chars[last] + ch).normalize("NFC");
        if (composed.length === 1) {
          chars[last] = composed;
          ends[last] = end;
          continue;
        }
      }
      chars.push(FOLD[ch] ?? ch);
      starts.push(i);
      ends.push(end);
    }
    i = end;
  }
  return { text: chars.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
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
  starts.set(b.starts.map((x) => x + shift), a.starts.length);
  ends.set(b.ends.map((x) => x + shift), a.ends.length);
  return { text: a.text + b.text, starts, ends };
}

/** The UTF-16 offset of code point `unit` in text split into `unitsArr`. */
export function codeUnitOffset(unitsArr: readonly string[], unit: number): number {
  let off = 0;
  for (let k = 0; k < unit && k < unitsArr.length; k++) off += unitsArr[k]!.length;
  return off;
}
