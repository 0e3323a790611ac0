
/** A weighted query: term → weight (repeats and translation confidence folded in). */
export type WeightedTerms = ReadonlyMap<string, number>;

/** A text as its shingles are cut from it: NFKC, lower case, spaces and punctuation removed. */
export function shingleForm(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}

/** Character n-grams of a text with spaces and punctuation removed. */
export function charShingles(text: string, n: number): Set<string> {
  const clean = shingleForm(text);
  const out = new Set<string>();
  // Code-unit slicing is fine here except for astral characters, which are rare in this text and only cost a few odd shingles.
  for (let i = 0; i + n <= clean.length; i++) out.add(clean.slice(i, i + n));
  return out;
}

/** Character bigrams: a cheap fingerprint for near-duplicate paragraphs. */
export const shingles = (text: string): Set<string> => charShingles(text, 2);

/** Four-character phrases: long enough that a match is a copied phrase, not a shared word. */
export const phraseShingles = (text: string): Set<string> => charShingles(text, 4);

/** Share of `part` found in `whole`. */
export function containedShare(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let n = 0;
  for (const x of part) if (whole.has(x)) n++;
  return n / part.size;
}

/**
 * Share of a question's phrases found in a text already in shingleForm: containedShare(phrases,
 * phraseShingles(text)), by substring search instead of building the text's phrase set (a
 * 4-character phrase is in the set exactly when it occurs in the text's shingleForm).
 */
export function phraseShareIn(phrases: ReadonlySet<string>, folded: string): number {
  if (phrases.size === 0) return 0;
  let n = 0;
  for (const x of phrases) if (folded.includes(x)) n++;
  return n / phrases.size;
}

/** Share of the smaller set contained in the larger: 1 when one text repeats the other. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n / small.size;
}
