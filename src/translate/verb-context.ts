/**
 * Which words of an English question stand as verbs by their place, whatever their spelling: after
 * "to" (to play their role, to want), or as the first word after an auxiliary and its subject
 * (did the two leaders *hold*, will China *send*, did Xi *want*). An English word is often both a
 * noun and a verb, and a dictionary lists the noun's senses first (want → 欠乏, 貧困; play → 芝居;
 * hold → 手がかり): where the question uses the word as a verb, its verb senses are the ones meant.
 */
import type { Token } from "./tokens.js";
import { STOP_WORDS } from "./stopwords.js";

const AUXILIARY = new Set("do does did will would can could should may might must shall".split(" "));
/** Words a subject between an auxiliary and its verb is made of besides names and stop words. */
const SUBJECT_NUMBERS = new Set("one two three four five six seven eight nine ten both".split(" "));
const WH = new Set("what which who whom whose when where why how".split(" "));
/** How far after an auxiliary its verb may stand (did the two Central Asian leaders hold). */
const MAX_SUBJECT = 5;

/** A token that may belong to the subject after an auxiliary: a name, a stop word, a number, or a plural noun. */
function subjectWord(t: Token): boolean {
  return t.proper || STOP_WORDS.has(t.lower) || SUBJECT_NUMBERS.has(t.lower) || /[^s]s$/.test(t.lower);
}

/** Indexes of the tokens the question uses as verbs (bare infinitives: their surface is the verb's base). */
export function verbPositions(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.proper || /^\d/.test(t.lower) || STOP_WORDS.has(t.lower)) continue;
    const before = tokens[i - 1];
    if (before && before.lower === "to" && before.clause === t.clause) out.add(i);
  }
  afterAuxiliary(tokens, out);
  return out;
}

/** After a question's auxiliary and its subject (did Xi *want*), or right after a subject's auxiliary (it would *help*). */
function afterAuxiliary(tokens: readonly Token[], out: Set<number>): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!AUXILIARY.has(tokens[i]!.lower)) continue;
    // A question's auxiliary (why *did* xi want, *will* China send) comes before its subject: the
    // verb is the first word after it that is none of a subject's. Elsewhere (it would *help*) the
    // subject stood before it, and a word after it that is no name, number or plural is the verb.
    const before = tokens[i - 1];
    const inverted = !before || before.clause !== tokens[i]!.clause || WH.has(before.lower);
    const next = tokens[i + 1];
    if (!inverted && next && !subjectWord(next) && next.clause === tokens[i]!.clause && !/^\d/.test(next.lower)) {
      out.add(i + 1);
      continue;
    }
    for (let k = i + 2; k < Math.min(tokens.length, i + 2 + MAX_SUBJECT); k++) {
      const t = tokens[k]!;
      if (t.clause !== tokens[i]!.clause) break;
      if (subjectWord(t)) continue;
      if (!/^\d/.test(t.lower)) out.add(k);
      break;
    }
  }
}
