/**
 * Words by which a question points at the article it asks about rather than at what the article
 * says: 「カザフスタンの記事で、12本の合意って…」, 「記事の最後のまとめだと、…の理由は？」, 「…って、
 * 記事ではなんて位置づけ？」, "What does the Kazakh voices article say …", "…, per the mechanism
 * piece?". 記事, まとめ, "article" and "piece" are no words of any passage (one paragraph of the
 * bundled articles says 本記事では of itself), yet they count as unmet question mass: with them
 * 「記事の最後のまとめだと、人の往来が深まってる理由は？」 was refused, and without them its passage
 * leads. The reference is taken off; the words naming which article (カザフスタン, mechanism) stay
 * as words of the question, where they still weigh for the passages that hold them. Pure.
 */

/** 記事 with what says where in it (の最後のまとめ) and the particle that makes it a place or a source (で, では, だと, によると, に). */
const ARTICLE_JA =
  /(?:この|その|あの|同じ|本|([^\s\p{Script=Hiragana}、。，,？?！!「」『』（）()][^\s、。，,？?！!「」『』（）()]{0,19}?)の)?記事(?:の(?:最後|冒頭|最初|終わり|結び|後半|前半|中)?の?(?:まとめ|部分|段落|ところ)?)?(?:によると|によれば|では|だと|で|には|に)(?:は)?[、，,]?/gu;

/**
 * The article as a source in English: "per the mechanism piece", "in the 2025 piece", "according to
 * the summit article", or the subject of a verb of saying ("the Kazakh voices article says…"). Not
 * the article as what is asked about ("Did the G7 respond to the article?").
 */
const SOURCE_VERBS =
  "say|says|said|think|thinks|call|calls|describe|describes|argue|argues|mention|mentions|list|lists|claim|claims|talk|talks|contrast|contrasts|favour|favours|favor|favors|put|puts|see|sees|note|notes|suggest|suggests|explain|explains|expect|expects";
const ARTICLE_EN_SOURCE =
  /\b(?:per|in|according to|from)\s+(?:the|this|that)\s+((?:[A-Za-z0-9-]+\s+){0,3}?)(?:article|piece)\b/giu;
const ARTICLE_EN_SAYS = new RegExp(
  `\\b(?:the|this|that)\\s+((?:[A-Za-z0-9-]+\\s+){0,3}?)(?:article|piece)(?=\\s+(?:${SOURCE_VERBS})\\b)`,
  "giu",
);

/** `text` without the words by which it points at an article (see above). */
export function withoutArticleReference(text: string): string {
  const ja = text.replace(ARTICLE_JA, (_m, named: string | undefined) => (named ? `${named}では、` : ""));
  const en = ja
    .replace(ARTICLE_EN_SOURCE, (_m, named: string) => named.trim())
    .replace(ARTICLE_EN_SAYS, (_m, named: string) => named.trim());
  // Never the whole question: a question about the article itself (「記事に？」) stays.
  const out = en.replace(/\s{2,}/gu, " ").trim();
  return /[\p{L}\p{N}]/u.test(out) ? out : text;
}
