/**
 * The judge's factors (judge.ts): each independent reason against answering scales a passage's
 * coverage down by one of these.
 */
/**
 * Penalties for a missing part of an answer (strength is coverage times the strongest one),
 * calibrated on generated near-topic negatives and the dev sets (see README, "Answer or not").
 * A number of the wrong kind, a number or name of the question absent from the passage, and a
 * salient word absent from the whole corpus are near-certain signs; a missing focus is weaker
 * (paraphrase: 創立年 for 設立された年).
 */
export const MISSING_TYPE = 0.2;
/**
 * …when the wording leaves no doubt about the type (QuestionAnalysis.typeSure: 何歳, 何カ国, 何年,
 * いつ): 習近平国家主席は何歳ですか？ is not answered by a paragraph about him that gives no age.
 * Chosen on calibration folds 0–3, the generated JSQuAD halves and JSQuAD valid
 * (scripts/fit-answer-model.mjs --sure-type; docs/benchmarks.md, "Judgement", third session).
 */
export const MISSING_SURE_TYPE = 0.1;
export const UNTIED = 0.4;
export const MISSING_FOCUS = 0.5;
export const MISSING_NUMBER = 0.3;
/** The passage numbers another instance of the question's series (第2回 where 第1回 was asked). */
export const OTHER_INSTANCE = 0.1;
export const MISSING_NAME = 0.35;
/**
 * An English question's focus that the corpus lacks in the sense asked (population → only 住民, a
 * resident; GDP; weather): the articles don't speak of it. Japanese questions are exempt: their
 * focus is read as the last noun before the question word, which is often the answer's class
 * (所属政党, 機関) that the passage names by an instance — on JSQuAD valid the same rule refused 24
 * more answerable questions. Count questions are exempt too: their counted noun is often a
 * counter word (pairs, trees → 組, 本).
 */
export const UNKNOWN_FOCUS = 0.1;
/** A salient word of the question occurs nowhere in the corpus: no passage can answer it. */
export const ABSENT_SALIENT = 0.35;
/**
 * …and that word is the focus, though the question does not require the passage to hold it (好き
 * な食べ物 of トカエフ大統領: the focus is what is asked about, not an attribute of a topic): the
 * passages hold only what the question says it is about, never the thing asked. Not when the
 * passage holds part of it (関税 of 関税合戦, said as 関税・貿易戦争). Weaker than a missing required focus. Chosen on calibration folds 0–3 with the generated JSQuAD negatives
 * and JSQuAD valid (docs/benchmarks.md, "Judgement": ×0.6 refused 4 more JSQuAD answerables).
 */
export const ABSENT_FREE_FOCUS = 0.65;
/**
 * The same two penalties for a question asked in an archive that holds paragraphs in its own
 * language (QuestionAnalysis.direct): there a word the archive lacks is often a paraphrase
 * (nickname for "dubbed"), not a sign of another subject. Chosen on folds of xquad-en-dev
 * (docs/languages.md).
 */
export const DIRECT_ABSENT_SALIENT = 1;
export const DIRECT_UNKNOWN_FOCUS = 0.4;
