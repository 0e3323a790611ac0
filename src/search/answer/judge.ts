/**
 * The answer stage: given the ranked passages and the question's analysis, decide whether the
 * articles answer (confidence `answer` | `related` | `none`), how strongly each passage answers
 * (strength in [0, 1]) and which of its sentences answer. How quotes are then shown (order,
 * spans, repeats, glosses) is search/answer/display.ts. Pure functions over plain data.
 */
import type { AnswerType } from "./question-analysis.js";
import { matchForm } from "../../text/match-form.js";
import { answeringSentences } from "./bold-sentences.js";
import { standsAlone } from "./mentions.js";
import { speaks } from "./reported-speech.js";
import { paragraphLanguage } from "../../text/lang.js";
import type { Confidence, Span } from "../types.js";
import type { Judgement } from "./judgement.js";
import { type PreparedQuestion } from "./prepare-question.js";
import { conflicts, found, withoutOwn } from "./unit-found.js";
import {
  ABSENT_FREE_FOCUS,
  ABSENT_SALIENT,
  DIRECT_ABSENT_SALIENT,
  DIRECT_UNKNOWN_FOCUS,
  MISSING_FOCUS,
  MISSING_NAME,
  MISSING_NUMBER,
  MISSING_SURE_TYPE,
  MISSING_TYPE,
  OTHER_INSTANCE,
  UNKNOWN_FOCUS,
  UNTIED,
} from "./judge-penalties.js";
import { type AnswerModel, checkedModel } from "./answer-model.js";
import { ANSWER_MODEL, ANSWER_MODEL_THRESHOLD } from "./answer-model-weights.js";
import { type AsksMet, asksFactor, asksMet, NO_ASKS } from "./question-asks.js";

export interface AnswerTuning {
  /** Strength the best passage needs for the articles to count as answering. */
  readonly answerStrength: number;
  /** A passage after the first is quoted only with at least this judge strength (relevant on its own). */
  readonly secondaryStrength: number;
  /**
   * The model whose probability is each quote's strength and decides the outcome (answer-model.ts);
   * without one, the judge's own strength does (as before issue 22's model).
   */
  readonly model?: AnswerModel;
  /** Called with every judged quote's features: the tap scripts/fit-answer-model.mjs fits the model from. */
  readonly observe?: (question: string, quotes: readonly ObservedQuote[], prepared: PreparedQuestion) => void;
}

/** One judged quote as the answer stage saw it (AnswerTuning.observe). */
export interface ObservedQuote {
  readonly id: string;
  readonly text: string;
  readonly features: readonly number[];
  /** The strength shown: the model's probability, or the judge's strength without a model. */
  readonly strength: number;
  /** Which of the question's asks beyond its words the passage fails (question-asks.ts). */
  readonly asks?: AsksMet;
}

/**
 * The judge's own strength decides (threshold 0.12, chosen from the trade-off curve in README,
 * bench/run.mjs and bench/calibration.mjs). The answer model (answer-model.ts, fitted by
 * scripts/fit-answer-model.mjs) is not the default: at the strictest point keeping JSQuAD valid's
 * wrongly refused within 1% it refused fewer near-topic questions of calibration folds 0–3 than the
 * judge (docs/benchmarks.md, "Judgement"). ANSWER_MODEL_TUNING switches it on (bench/calibration.mjs --answer-model).
 */
export const DEFAULT_ANSWER_TUNING: AnswerTuning = Object.freeze({ answerStrength: 0.12, secondaryStrength: 0.12 });

/** The same with the fitted answer model deciding, at its own operating point. */
export const ANSWER_MODEL_TUNING: AnswerTuning = Object.freeze({
  answerStrength: ANSWER_MODEL_THRESHOLD,
  secondaryStrength: DEFAULT_ANSWER_TUNING.secondaryStrength,
  model: checkedModel(ANSWER_MODEL),
});

/** What the answer stage needs of a passage. */
export interface PassageView {
  /** Verbatim paragraph text. */
  readonly text: string;
  /** Title and section: a topic named there holds for the whole paragraph. */
  readonly heading: string;
  readonly sentences: readonly Span[];
  /** The text, heading and sentences in match form, when already computed (search/passage-features.ts). */
  readonly folded?: {
    readonly body: string;
    readonly heading: string;
    /** heading, a line break, then body: what the question's units are looked for in. */
    readonly all?: string;
    readonly sentences: readonly string[];
    /** Per sentence: its match form is a substring of body's, so a word body lacks, it lacks too. */
    readonly inBody?: readonly boolean[];
  };
}

export function judge(q: PreparedQuestion, p: PassageView): Judgement {
  // An English paragraph's answer is looked for in English forms (a year, a month, a number in words).
  const englishParagraph = paragraphLanguage(p.text) === "en";
  const typeTest = englishParagraph ? q.typeTestEnglish : q.typeTest;
  const body = p.folded?.body ?? matchForm(p.text).toLowerCase();
  const heading = p.folded?.heading ?? matchForm(p.heading).toLowerCase();
  const all = p.folded?.all ?? `${heading}\n${body}`;
  let got = 0;
  let ownGot = 0;
  const shares = new Float64Array(q.units.length);
  q.units.forEach((u, i) => {
    const s = found(u, all);
    shares[i] = s;
    got += s * u.weight;
    if (!q.analysis.units[i]!.borrowed) ownGot += s * u.weight;
  });
  // A follow-up asking for what the articles lack is judged by its own words, as if asked alone.
  const coverage = Math.min(
    q.total > 0 ? got / q.total : 0,
    q.ownTotal === undefined ? 1 : q.ownTotal > 0 ? ownGot / q.ownTotal : 0,
  );
  const { focus, topic } = q.analysis;
  const sentenceText =
    p.folded?.sentences ?? p.sentences.map((s) => matchForm(p.text.slice(s.start, s.end)).toLowerCase());
  const inBody = p.folded?.inBody;
  // A unit the whole passage lacks is in none of its sentences that are substrings of it.
  const absentFrom = (unit: number, i: number): boolean => shares[unit] === 0 && inBody?.[i] === true;
  const has = (unit: number, i: number): boolean => !absentFrom(unit, i) && found(q.units[unit]!, sentenceText[i]!) > 0;
  // Sentences about the focus; without a focus, those holding the most units.
  let about: number[] = [];
  // What someone said is told in a sentence with the speaker as its subject (トカエフ氏は…と述べた),
  // not in one that only names them (習氏は、トカエフ国家主席と…と指摘した).
  const statement = q.analysis.answerType === "statement";
  if (focus !== undefined)
    about = sentenceText
      .map((_, i) => i)
      .filter((i) =>
        statement
          ? !absentFrom(focus, i) &&
            speaks(
              q.units[focus]!.alternatives.map((a) => a.form),
              q.units[focus]!.short,
              sentenceText[i]!,
            )
          : has(focus, i),
      );
  // Whether the sentences chosen hold the focus: otherwise they are a guess, from the words they share.
  const byFocus = about.length > 0;
  if (about.length === 0 && !statement) {
    const counts = sentenceText.map((_, i) => q.units.reduce((n, u, k) => n + (has(k, i) ? u.weight : 0), 0));
    const best = Math.max(0, ...counts);
    if (best > 0)
      about = counts
        .map((c, i) => [c, i] as const)
        .filter(([c]) => c >= best * 0.8)
        .map(([, i]) => i);
  }
  // An ordinal only the heading names (第2回 in the title) does not vouch for a sentence naming
  // another instance of its series (第1回): that sentence is about the other instance, and is set
  // aside while other sentences are about the focus. (A body naming the ordinal itself may well
  // cite another as a reference: 第47回の選挙で…第41回以来の議席.)
  const series = q.units.filter((u, k) => u.series !== undefined && shares[k]! > 0 && found(u, body) === 0);
  const otherInstance = (i: number): boolean => series.some((u) => conflicts(u, sentenceText[i]!, q.own));
  if (series.length > 0) {
    const own = about.filter((i) => !otherInstance(i));
    if (own.length > 0) about = own;
  }
  const focused = focus === undefined || !q.analysis.focusRequired || shares[focus]! > 0;
  // The focus belongs to the topic asked about: 日本の首都 is not answered by カザフスタンの首都.
  // Without the focus in the passage (paraphrased: 死因 told as …で亡くなり) the topic must at
  // least stand as a word of its own, not only as a member of a dotted name (キルギス of
  // 中国・キルギス・ウズベキスタン鉄道 names a railway, and the passage is not about キルギス).
  const topicIn = (t: number): boolean => found(q.units[t]!, heading) > 0;
  const tied =
    focus === undefined ||
    topic === undefined ||
    (focused
      ? topicIn(topic) || about.some((i) => has(topic, i))
      : topicIn(topic) ||
        standsAlone(
          q.units[topic]!.alternatives.map((a) => a.form),
          p.text,
        ));
  const exact = q.units.every((u, i) => !u.exact || shares[i]! > 0);
  const named = q.units.every((u, i) => !u.name || shares[i]! > 0);
  // The answer sits in a sentence about the focus or right beside it.
  const window = (i: number): string =>
    statement
      ? sentenceText[i]!
      : [sentenceText[i - 1], sentenceText[i], sentenceText[i + 1]].filter((s) => s !== undefined).join("");
  // …and, for number and date questions, it is not one of the question's own words (the 2023年 of
  // 2023年の首脳会議はいつ does not answer it); a statement is tested as written. Other answer types
  // (place, person, …) have no type test, so this check is not made for them.
  const answerIn = (t: string): boolean => typeTest!.test(statement ? t : withoutOwn(t, q.own));
  // An article on the focus itself (its heading is the focus's name: 天治, an article on that era)
  // is about it in every sentence: the answer of its type may stand in any of them (1124年から
  // 1126年まで). Not a heading that merely holds the word (a story's title naming the fund asked about).
  const typedFrom =
    about.length === 0 &&
    focus !== undefined &&
    !statement &&
    found(q.units[focus]!, heading) > 0 &&
    withoutOwn(
      heading,
      q.units[focus]!.alternatives.map((a) => a.form),
    ).replace(/[\s\p{P}]/gu, "") === ""
      ? sentenceText.map((_, i) => i)
      : about;
  const typedAt = typedFrom.filter((i) => !typeTest || answerIn(window(i)));
  // An answer near the focus: with the focus missing, a number or place elsewhere answers something else.
  // An English question names its focus by syntax (how much *natural gas*); a Japanese one's last
  // noun before the question word is often no word of the answer (通常, 全部), so there the focus
  // is required only as the attribute of a topic (focused). A focus the corpus never uses may be
  // a counter word (pairs → 組).
  const nearFocus = !q.analysis.translated || focus === undefined || shares[focus]! > 0 || q.units[focus]!.absent;
  const typed = !typeTest || (focused && nearFocus && typedAt.length > 0);
  // Another instance of the series: in a passage without the one asked, or in every sentence that
  // would be quoted as the answer (the heading's 第2回 does not vouch for a sentence on 第1回).
  const conflict =
    q.units.some((u, i) => shares[i]! === 0 && conflicts(u, body, q.own)) ||
    (series.length > 0 && typedAt.length > 0 && typedAt.every(otherInstance));
  // Each independent reason against answering scales coverage down; a focus the corpus lacks is
  // one reason, not two (the focus is then missing from every passage).
  const direct = q.analysis.direct === true;
  const absentSalient = direct ? DIRECT_ABSENT_SALIENT : ABSENT_SALIENT;
  const focusPenalty = q.unknownFocus
    ? direct
      ? DIRECT_UNKNOWN_FOCUS
      : UNKNOWN_FOCUS
    : !focused && q.absentFocus
      ? Math.min(MISSING_FOCUS, absentSalient)
      : (focused ? 1 : MISSING_FOCUS) *
        (q.absentSalient ? absentSalient : 1) *
        (focused && q.absentFocus && !direct && focus !== undefined && shares[focus] === 0 ? ABSENT_FREE_FOCUS : 1);
  const penalty =
    (typed ? 1 : q.analysis.typeSure ? MISSING_SURE_TYPE : MISSING_TYPE) *
    (tied ? 1 : UNTIED) *
    (conflict ? OTHER_INSTANCE : exact ? 1 : MISSING_NUMBER) *
    (named ? 1 : MISSING_NAME) *
    focusPenalty;
  const strength = coverage * penalty;
  // Highlight the sentences that carry the answer: about the focus, and of the expected type when one is.
  // A passage on another instance of the series answers none of it.
  const hasFocus = focus === undefined || shares[focus]! > 0;
  const shared = (i: number): number =>
    q.total > 0 ? q.units.reduce((n, u, k) => n + (has(k, i) ? u.weight : 0), 0) / q.total : 0;
  const answeringAt = conflict
    ? []
    : answeringSentences({
        weights: q.units.map((u) => u.weight),
        count: sentenceText.length,
        about,
        hasFocus,
        sure: byFocus && focus !== undefined && hasFocus,
        shares,
        has,
        typed: (i) => !typeTest || answerIn(sentenceText[i]!),
        shared,
      });
  const answering = answeringAt.map((i) => p.sentences[i]!);
  // What the question asks beyond its words (the noun asked for, both sides of a comparison, a
  // plan), its forms looked for where the answer is: the answering sentences, else the passage.
  // Built only when read: a comparison or a plan reads the text, a count by category the sentences.
  const qAsks = q.asks ?? NO_ASKS;
  const read = qAsks.comparison || qAsks.future;
  const text = !read ? "" : answeringAt.length > 0 ? answeringAt.map((i) => window(i)).join("\n") : all;
  const forms = qAsks.category.length || qAsks.future ? q.units.map((u) => u.alternatives.map((a) => a.form)) : [];
  const asks = asksMet(
    qAsks,
    shares,
    named,
    exact,
    text,
    { sentences: sentenceText, forms, own: q.own, holds: has },
    qAsks.asked !== undefined && q.units[qAsks.asked]?.absent === true,
  );
  // A type asked must be in the sentence shown (a date question does not bold a dateless treaty
  // sentence); without one, the sentence holding the focus.
  const holdingAt =
    answeringAt.length > 0 || conflict
      ? undefined
      : typeTest
        ? (about.find((i) => answerIn(sentenceText[i]!)) ??
          about
            .flatMap((i) => [i - 1, i + 1])
            .find((i) => i >= 0 && i < sentenceText.length && answerIn(sentenceText[i]!)) ??
          sentenceText.findIndex((t, i) => answerIn(t) && shared(i) > 0))
        : byFocus && focus !== undefined && hasFocus
          ? about[0]
          : undefined;
  const holding = holdingAt !== undefined && holdingAt >= 0 ? [p.sentences[holdingAt]!] : [];
  // What the answer model (answer-model.ts) reads beside the flags: how much of the question one sentence holds.
  let sentenceShare = 0;
  for (let i = 0; i < sentenceText.length; i++) sentenceShare = Math.max(sentenceShare, shared(i));
  const answeringShare = Math.max(0, ...answeringAt.map(shared));
  let missing = 0;
  let heaviest = 0;
  let heaviestMissing = 0;
  let missingCount = 0;
  q.units.forEach((u, i) => {
    heaviest = Math.max(heaviest, u.weight);
    if (!u.absent && shares[i] === 0) {
      missing += u.weight;
      missingCount++;
      heaviestMissing = Math.max(heaviestMissing, u.weight);
    }
  });
  return {
    strength: Math.min(1, Math.max(0, strength * asksFactor(asks, q.analysis.translated === true || englishParagraph))),
    coverage,
    typed,
    tied,
    focused,
    exact,
    named,
    conflict,
    answering,
    holding,
    byFocus: byFocus && focus !== undefined && hasFocus,
    answeringShare,
    sentenceShare,
    missingKnown: q.total > 0 ? missing / q.total : 0,
    heaviestMissing: heaviest > 0 ? heaviestMissing / heaviest : 0,
    missingCount,
    asks,
  };
}

/** The three outcomes: quotes that answer, the closest passages marked as not answering, or a refusal. */
export function confidenceOf(
  bestStrength: number,
  onTopic: boolean,
  tuning: AnswerTuning = DEFAULT_ANSWER_TUNING,
): Confidence {
  if (!onTopic) return "none";
  return bestStrength >= tuning.answerStrength ? "answer" : "related";
}

export type { AnswerType };
