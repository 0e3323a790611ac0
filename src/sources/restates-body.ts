/**
 * Whether a block restates the article's body: most of its content words recur in the main run
 * of prose. A standfirst, an episode summary or a lead set in bold above the body says again, in
 * one sentence, what the body then tells; a body paragraph before the run (a short opening line)
 * brings words of its own. Pure: texts in, a share out. Content words: Latin-script words of
 * four letters or more, cut to their first five letters (so "railway" and "railways", "keeps"
 * and "keeping" meet), and pairs of adjacent kanji or katakana in Japanese (particles and
 * endings in hiragana left out).
 */

/** At least this many content words: a shorter line ("国際", "Politics") says too little to restate anything. */
const MIN_WORDS = 4;

/** The content words of a text, as a set. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{Script=Latin}]{4,}/gu)) out.add(m[0].slice(0, 5));
  for (const m of text.matchAll(/[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu))
    for (let i = 0; i + 1 < m[0].length; i++) out.add(m[0].slice(i, i + 2));
  return out;
}

/** The share of `text`'s content words found in `body` (0 when it has fewer than MIN_WORDS). */
export function restatedShare(text: string, body: ReadonlySet<string>): number {
  const words = contentWords(text);
  if (words.size < MIN_WORDS) return 0;
  let found = 0;
  for (const w of words) if (body.has(w)) found++;
  return found / words.size;
}
