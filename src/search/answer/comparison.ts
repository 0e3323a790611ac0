/**
 * A question about how two things compare ("Is X bigger than Y?", "How does X compare with Y?")
 * is answered by a sentence that compares: one that only speaks of X (its trade, its size) answers
 * another question. The comparison is an answer type like a date or a number, with its detector
 * on the Japanese side (prepare-question.ts); English paragraphs have none yet, so there the
 * question is judged as before.
 */

/** Yes/no comparatives (Is/Was/Has … bigger/more … than …), "how does X compare with/to Y" and "more …, A or B". */
const ASKS_COMPARISON = [
  /^\W*(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could)\b.*\b(?:\w+er|more|less|fewer)\s+(?:[\w-]+\s+){0,2}than\b/i,
  /^\W*how\s+(?:does|do|did|will|would|is|are)\b.*\bcompare\s+(?:with|to|against)\b/i,
  // "Which country has more sister cities, Kazakhstan or Kyrgyzstan?", "were there more visitors
  // to X or to Y?": a comparative, then the two sides joined by "or" ending the question, either
  // after a comma or in a question opening with which/were/did… ("What agreements were signed to
  // attract more investment or technology?" opens with neither and asks no comparison).
  /\b(?:more|less|fewer|(?:bigg|larg|small|high|low|long|short|old|young)er)\b[^?]*?,\s*[\w-]+(?:\s+[\w-]+)?\s+or\s+[\w-]+(?:\s+[\w-]+)?\W*$/i,
  /^\W*(?:[^,?]*,\s*)?(?:which|were|was|are|is|did|does|do|has|have|had)\b[^?]*?\b(?:more|less|fewer|(?:bigg|larg|small|high|low|long|short|old|young)er)\b[^?]*?\bor\s+(?:[\w-]+\s+){0,3}[\w-]+\W*$/i,
];

export function asksComparison(question: string): boolean {
  return ASKS_COMPARISON.some((re) => re.test(question));
}

/**
 * A Japanese sentence that compares or ranks: a noun then より with a comparative (ロシアより大きい,
 * 前年よりも多い), 比べ, 比較, 上回る, 下回る, しのぐ, …倍, に次ぐ, 最大, 最も, 一番. より after a
 * particle or a comma is "more" before an adjective (より緊密な, …し、より多くの協力), no comparison.
 */
export const COMPARES_JA =
  /(?<=[\p{Script=Han}\p{Script=Katakana}ー0-9０-９%％])よりも?(?:大き|小さ|多|少な|速|早|遅|高|低|長|短|広|狭|強|弱)|比べ|比較|上回|下回|しのぐ|凌ぐ|[0-9０-９一二三四五六七八九十]+倍|に次ぐ|最大|最小|最多|最も|一番/u;
