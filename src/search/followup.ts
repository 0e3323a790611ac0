/**
 * Follow-up questions. 「それはいつですか？」 after 「第2回首脳会議はどこで開かれた？」 names
 * nothing by itself: its plan is joined with the plans of the earlier questions of the same
 * conversation. Every earlier term enters at a weight that falls with distance (the previous
 * question ×0.6, the one before ×0.36, …) and never above the new question's own weight for the
 * same term, so a self-contained new question still decides what is found, while a pronoun or an
 * ellipsis borrows its subject from what came before.
 *
 * What a follow-up adds of its own is often only function words written in hiragana — pronouns
 * (それ, あれ), question words (いつ, どこ), endings (ですか) — or a personal pronoun in kanji
 * (彼女), whose referent is the earlier subject. Those the articles never contain can be no
 * evidence of anything, yet would count as unmet question mass and refuse every follow-up; in a
 * conversation they are left out of every turn, and so are the question words (何日, 何時) the
 * articles lack of a follow-up that refers back. Unknown words
 * in kanji, katakana or Latin letters stay: a follow-up about something the articles lack
 * (「火星探査機は？」) is still refused.
 *
 * People switch topics mid-conversation. After 「火星探査機の打ち上げは？」 (nothing in the
 * articles) and 「第2回首脳会議はどこで開かれた？」, 「それはいつですか？」 is about the summit: the
 * Mars probe's words can find nothing and are no content the follow-up asks for. So once a
 * later earlier turn is on the articles' topic (the corpus holds every salient word it names), a
 * turn before it that is off the topic (the corpus lacks most of what it names) weighs nothing.
 * Both tests are strict on purpose: a summit question with one word the articles put otherwise
 * is neither, and stays as it was. The last earlier turn counts as asked, unknown words included,
 * unless the new question names its own subject: right after the Mars probe question, or after a
 * conversation wholly off the topic, 「それはいつですか？」 is refused, and
 * 「それは何を象徴していますか？」, which names a word the articles use, still asks about the turn
 * before it (それ); 「第2回首脳会議はどこで開かれた？」 is on the articles' topic and refers back
 * to nothing, so the Mars probe's words weigh nothing and it is answered as if asked alone.
 * What the follow-up itself asks and the articles lack (「それの人口は？」) is judged by the answer
 * stage as if asked alone (answer/prepare-question.ts, ownTotal).
 *
 * What an earlier turn fixed is a constraint, not only words at a falling weight: its ordinal or
 * date (answer/fixed-by-history.ts), the position in a list it counted (「三つ目は？」, or the
 * last, 「最後の提案は？」: answer/list-position.ts), the event told in the articles that answered it (`answered`,
 * answer/earlier-answer.ts), and the subject a demonstrative names (そのプラットフォームの本部:
 * the platform is borrowed, 本部 is what is asked).
 */
import { lastPositionOf, listPositionOf, listPositionUnit, spellsPosition } from "./answer/list-position.js";
import { countsFromEarlier } from "./answer/fixed-by-history.js";
import { yearBefore } from "./answer/year-before.js";
import { SALIENT } from "./answer/prepare-question.js";
import { questionTerms, type QueryPlan } from "./plan.js";
import type { QuestionUnit } from "./answer/question-analysis.js";

/** What the corpus holds: a keyword term, a question's word (any of its spellings). */
export interface CorpusWords {
  has(term: string): boolean;
  holds(unit: QuestionUnit): boolean;
}

/**
 * Words by which a question refers back to what was said before (それ, その, 彼…; it, they, that…).
 * A false hit only keeps the earlier turns as they are.
 */
const REFERS_BACK =
  /それ|その|これ|この|あれ|あの|そこ|ここ|そちら|こちら|彼|同氏|同国|前者|後者|\b(?:it|its|they|them|their|this|that|these|those|he|him|his|she|her|there|then)\b/iu;

/** Whether a question refers back to what was said before (see REFERS_BACK). */
export const refersBack = (question: string): boolean => REFERS_BACK.test(question);

/** English words that count from what an earlier turn fixed (the year before, the previous one, next). */
const COUNTS_FROM_EARLIER_EN = /\b(?:before|previous|prior|preceding|next|following|earlier|later)\b/iu;

/** Weight of the previous question's terms relative to the new one's; squared for the one before, and so on. */
const FOLLOW_UP_DECAY = 0.6;

const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/u;

/** A question word (何, 誰) in a term: 何日, 何時, 誰が. */
const QUESTION_WORD = /[何誰]/u;

/** Personal pronouns written in kanji: in a follow-up they name the earlier subject, not content of their own. */
const PRONOUNS: ReadonlySet<string> = new Set(["彼", "彼女", "彼ら", "彼等", "彼女ら", "彼女たち"]);

/** Of the salient words a question names, the share (by importance) the corpus holds; undefined when it names none. */
function heldShare(plan: QueryPlan, corpus: CorpusWords): number | undefined {
  const salient = (plan.analysis?.units ?? []).filter((u) => u.importance >= SALIENT);
  if (salient.length === 0) return undefined;
  const all = salient.reduce((n, u) => n + u.importance, 0);
  return salient.reduce((n, u) => n + (corpus.holds(u) ? u.importance : 0), 0) / all;
}

/** Whether a question names its own subject: the corpus holds most (by importance) of the salient words it names. */
export function namesItsOwnSubject(plan: QueryPlan, corpus: CorpusWords): boolean {
  return (heldShare(plan, corpus) ?? 0) >= 0.5;
}

/**
 * `plan` (the new question, `question` its text) joined with `earlier` (oldest first); `corpus`
 * says which terms and words the articles contain.
 */
export function withHistory(
  plan: QueryPlan,
  question: string,
  earlier: readonly QueryPlan[],
  corpus: CorpusWords,
  answered: readonly string[] = [],
  decay = FOLLOW_UP_DECAY,
): QueryPlan {
  if (earlier.length === 0) return plan;
  const meaningful = ([term]: [string, number]) =>
    corpus.has(term) || !(HIRAGANA_ONLY.test(term) || PRONOUNS.has(term));
  // A follow-up that refers back (「それは何日の何時ごろでしたか？」) asks its question words about the
  // earlier subject: 何日 and 何時 are what it asks, not words a passage holds, and those the articles
  // lack weigh nothing, like its function words. (A follow-up naming its own subject keeps them: on
  // folds 0–3 an unanswerable 「天津サミットには何カ国…」 then passed the topic bar and was answered.)
  const asksBack = refersBack(question);
  const ownTerm = (t: [string, number]) =>
    meaningful(t) && !(asksBack && !corpus.has(t[0]) && QUESTION_WORD.test(t[0]));
  const keyword = new Map([...plan.keyword].filter(ownTerm));
  const glosses = new Map(plan.glosses);
  const vectorTexts = [plan.vectorText];
  // The question's analysis stays its own (what it asks, of which type); the earlier questions'
  // words join it at the same falling weight, so 「それはいつですか」 is judged on their subject.
  // (A pronoun the articles lack weighs nothing; units keep their places, which focus and topic index.)
  // A word named by a demonstrative (そのプラットフォームの本部, "that aid") is the earlier subject, not what is asked.
  const referent = referentWords(question);
  const units = (plan.analysis?.units ?? []).map((u) =>
    PRONOUNS.has(u.label) && !corpus.holds(u)
      ? { ...u, importance: 0 }
      : referent(u.label) && corpus.holds(u)
        ? { ...u, borrowed: true, referredTo: true }
        : u,
  );
  // 「三つ目は？」 / "And the fourth?": a position in the list an earlier turn asked about, which
  // the passage must hold as the article writes it (第三に); see answer/list-position.ts.
  const counted = earlier.flatMap((e) =>
    e.analysis?.answerType === "number" ? e.analysis.units.map((u) => u.label) : [],
  );
  // 「最後の提案は？」 / "And the last one?": the highest position the articles spell.
  const position =
    listPositionOf(question, counted) ?? lastPositionOf(question, counted, (n) => corpus.holds(listPositionUnit(n)));
  let positionAt: number | undefined;
  if (position !== undefined) {
    const unit = listPositionUnit(position.n);
    // The word the question wrote it with (third → 第3回, 第3) is replaced, in its place, and so are
    // its terms (三つ目 → 三つ, つ目): searched and measured as the article writes it (第三).
    const at = units.findIndex((u) => spellsPosition(u, position.n) || u.label === position.text);
    if (at >= 0) units[at] = unit;
    else units.push(unit);
    positionAt = at >= 0 ? at : units.length - 1;
    for (const term of questionTerms(position.text).keys()) keyword.delete(term);
    for (const [term, w] of questionTerms(unit.alternatives[0]!))
      keyword.set(term, Math.max(keyword.get(term) ?? 0, w));
  }
  // 「その前年に…」: the year before the one an earlier turn fixed (answer/year-before.ts), in the relative word's place.
  const year = yearBefore(
    question,
    earlier.map((e) => e.analysis?.units ?? []),
  );
  if (year !== undefined) {
    const at = units.findIndex((u) => year.text.includes(u.label) && u.label.includes("年"));
    if (at >= 0) units[at] = year.unit;
    else units.push(year.unit);
    for (const term of questionTerms(year.text).keys()) keyword.delete(term);
    for (const [term, w] of questionTerms(year.unit.label)) keyword.set(term, Math.max(keyword.get(term) ?? 0, w));
  }
  let weight = 1;
  // The turns joined, with the weight each enters at (for a translated question's evidence, below).
  const joined: Array<{ plan: QueryPlan; weight: number }> = [{ plan, weight }];
  // Whether a later turn than the one at hand is on the articles' topic (the topic has moved on to
  // it): an earlier one, or the new question when it names its own subject.
  const ownShare = heldShare(plan, corpus);
  let movedOn = ownShare === 1 && !asksBack;
  // What the earlier turns fixed (第2回, 2024年) holds for a follow-up that refers back to them or names nothing of its own.
  const fixedHolds = asksBack || ownShare === undefined;
  for (const e of [...earlier].reverse()) {
    weight *= decay;
    const held = heldShare(e, corpus);
    // Off the topic: most of what the turn named is not in the articles.
    if (movedOn && held !== undefined && held < 0.5) continue;
    joined.push({ plan: e, weight });
    for (const u of e.analysis?.units ?? [])
      units.push({
        ...u,
        importance: u.importance * weight,
        borrowed: true,
        ...(fixedHolds ? { referredTo: true } : {}),
      });
    for (const [term, w] of [...e.keyword].filter(meaningful))
      keyword.set(term, Math.max(keyword.get(term) ?? 0, w * weight));
    // On the topic: the articles hold everything the turn named.
    movedOn ||= held === 1;
    for (const [ja, en] of e.glosses) if (!glosses.has(ja)) glosses.set(ja, en);
    vectorTexts.push(e.vectorText);
  }
  // Phrases stay the new question's own: an earlier question's wording is not what is asked now.
  // A translated question's own evidence measure covers only its own words: the joined one is
  // each turn's, weighted (joinedEvidence). (The idf coverage of the joined translations it fell
  // back to before refused English follow-ups however well a passage answered; an article other
  // than the one that answered the turn before is now held back by answer/earlier-answer.ts.)
  const evidence = joinedEvidence(joined);
  // The event the conversation is on, for a follow-up that refers back to it and does not count
  // from it (その前年, "the year before": another instance): see answer/earlier-answer.ts.
  const onSameEvent =
    fixedHolds &&
    answered.length > 0 &&
    year === undefined &&
    !countsFromEarlier(units) &&
    !COUNTS_FROM_EARLIER_EN.test(question);
  return {
    lang: plan.lang,
    keyword,
    vectorText: vectorTexts.join(" "),
    ...(evidence ? { evidence } : {}),
    ...(plan.phraseText !== undefined ? { phraseText: plan.phraseText } : {}),
    glosses,
    ...(plan.analysis
      ? {
          analysis: {
            ...plan.analysis,
            units,
            ...(onSameEvent ? { answeredIn: [...answered] } : {}),
            ...(positionAt !== undefined ? { position: positionAt } : {}),
          },
        }
      : {}),
  };
}

/** A demonstrative and the noun phrase it names (その条約, あのジェット機; "that aid", "this meeting"). */
const DEMONSTRATIVE_JA = /(?:その|あの|この)([^\sのはがをにでとへもや、。，,？?！!]+)/gu;
const DEMONSTRATIVE_EN = /\b(?:that|this|those|these)\s+([a-z]+(?:\s+[a-z]+)?)/giu;
/** A number or date (その2年間) or a word counting from the earlier one (その前年): what the follow-up asks itself. */
const OWN_EVEN_AFTER_DEMONSTRATIVE = /[0-9０-９]|^(?:前|翌|次|昨|去|先|来|後|同)/u;

/**
 * Whether a unit (by its label) is a word of a demonstrative's noun phrase: in
 * 「そのプラットフォームの本部はどの都市に？」 the platform is what the earlier turn spoke of and
 * 本部 is what is asked, so when the articles lack 本部 the platform's presence cannot make up
 * for it (answer/prepare-question.ts: a follow-up's own words are judged as if asked alone).
 * Only a word the articles hold can name the earlier subject: in 「その入場料はいくら？」 the
 * admission fee the articles never mention is what is asked.
 */
function referentWords(question: string): (label: string) => boolean {
  const phrases = [
    ...[...question.matchAll(DEMONSTRATIVE_JA)].map((m) => m[1]!),
    ...[...question.matchAll(DEMONSTRATIVE_EN)].map((m) => m[1]!.toLowerCase()),
  ];
  return (label) =>
    !OWN_EVEN_AFTER_DEMONSTRATIVE.test(label) &&
    phrases.some((p) => (/^[a-z]/iu.test(label) ? p.split(/\s+/u).includes(label.toLowerCase()) : p.includes(label)));
}

/** What a turn's question names: the summed importance of its units (none for 「それはいつ？」 / "When was that?"). */
const contentOf = (plan: QueryPlan): number => (plan.analysis?.units ?? []).reduce((n, u) => n + u.importance, 0);

/**
 * The evidence of a conversation's translated questions joined: each turn's own measure (its
 * units with their alternative translations, translate/evidence.ts) weighted by the weight the
 * turn enters at and by how much it names. Without it a translated follow-up fell back to the idf
 * coverage of all the joined translations, alternatives included, which no passage fills: English
 * follow-ups were refused however well the passage answered. Undefined unless every joined turn
 * has such a measure (a Japanese turn's coverage is measured on the index, not on the text).
 */
function joinedEvidence(
  joined: ReadonlyArray<{ plan: QueryPlan; weight: number }>,
): ((passageText: string) => number) | undefined {
  if (!joined.every(({ plan }) => plan.evidence !== undefined)) return undefined;
  const parts = joined
    .map(({ plan, weight }) => ({ evidence: plan.evidence!, weight: weight * contentOf(plan) }))
    .filter((p) => p.weight > 0);
  const total = parts.reduce((n, p) => n + p.weight, 0);
  if (total === 0) return undefined;
  return (text) => parts.reduce((n, p) => n + p.weight * p.evidence(text), 0) / total;
}
