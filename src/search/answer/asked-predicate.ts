/**
 * An English question that asks for an attribute by its verb or adjective, not by a noun: "Where
 * was X *born*?", "Where did X *go to university*?", "When was X *founded*?", "How *tall* is X?".
 * The name in it is all over the archive; what the question asks is only in a passage that
 * holds the verb's or adjective's sense too (a passage on X's visit does not say where X was
 * born). The predicate is then the question's focus, and a passage must hold it.
 */

/** A translated unit's English words and where they start in the question (lower case), -1 when not found. */
export interface PlacedUnit {
  readonly en: string;
  readonly at: number;
}

/**
 * "how tall/deep/high/wide/heavy": the adjective is the measure asked for. Not how long or how old
 * (a duration or an age, a count of years: "How long have China and Kazakhstan cooperated" is
 * answered by 32年間 without 長い), nor how far, big or large (told by 距離, 面積 instead).
 */
const HOW_ADJECTIVE = /^\W*how\s+(tall|deep|high|wide|heavy)\b/i;
/** "Where/When + auxiliary …": the predicate is the question's last word. */
const WHERE_WHEN = /^\W*(?:where|when)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would)\s+/i;
/** A subordinate clause: its last word is not the main predicate (where did they stand while the anthems were played). */
const SUBORDINATE =
  /\b(?:that|which|while|who|whom|whose|because|if|after|before|since|until|than)\b|,.*\b(?:when|where)\b/i;
/** Particles a phrasal verb ends in, passed over to find its verb (grow up, set up). */
const TRAILING = /(?:\s+(?:up|in|to|at|from|on|off|out|into|with|for|down|over))*\W*$/i;

/** A participle: the predicate of "When was X founded", "Where was X born". */
const PARTICIPLE = /(?:ed|born|held|built|grown|known|made|done|set|run|won|seen|given|taken)$/i;
/** A name right before the word: the subject, and the word its verb ("Where did Tokayev *go to university*"). */
const AFTER_NAME = /\p{Lu}[\p{L}-]*\W*$/u;

/** The unit holding the word at `pos`, when it is a common word (lower case), not a name. */
function unitAt(units: readonly PlacedUnit[], pos: number): number | undefined {
  const i = units.findIndex((u) => u.at >= 0 && u.at <= pos && pos < u.at + u.en.length);
  return i >= 0 && /^\p{Ll}/u.test(units[i]!.en) ? i : undefined;
}

/** The unit of the verb or adjective the question asks its attribute by, if it asks so. */
export function askedPredicate(question: string, units: readonly PlacedUnit[]): number | undefined {
  const lower = question.toLowerCase();
  const how = HOW_ADJECTIVE.exec(question);
  if (how) return unitAt(units, lower.indexOf(how[1]!.toLowerCase(), how[0].length - how[1]!.length));
  if (!WHERE_WHEN.test(question) || SUBORDINATE.test(question)) return undefined;
  const body = lower.replace(TRAILING, "");
  const last = /[\p{L}\d-]+$/u.exec(body);
  if (!last || /^\d/.test(last[0])) return undefined;
  const unit = unitAt(units, last.index);
  if (unit === undefined) return undefined;
  // Not an object at the end (met Tokayev at the presidential *palace*): a participle, or a verb
  // right after its subject's name.
  const verb = PARTICIPLE.test(last[0]) || AFTER_NAME.test(question.slice(0, units[unit]!.at));
  return verb ? unit : undefined;
}
