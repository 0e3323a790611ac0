/**
 * The spelling under which the archive holds a dictionary translation, if it holds it at all: as
 * written, without okurigana between kanji (Vocabulary.spelling), in another katakana spelling or
 * a people's or language's stem (katakana-variants.ts: カザーフ → カザフ), or, for a verb, by one
 * of its inflected stems (verb-forms.ts: 植える held as 植えた). A translation held in none of
 * these counts as absent from the archive.
 */
import type { Vocabulary } from "../index/vocabulary.js";
import { heldVariant } from "./katakana-variants.js";
import { heldVerbStem } from "./verb-forms.js";

export function heldSpelling(ja: string, vocab: Vocabulary): string | undefined {
  const held = (s: string): boolean => vocab.has(s);
  return vocab.spelling(ja) ?? heldVariant(ja, held) ?? heldVerbStem(ja, held);
}
