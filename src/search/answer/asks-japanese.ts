/**
 * Two shapes of a Japanese question read from its wording (issue 22), beside question-asks.ts:
 *
 * - A count by category: 「12本の合意のうち、教育分野はいくつ？」 asks for the number of one part of a
 *   set the question names. The units after のうち name the category; a passage that gives only the
 *   set's total (数十の文書) or lists the category among others without a count does not answer.
 * - The two sides of a choice: 「AとB、多いのはどっち？」 asks which of two named things; a passage
 *   that names only one of them cannot tell which.
 *
 * Pure functions over the question's text and its analysis; no listed question or word.
 */
import type { QuestionAnalysis } from "./question-analysis.js";

/**
 * 「XのうちY(は|が|に…)いくつ / 何件 / どれくらい」: X is the set, Y the category. Only for a
 * question asking a number; 「…のうちどれですか」 asks which member, not how many.
 */
const PARTITIVE_JA =
  /^(.*?)のうち[、,]?(.+?)(?:いくつ|何(?:件|本|人|社|カ国|か国|ヵ国|つ|割|個|回|基|組|名)|何パーセント|どれ(?:くらい|ぐらい|だけ|ほど)|どの(?:くらい|ぐらい|程度)|割合)/u;

/** The units naming the category of a Japanese count by category (empty for any other question). */
export function categoryJapanese(question: string, analysis: QuestionAnalysis): number[] {
  if (analysis.answerType !== "number") return [];
  const m = PARTITIVE_JA.exec(question.normalize("NFKC"));
  if (!m) return [];
  const [, set, tail] = m as unknown as [string, string, string];
  // A word of the set's own phrase (協力 of 協力文書 … 協力の) or a number is the set's, not the category.
  const units = analysis.units.flatMap((u, i) =>
    !u.borrowed && u.importance > 0 && !/^[0-9]/.test(u.label) && tail.includes(u.label) && !set.includes(u.label)
      ? [i]
      : [],
  );
  // A word names the category better than a lone kanji (回 of 回るの): the words when there are any.
  const words = units.filter((i) => analysis.units[i]!.importance >= 1);
  return words.length > 0 ? words : units;
}

/**
 * 「AとB、…どっち」「AとBではどちらが…」: the two sides, each up to a comma or a particle that
 * closes the pair. Neither side crosses a comma (「輸出、新エネルギー車と太陽光発電の製品では」 pairs
 * the two after the comma).
 */
const SIDES_JA = /([^、,。？?]+?)と([^、,。？?]+?)(?:[、,]|とでは|では|なら|の(?:どちら|どっち|うち))/u;
const WHICH_OF_TWO = /どちら(?!側)|どっち/u;

/**
 * The units of each side of a Japanese choice between two (「AとB、…どっち？」), or undefined when
 * the question is no such choice or a side holds none of the question's words.
 */
export function sidesJapanese(question: string, analysis: QuestionAnalysis): [number[], number[]] | undefined {
  const q = question.normalize("NFKC");
  if (!WHICH_OF_TWO.test(q)) return undefined;
  const m = SIDES_JA.exec(q);
  if (!m) return undefined;
  const side = (text: string): number[] =>
    analysis.units.flatMap((u, i) => (!u.borrowed && u.importance >= 1 && text.includes(u.label) ? [i] : []));
  const a = side(m[1]!);
  const b = side(m[2]!);
  return a.length > 0 && b.length > 0 ? [a, b] : undefined;
}

/**
 * An attribute of a person the question names (「トカエフ大統領の奥さんは」「Xさんの専門は」「Xの出身地は」):
 * the attribute must be said of them, so a passage lacking the word answers something else about
 * the person. Kinship and the attributes a profile gives; 奥さん and お父さん are read as their kanji.
 * Not a birthday, an age or where one is from: a passage tells them without the word (…に生まれる,
 * 65歳; JSQuAD valid's 誕生日 and 出身地 questions were refused with them).
 */
const PERSON_ATTRIBUTE_JA =
  /の(?:お)?(父|母|奥|妻|夫人|夫|息子|娘|兄|弟|姉|妹|家族|両親|子供|子ども|祖父|祖母|学歴|趣味|専門)(?:さん|様|親)?(?:は|って|が|を|に|[?？])/u;

/** The unit of the person's attribute a Japanese question asks (PERSON_ATTRIBUTE_JA), if any. */
export function personAttributeJapanese(question: string, analysis: QuestionAnalysis): number | undefined {
  const m = PERSON_ATTRIBUTE_JA.exec(question.normalize("NFKC"));
  if (!m) return undefined;
  const at = analysis.units.findIndex((u) => !u.borrowed && u.label === m[1]);
  return at >= 0 ? at : undefined;
}
