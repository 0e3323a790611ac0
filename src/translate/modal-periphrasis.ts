import type { Token } from "./tokens.js";

/*
 * "be supposed to", "be meant to", "be due to", "be able to" + a verb say how the verb's event
 * stands (expected, intended, scheduled, possible), not what it is: Japanese writes them with
 * はず, 予定, ことになる, できる or not at all. Translated as words (supposed → 仮に, an archive
 * lacking it) they add a term no passage holds, which counts against the passage that answers.
 * "be going to" stays: the future is what such a question asks about (Is China going to sign …?),
 * and a passage that answers must speak of it.
 */
const MODAL_PARTICIPLES = new Set("supposed meant due able".split(" "));
const BE = new Set("be is are was were been being am 's ’s".split(" "));

/** Whether token i is the participle of such a periphrasis: after a form of be (or its subject), before "to". */
export function modalBeforeTo(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!MODAL_PARTICIPLES.has(t.lower) || next?.lower !== "to" || next.clause !== t.clause) return false;
  // The form of be may stand before the subject in a question (Is China going to, What were … supposed to).
  for (let k = i - 1; k >= 0 && tokens[k]!.clause === t.clause; k--) if (BE.has(tokens[k]!.lower)) return true;
  return false;
}
