/**
 * Question analysis for the answer stage: what a question asks for, independent of any passage.
 *
 * - Units: the content words a passage must hold to answer (kanji, katakana and Latin words,
 *   numbers with their counter); an English question's units are its translated words, each with
 *   its alternative translations.
 * - Focus and topic: in 「XのYは何ですか」 / "the Y of X", Y is what is asked about and X what it
 *   belongs to; 日本の首都 is not answered by a sentence about カザフスタンの首都.
 * - Expected answer type: a number (with its counter), a date (and how precise), a person, a
 *   place, a reason, or anything else.
 *
 * Plain data only (the engine may move to a worker: an analysis must be structured-cloneable).
 */

import { matchForm, withoutOkurigana } from "../../text/match-form.js";
import { CALENDAR, COUNTERS, KATAKANA_COUNTER, MAGNITUDES, oneOf, TIME_SPANS } from "./counters.js";
import { ASKS_WHAT_WAS_SAID, SAYING_WORD } from "./reported-speech.js";
import {
  ASKS_A_NAME,
  counterAlone,
  EMBEDDED,
  HIRAGANA_WH,
  inRanges,
  quotedRanges,
  withoutIndefinites,
  yearsElapsed,
} from "./question-wording.js";

/** `statement`: what someone said (何と述べたか, "What did X say"); the speaker is the focus. */
export type AnswerType = "number" | "date" | "person" | "place" | "reason" | "statement" | "comparison" | "other";

export interface QuestionUnit {
  /** How the question wrote it (the English word for a translated question). */
  readonly label: string;
  /** Japanese spellings any of which counts as the unit being present (match form: NFKC, no middle dots). */
  readonly alternatives: readonly string[];
  /** 0..1: how much the unit says (translation confidence; a lone kanji says less than a word). */
  readonly importance: number;
  /**
   * For a translated word: how its best translation the corpus holds compares with the word's
   * best sense (1 when it is that sense). population → 住民 (a resident) is a minor sense.
   */
  readonly sense?: number;
  /** A word of an earlier question of the conversation: it helps find the subject, but no number or name of it is required… */
  readonly borrowed?: boolean;
  /** …unless the follow-up refers back to that turn (それ, そこ, it; or names nothing of its own): then its numbers and ordinals hold (fixed-by-history.ts). */
  readonly referredTo?: boolean;
}

export interface QuestionAnalysis {
  readonly units: readonly QuestionUnit[];
  /** Index into units of what is asked about, when the question's shape shows it. */
  readonly focus?: number;
  /**
   * Whether a passage must hold the focus: an attribute of a topic (トルクメニスタンの首都, the
   * capital of Uzbekistan) or what the question says it is about (Xについて). The head noun of a
   * relative clause (…を製造している会社) names the class of the answer, which the passage names
   * by its instance instead.
   */
  readonly focusRequired: boolean;
  /** Index into units of what the focus belongs to (X in XのY / "Y of X"). */
  readonly topic?: number;
  readonly answerType: AnswerType;
  /**
   * The wording leaves no doubt about the type (何歳, 何カ国, 何年, 何月何日, いつ, いくつ; "how
   * many", "what year"): a passage without an answer of that type does not answer, and the judge
   * weighs its absence more (judge.ts MISSING_SURE_TYPE). A type read from a noun (時期, 人数) or
   * from a counter that only begins a word (何社会, 何基準) is a guess and weighs as before.
   */
  readonly typeSure?: boolean;
  /** For a number: the counter the answer carries (人 in 何人), when one is asked for. */
  readonly counter?: string;
  /** For a date: the parts asked for (何月何日 asks for a month and a day). */
  readonly dateParts?: ReadonlyArray<"year" | "month" | "day">;
  /** The units are translations of an English question's words. */
  readonly translated?: boolean;
  /**
   * The archive holds paragraphs in the question's language beside the other's (issue 20): a
   * word the archive lacks may just be paraphrased there, so its absence weighs less (answer.ts).
   */
  readonly direct?: boolean;
  /**
   * For a follow-up that refers back: the articles that answered the turn before, which hold the
   * event the conversation is on (search/answered-turns.ts, answer/earlier-answer.ts).
   */
  readonly answeredIn?: readonly string[];
  /** Index into units of the position a follow-up asks for in a list (三つ目, the fourth: answer/list-position.ts). */
  readonly position?: number;
}

/** A counter after 何 asks for a count or an amount (何人, 何カ国; 何季 or 何語 ask for a thing). */
const COUNTER_AFTER_WH = new RegExp(`^${oneOf(COUNTERS)}`, "u");
const DATE_COUNTERS: Record<string, "year" | "month" | "day"> = { 年: "year", 月: "month", 日: "day" };

/** A person's honorific after a name (習氏, Zhalynさん): the passage may name the person otherwise. */
const HONORIFIC = /(?<=.)(?:氏|さん|様|君)$/u;

/**
 * Nouns that name the kind of answer rather than a word the passage holds (人物の名前, 子供の人数,
 * 梅雨に入る場所): a question about one of them asks for its type, and its focus is the word before.
 */
export const TYPE_NOUNS: ReadonlyMap<string, AnswerType> = new Map([
  ...[
    "人数",
    "数",
    "回数",
    "金額",
    "額",
    "割合",
    "年齢",
    "距離",
    "長さ",
    "高さ",
    "重さ",
    "面積",
    "温度",
    "速度",
    "時間",
    "量",
    "規模",
    "人口比",
    "率",
    "値",
    "価格",
    "順位",
  ].map((w) => [w, "number"] as const),
  // 西暦何年: the calendar names the form of the answer (1966年), not a word of the passage.
  // 元号 asks for an era's name (天治), not a date.
  ...["年", "時期", "時代", "年代", "日付", "日時", "期間", "時", "季節", "世紀", "西暦", "和暦"].map(
    (w) => [w, "date"] as const,
  ),
  ...["人物", "人", "名前", "氏名", "人名", "作者", "著者", "フルネーム"].map((w) => [w, "person"] as const),
  ...["場所", "地域", "所", "地点", "位置", "都市", "国", "地名", "施設", "国名", "場", "地"].map(
    (w) => [w, "place"] as const,
  ),
  ...["理由", "原因", "目的", "要因", "きっかけ"].map((w) => [w, "reason"] as const),
  ...[
    "名称",
    "種類",
    "物",
    "もの",
    "こと",
    "方法",
    "手段",
    "内容",
    "言葉",
    "用語",
    "単語",
    "特徴",
    "形",
    "色",
    "作品",
    "組織",
    "団体",
    "職業",
    "役職",
    "部分",
    "呼称",
    "略称",
    "通称",
    "愛称",
    "別名",
    "結果",
    "元号",
  ].map((w) => [w, "other"] as const),
]);

/**
 * A word of kanji joined by one kana of okurigana (食べ物, 乗り物, 取り組, 話し合): one word, not two
 * lone kanji that say little, so that a question about a thing the articles never mention (好きな
 * 食べ物) has a salient word the corpus lacks; also looked for without the kana (取組). Particles,
 * verb and adjective endings and the adverbs' kana are no okurigana (日本の首都, 来た人, 多い民族,
 * 再び国際). On JSQuAD valid, allowing い or び refused answerable questions (一番多い民族は).
 */
const OKURIGANA_WORD =
  "[\\p{Script=Han}々]+(?![のがはをにでとへもやかねよなだたてしいくるうつすびぬら])[ぁ-ゖ](?=\\p{Script=Han})[\\p{Script=Han}々]+";

const TOKEN = new RegExp(
  `第?[0-9]+(?:[.,][0-9]+)*${oneOf(MAGNITUDES, COUNTERS, CALENDAR, TIME_SPANS)}{0,3}|${OKURIGANA_WORD}|[\\p{Script=Han}々〆]*何[カヵヶケか](?=[国所月])[\\p{Script=Han}々〆ヶ]*|[\\p{Script=Han}々〆ヶ]+|[\\p{Script=Katakana}ー]+(?:[・･][\\p{Script=Katakana}ー]+)*|[\\p{Script=Latin}][\\p{Script=Latin}0-9]*|[\\p{Script=Hiragana}]+`,
  "gu",
);

/**
 * A script and a length, or a word followed by で and a verb of writing (表す, 表記, 書く; not the
 * nouns 表明 or 書簡): the form asked for (アルファベット3文字の略称, ローマ字で書くと).
 */
const ANSWER_FORM =
  /(?:[\p{Script=Katakana}ー]+|\p{Script=Han}+)(?:(?:[0-9]+|[一二三四五六七八九十]+)(?:文字|字)[での]|で(?=表[さしすせ記]|書[かきくけい]))/gu;

/**
 * The speaker of a question asking what was said: the subject (Xは, Xが) before the question
 * word, a name in it rather than its title (トカエフ of トカエフ大統領).
 */
function speakerOf(
  units: readonly QuestionUnit[],
  subject: readonly boolean[],
  joined: readonly boolean[],
  end: number,
): number | undefined {
  for (let i = end - 1; i >= 0; i--) {
    if (!subject[i] || units[i]!.importance < 1) continue;
    let best = i;
    for (let k = i; k > 0 && joined[k]; k--)
      if (/^[\p{Script=Katakana}ー]{2,}$|^\p{Script=Latin}/u.test(units[k - 1]!.label)) best = k - 1;
    return best;
  }
  return undefined;
}

/**
 * Analyses a Japanese question. Hiragana runs are grammar (particles, okurigana, question words)
 * and are not units; 何 and what follows it in a kanji run ask the question (何人 → a number of
 * people, 何月何日 → a date with month and day).
 */
export function analyzeJapanese(question: string): QuestionAnalysis {
  // Middle dots stay while splitting (中国・中央アジア is two words) and go in each unit's spelling.
  const text = question.normalize("NFKC");
  const units: QuestionUnit[] = [];
  let answerType: AnswerType = "other";
  /** The type the wording made sure of (see QuestionAnalysis.typeSure). */
  let sureOf: AnswerType | undefined;
  /** 何 before a noun that is no counter (何水素, 何国): a kind of thing is asked, not a count. */
  let kindAsked = false;
  /** Units read off a counted noun (学生 of 学生数): the question asks a number when one of them is its focus. */
  const counted: number[] = [];
  // Question words in a quotation (「いつ、どこで…」という問い) are part of what is quoted.
  const quoted = quotedRanges(text);
  let counter: string | undefined;
  const dateParts = new Set<"year" | "month" | "day">();
  let whAt = -1;
  /** For each unit, whether the character after it is の (X in XのY). */
  const beforeNo: boolean[] = [];
  /** For each unit, whether it ends a subject (Xは, Xが), and whether it follows the previous unit directly (トカエフ|大統領). */
  const subject: boolean[] = [];
  const joined: boolean[] = [];
  const starts: number[] = [];
  let lastEnd = -1;
  let at = 0;
  let atEnd = 0;
  /** A unit the question says it is about (Xについて, Xとは), or the noun after どんな / どの. */
  let about: number | undefined;
  let askedNoun = false;
  /** Where a katakana counter after 何 starts (何ページ): the counter asked, no word of the passage. */
  let counterAt = -1;
  const push = (label: string, importance: number, next: string, alternatives: string[] = [label]): void => {
    const word = SAYING_WORD.test(label) ? 0.3 : importance;
    if (askedNoun && word >= 1) about ??= units.length;
    askedNoun = false;
    units.push({ label, alternatives: alternatives.map((a) => matchForm(a).toLowerCase()), importance: word });
    beforeNo.push(next === "の");
    subject.push(next === "は" || next === "が");
    joined.push(at === lastEnd);
    starts.push(at);
    lastEnd = atEnd;
  };
  const tokens = [...text.matchAll(TOKEN)];
  tokens.forEach((m) => {
    at = m.index;
    atEnd = m.index + m[0].length;
    // Placeholders (〇〇学習会館: 〇〇に入る言葉) stand for the answer, not for words of the passage.
    const tok = m[0].replace(/[〇○]/gu, "");
    if (!tok) return;
    const next = text.slice(m.index + tok.length, m.index + tok.length + 1);
    if (/^\p{Script=Hiragana}/u.test(tok)) {
      if (/^(?:について|に関して|をめぐ|とは)/.test(tok) && units.length && units[units.length - 1]!.importance >= 1)
        about ??= units.length - 1;
      if (inRanges(at, quoted) || EMBEDDED.test(text.slice(at))) return;
      const run = withoutIndefinites(tok, text.charAt(atEnd));
      askedNoun = /(?:どんな|どの|どういう|どのような)$/.test(run);
      for (const [re, type, sure] of HIRAGANA_WH) {
        if (re.test(run)) {
          if (answerType === "other") {
            answerType = type;
            if (sure) sureOf = type;
          }
          if (whAt < 0) whAt = units.length;
        }
      }
      if (/^(?:どんな|どの|どう|何|なに|なん)/.test(run) && whAt < 0) whAt = units.length;
      return;
    }
    if (/^(?:誰|何者)$/.test(tok)) {
      if (answerType === "other") answerType = "person";
      if (whAt < 0) whAt = units.length;
      return;
    }
    const wh = tok.indexOf("何");
    if (wh >= 0) {
      const before = tok.slice(0, wh);
      if (before.length) push(before, before.length > 1 ? 1 : 0.5, "");
      // 何年も, 何度も: "for years", "again and again"; and a 何 quoted asks nothing.
      if (next === "も" || inRanges(at + wh, quoted)) return;
      askedNoun = /^何の?$/.test(tok.slice(wh)) && next === "の";
      if (whAt < 0) whAt = units.length;
      const rest = tok.slice(wh).replace(/何/g, " ").trim().split(/\s+/).filter(Boolean);
      const katakana = rest.length === 0 ? KATAKANA_COUNTER.exec(text.slice(atEnd)) : null;
      if (katakana) {
        if (answerType !== "date") answerType = sureOf = "number";
        counter ??= katakana[0];
        counterAt = atEnd;
      }
      for (const word of rest) {
        // 何万人, 何億円: a magnitude before the counter; the counter after it is what is counted.
        const c = /^[十百千万億兆]+[^十百千万億兆]/u.test(word) ? word.replace(/^[十百千万億兆]+/u, "") : word;
        const head = c[0]!;
        const elapsed = head === "年" && yearsElapsed(c.slice(1), text.slice(atEnd));
        if (DATE_COUNTERS[head] && !/^.(?:間|分)/u.test(c) && !elapsed) {
          dateParts.add(DATE_COUNTERS[head]!);
          answerType = "date";
          if (/^.(?:頃|ごろ)?$/u.test(c)) sureOf = "date";
        } else if (head === "国") {
          // 何国: which country (内陸国, ザイール共和国); a count is 何カ国.
          kindAsked = true;
        } else if (elapsed || COUNTER_AFTER_WH.test(c) || /^(?:カ国|ヶ国|ヵ国|年間|年分)/.test(c)) {
          if (answerType !== "date") answerType = "number";
          // 何ヶ国, 何ヶ所: the small ヶ only joins the number to the counter after it.
          const own = /^[カヵヶケか]/u.test(head) ? (c[1] ?? "国") : head;
          counter ??= own;
          if (answerType === "number" && counterAlone(c, own)) sureOf = "number";
        } else kindAsked = true;
      }
      return;
    }
    if (/^第?[0-9]/.test(tok)) {
      // 2年間 is also written 2年: the number with its first counter is enough.
      const short = /^第?[0-9.,]+[^0-9.,]?/u.exec(tok)![0];
      push(tok, 1, next, short !== tok ? [tok, short] : [tok]);
      return;
    }
    if ((/^\p{Script=Latin}/u.test(tok) && tok.length < 2) || at === counterAt) return;
    // Katakana before the prolonged sound mark only (ー alone) is no word.
    if (/^ー+$/.test(tok)) return;
    // The counter カ of 何カ国 is no word of the passage.
    if (/^[カヵヶケ]$/u.test(tok) && whAt === units.length) return;
    // 学生数: the students, counted.
    const countedNoun = /^(\p{Script=Han}{2,})(?:人数|数)$/u.exec(tok);
    if (countedNoun && whAt < 0) {
      counted.push(units.length);
      push(countedNoun[1]!, 1, next);
      return;
    }
    const bare = tok.replace(HONORIFIC, "");
    const short = withoutOkurigana(bare);
    push(tok, [...bare].length > 1 ? 1 : 0.5, next, [...new Set([tok, bare, short])]);
  });
  // アルファベット3文字で表すと, カタカナで何というか: the form the answer is written in, not a word of the passage.
  for (const m of text.matchAll(ANSWER_FORM)) {
    units.forEach((u, i) => {
      if (starts[i]! >= m.index && starts[i]! < m.index + m[0].length) units[i] = { ...u, importance: 0 };
    });
  }
  // The focus is the last word before the question word (トルクメニスタンの首都|はどこ); its topic
  // is the word joined to it by の.
  let focus: number | undefined = about;
  const end = whAt >= 0 ? whAt : units.length;
  for (let i = end - 1; focus === undefined && i >= 0; i--) {
    if (units[i]!.importance >= 1) focus = i;
  }
  // 子供の人数, 人物の名前: the type noun says what kind of answer is asked for; the word before it is the focus.
  while (focus !== undefined && TYPE_NOUNS.has(units[focus]!.label)) {
    const type = TYPE_NOUNS.get(units[focus]!.label)!;
    // 面積が大きい市は何市か: the kind 何 asks for (a city) names the answer, not the type noun of a clause before it.
    if (!kindAsked && (answerType === "other" || (type !== "other" && answerType === "person"))) answerType = type;
    units[focus] = { ...units[focus]!, importance: 0 };
    focus = focus > 0 && beforeNo[focus - 1] && units[focus - 1]!.importance >= 1 ? focus - 1 : undefined;
  }
  // 学生数は？: the students, counted — when they are what is asked about, not a word of a clause
  // before it (議員数ごとに支給される…政党は？) nor the class of a kind asked (炭素数の少ない何水素).
  if (answerType === "other" && !kindAsked && focus !== undefined && counted.includes(focus)) answerType = "number";
  // これを何というか: a term is asked, whatever type its noun (期間, 距離) or a counter suggested.
  const asksName = ASKS_A_NAME.test(text);
  if (asksName) answerType = "other";
  let topic = focus !== undefined && focus > 0 && beforeNo[focus - 1] ? focus - 1 : undefined;
  // 何と述べたか, どう反応したか: what someone said; the answer is in a sentence where the speaker
  // (the subject, トカエフ大統領は) says something, whoever else the passage names.
  const speaker =
    answerType === "other" && !asksName && ASKS_WHAT_WAS_SAID.test(text)
      ? speakerOf(units, subject, joined, whAt >= 0 ? whAt : units.length)
      : undefined;
  if (speaker !== undefined) {
    answerType = "statement";
    focus = speaker;
    topic = undefined;
  }
  return {
    units,
    ...(focus !== undefined ? { focus } : {}),
    focusRequired: focus !== undefined && (topic !== undefined || focus === about || focus === speaker),
    ...(topic !== undefined ? { topic } : {}),
    answerType,
    ...(sureOf !== undefined && sureOf === answerType ? { typeSure: true } : {}),
    ...(counter ? { counter } : {}),
    ...(dateParts.size ? { dateParts: (["year", "month", "day"] as const).filter((p) => dateParts.has(p)) } : {}),
  };
}
