/**
 * The question made ready to be judged against many passages: each unit's spellings, weight and
 * rarity in the corpus, computed once per question (see judge.ts).
 */
import type { KeywordIndex } from "../../index/keyword/keyword-index.js";
import { analyze } from "../../text/analyzer.js";
import { analyzeEnglish, isEnglishTerm, isStopWordTerm } from "../../text/english.js";
import { englishTypeTest } from "./english-answer-types.js";
import { type QuestionAnalysis, type QuestionUnit, TYPE_NOUNS } from "./question-analysis.js";
import { matchForm } from "../../text/match-form.js";
import { CALENDAR, counterPattern, KANJI_COUNTERS, oneOf, WORD_FORMING } from "./counters.js";
import { fixedByHistory, ownExact } from "./fixed-by-history.js";
import { seriesOf } from "./mentions.js";
import { REPORTS_SAYING, shortFormsOf } from "./reported-speech.js";
import { COMPARES_JA } from "./comparison.js";
import { NO_ASKS, type QuestionAsks, questionAsks } from "./question-asks.js";

/** A translated focus whose best sense in the corpus scores below this share of its best sense overall. */
export const MINOR_SENSE = 0.6;
/** Importance from which a word is salient (a translated word's confidence; lone kanji and words of saying are below). */
export const SALIENT = 0.8;

/** Weight of a unit none of whose spellings the corpus contains: it says most clearly that the question is about something else. */
const ABSENT_RARITY = 1.5;

/**
 * Every field is always present (undefined when it does not apply), and a judgement's shares are a
 * Float64Array: the answer stage runs for 20 passages a question, and objects of one shape keep
 * V8's optimised code for it valid; a question with an ordinal or a speaker, or a compound half
 * found, otherwise threw the first real questions after the start-up warm-up back to the
 * interpreter (29 deoptimisations in the first 200 questions at 1k).
 */
export interface PreparedUnit {
  /** `bare`: the spelling is digits alone (3 of 3番目), found only as a number of its own (unit-found.ts holdsNumber). */
  readonly alternatives: ReadonlyArray<{ readonly form: string; readonly compound: boolean; readonly bare?: boolean }>;
  readonly weight: number;
  readonly absent: boolean;
  /** A number or date in the question (2024年, 第1回): a passage with another one does not answer. */
  readonly exact: boolean;
  /** A name (katakana or Latin word) the corpus uses: a passage without it is about something else. */
  readonly name: boolean;
  /** For an ordinal (第2回), the question's own or one an earlier turn fixed (fixed-by-history.ts): any instance of its series (第1回, 第3回…). */
  readonly series: RegExp | undefined;
  /** For the speaker of a statement question: the name's short forms, family name and title (習主席, 習氏 for 習近平). */
  readonly short: RegExp | undefined;
}

/** A spelling that is a number alone, without its counter (the 3 of 3番目, split from its counter). */
const BARE_NUMBER = /^[0-9]+(?:[.,][0-9]+)?$/u;

/** A question made ready to be judged against many passages: unit weights computed once. */
export interface PreparedQuestion {
  readonly analysis: QuestionAnalysis;
  readonly units: readonly PreparedUnit[];
  readonly total: number;
  readonly typeTest?: RegExp;
  /** The same test for an English paragraph (english-answer-types.ts). */
  readonly typeTestEnglish?: RegExp;
  /** A salient unit of the question occurs nowhere in the corpus. */
  readonly absentSalient: boolean;
  /** …and it is the focus: then no passage holds the focus either, one fact and not two. */
  readonly absentFocus: boolean;
  /** An English question's focus that the corpus lacks in the sense asked (see UNKNOWN_FOCUS). */
  readonly unknownFocus: boolean;
  /** The question's own spellings, longest first: an answer is something the question does not already say. */
  readonly own: readonly string[];
  /**
   * Set for a follow-up one of whose own salient words the corpus lacks: the weight of its own
   * units (not the earlier turns'), by which its coverage is also measured (see judge).
   */
  readonly ownTotal?: number;
  /** What the question asks beyond its words (question-asks.ts); always set by prepareQuestion. */
  readonly asks?: QuestionAsks;
}

const NAME = /^(?:[\p{Script=Katakana}ー]{2,}|[a-z][a-z0-9]+)$/u;
const KANJI_COMPOUND = /^(?=(?:.*\p{Script=Han}){2})[\p{Script=Han}々〆ヶ]+$/u;

/** Rarity in [0.5, 1] of a spelling from the keyword index (its rarest indexed term), or undefined when the corpus lacks it. */
/** A spelling in Latin letters (an English word, or a phrase of them). */
const LATIN_FORM = /^[a-z0-9][a-z0-9 '\-.]*$/;

function rarityOf(form: string, keyword: KeywordIndex): number | undefined {
  // A Latin word the Japanese side lacks may be a word of the archive's English paragraphs.
  const japaneseSide = analyze(form);
  const terms =
    LATIN_FORM.test(form) && !japaneseSide.some((t) => keyword.has(t))
      ? analyzeEnglish(form).filter((t) => !isStopWordTerm(t))
      : japaneseSide;
  const chars = [...form];
  // A multi-character word is as rare as its rarest pair of characters (its bigrams), a single
  // character as rare as itself.
  const keys =
    chars.length > 1 && !terms.some((t) => t.startsWith("w:") || isEnglishTerm(t))
      ? terms.filter((t) => [...t].length === 2)
      : terms;
  if (keys.length === 0) return undefined;
  let best = 0;
  let missing = 0;
  for (const t of keys) {
    if (!keyword.has(t)) missing++;
    else best = Math.max(best, keyword.idf(t));
  }
  // A kanji compound the corpus writes apart (先端技術協力 as 先端技術の協力) still mostly occurs.
  if (missing > (KANJI_COMPOUND.test(form) && chars.length >= 3 ? keys.length / 2 : 0)) return undefined;
  const max = keyword.idf("\u0000never");
  return 0.5 + (0.5 * best) / max;
}

/**
 * A count or amount: digits (not an ordinal: 第2回, 2番目), or kanji numerals followed by a counter
 * (三千人, 五つ, 三か国; not 一方, 両国, 一時, 一度も or 一周年: see WORD_FORMING).
 */
export const COUNT =
  `(?<![第0-9])[0-9][0-9,.]*(?![0-9,.]*番目)|[一二三四五六七八九十百千万億兆]+(?=${oneOf(KANJI_COUNTERS, CALENDAR)})` +
  `|(?:[二三四五六七八九十百千億兆]|[一二三四五六七八九十百千万億兆]{2,})(?=${oneOf(WORD_FORMING)})`;

function typeTestFor(a: QuestionAnalysis): RegExp | undefined {
  switch (a.answerType) {
    case "number":
      // 何人 also asks which people (ポルトガル人), 何基準 which criterion (トレスカ基準): a katakana name before the counter answers too.
      return a.counter
        ? new RegExp(
            `[0-9一二三四五六七八九十百千万億兆数何幾][0-9,.一二三四五六七八九十百千万億兆]*.{0,2}${counterPattern(a.counter)}|[\\p{Script=Katakana}ー]{2,}${counterPattern(a.counter)}`,
            "u",
          )
        : new RegExp(COUNT, "u");
    case "date": {
      const parts = a.dateParts ?? [];
      // A period names a time (初期, 時期); 期 inside another word does not (長期的 of a treaty's friendship).
      // A time of day or a season answers いつ too (カラフトマスは主に夜間移動する), and so does a
      // span of years in brackets (a life: (1920 - 1999)); JSQuAD valid, scripts/answer-type-errors.mjs.
      if (parts.length === 0)
        return /[0-9一二三四五六七八九十百千]+(?:年|月|日|世紀|時)|時代|年代|昨年|今年|来年|翌年|前年|先月|今月|曜日|頃|ごろ|以前|以降|当時|[前後初末中]期|時期|夜間|日中|昼間|早朝|深夜|未明|夕方|[春夏秋冬]季|[(（][0-9]{3,4}\s*[-–－~〜]\s*[0-9]{3,4}/u;
      const unit = { year: "年", month: "月", day: "日" } as const;
      // Every part asked for (何月何日: a month and a day), each after a numeral. Anchored: the
      // lookaheads hold at the start exactly when they hold anywhere, and are then tried once, not at every position.
      return new RegExp("^" + parts.map((p) => `(?=.*[0-9一二三四五六七八九十]${unit[p]})`).join("") + ".", "su");
    }
    case "statement":
      return REPORTS_SAYING;
    case "comparison":
      return COMPARES_JA;
    default:
      return undefined;
  }
}

/** The match forms of a unit's spellings. */
function formsOf(u: QuestionUnit): string[] {
  return [...new Set(u.alternatives.map((a) => matchForm(a).toLowerCase()).filter(Boolean))];
}

/** Rarity of each spelling of a unit the corpus uses (none when the corpus lacks the unit). */
function knownRarities(u: QuestionUnit, forms: readonly string[], keyword: KeywordIndex): number[] {
  // The index splits words at middle dots (グスタフ・マーラー): rarity is looked up on the spelling as written.
  return (u.label.includes("・") ? [u.label] : forms)
    .map((f) => rarityOf(f, keyword))
    .filter((r): r is number => r !== undefined);
}

/** Whether the corpus uses a spelling of the unit: the answer stage's one test of absence, also asked for a conversation's earlier turns (followup.ts). */
export function heldByCorpus(u: QuestionUnit, keyword: KeywordIndex): boolean {
  return knownRarities(u, formsOf(u), keyword).length > 0;
}

/**
 * Whether a unit the corpus lacks altogether says the question is about something else: a salient
 * word, and also — in a Japanese question — the measure a number question asks (面積 of カスピ海の
 * 面積はどれくらい: a type noun weighs nothing in coverage, but no paragraph that never names the
 * measure gives it). Not a lone kanji: a pronoun (彼 of 彼の名前は？) is one the articles may never use.
 */
function saysMuchWhenAbsent(u: QuestionUnit, analysis: QuestionAnalysis): boolean {
  if (u.importance >= SALIENT) return true;
  return analysis.translated !== true && u.label.length >= 2 && TYPE_NOUNS.get(u.label) === "number";
}

/** `question`, as the user wrote it, lets the judge weigh what it asks beyond its words (question-asks.ts). */
export function prepareQuestion(
  analysis: QuestionAnalysis,
  keyword: KeywordIndex,
  question?: string,
): PreparedQuestion {
  let total = 0;
  let ownTotal = 0;
  const exacts = ownExact(analysis.units);
  const fixed = fixedByHistory(analysis.units);
  const units = analysis.units.map((u, i) => {
    const forms = formsOf(u);
    const known = knownRarities(u, forms, keyword);
    const absent = known.length === 0;
    // A unit is as informative as its most common spelling the corpus uses.
    const rarity = absent ? ABSENT_RARITY : Math.min(...known);
    const weight = u.importance * rarity;
    total += weight;
    if (!u.borrowed) ownTotal += weight;
    const exact = exacts[i]!;
    const series = exact || fixed[i] ? seriesOf(forms[0] ?? "") : undefined;
    const short = analysis.answerType === "statement" && i === analysis.focus ? shortFormsOf(forms) : undefined;
    return {
      alternatives: forms.map((form) => ({
        form,
        compound: [...form].length >= 3 && KANJI_COMPOUND.test(form),
        bare: BARE_NUMBER.test(form),
      })),
      weight,
      absent,
      exact,
      name: !absent && u.importance >= SALIENT && forms.every((f) => NAME.test(f)),
      series,
      short,
    };
  });
  const typeTest = typeTestFor(analysis);
  const typeTestEnglish = englishTypeTest(analysis);
  // A word the question wrote, or an English common word none of whose translations the corpus
  // uses (weather → 天気). A name transliterated from English may just be spelled otherwise.
  const absent = units.map((u, i) => {
    const src = analysis.units[i]!;
    const written = src.alternatives.includes(matchForm(src.label).toLowerCase());
    return u.absent && saysMuchWhenAbsent(src, analysis) && (written || !/^\p{Lu}/u.test(src.label));
  });
  const absentSalient = absent.some(Boolean);
  // A follow-up asking for something the articles lack (「それの人口は？」): the earlier turns'
  // words say what it is about, never what it asks, so they cannot make up for the missing word.
  const ownAbsent = analysis.units.some((u) => u.borrowed) && absent.some((a, i) => a && !analysis.units[i]!.borrowed);
  const absentFocus =
    analysis.focus !== undefined && absent[analysis.focus] === true && absent.filter(Boolean).length === 1;
  // A translated focus the corpus lacks, however little the word weighs (GDP), or holds only in a
  // minor sense (population → 住民); a capitalised word may be a name spelled otherwise.
  const focusUnit = analysis.focus !== undefined ? analysis.units[analysis.focus] : undefined;
  const unknownFocus =
    analysis.translated === true &&
    analysis.answerType !== "number" &&
    focusUnit !== undefined &&
    ((units[analysis.focus!]!.absent && !/^\p{Lu}\p{Ll}/u.test(focusUnit.label)) ||
      (focusUnit.sense ?? 1) < MINOR_SENSE);
  // A type noun or an answer form weighs nothing, and a lone kanji (年 of 発表した年は何年) is part
  // of too many words: neither is a word of the question's own, and blanking it would blank the answer (1986年).
  const own = units
    .flatMap((u, i) => (analysis.units[i]!.importance > 0 ? u.alternatives.map((a) => a.form) : []))
    .filter((f) => [...f].length > 1)
    .sort((a, b) => b.length - a.length);
  return {
    analysis,
    units,
    total,
    absentSalient,
    absentFocus,
    unknownFocus,
    own,
    asks: question === undefined ? NO_ASKS : questionAsks(question, analysis),
    ...(ownAbsent ? { ownTotal } : {}),
    ...(typeTest ? { typeTest } : {}),
    ...(typeTestEnglish ? { typeTestEnglish } : {}),
  };
}
