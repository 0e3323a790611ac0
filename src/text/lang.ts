/**
 * The one place that decides whether text is Japanese or English. The query planner, the labels
 * of a reply (terminal, Discord) and the quote checker's hints all ask here, so a question is
 * never planned in one language and answered with the other's labels.
 */
export type Language = "ja" | "en";

const JAPANESE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ENGLISH_OPENING =
  /^\W*(?:what|who|whom|whose|where|when|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|tell me|name|list|explain|describe)\b/i;

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/** Whether the text holds any kana or kanji (a quotation with none is likely a translation). */
export function hasJapanese(text: string): boolean {
  return JAPANESE_CHAR.test(text);
}

/**
 * Whether a question is written mostly in Latin script: English (or another Latin-script
 * language, which then finds few translations). The planner translates exactly these questions.
 * A Japanese name inside an English sentence keeps it English; a question with no letters at
 * all (emoji, digits) is not.
 */
export function isMostlyEnglish(question: string): boolean {
  const latin = count(question, /\p{Script=Latin}/gu);
  if (latin === 0) return false;
  const japanese = count(question, /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const other = count(question, /\p{L}/gu) - latin - japanese;
  // A question that ends in Japanese grammar (「…を日本語で？」) is Japanese, however long its Latin part.
  const lastLetter = /(\p{L})[^\p{L}]*$/u.exec(question)?.[1] ?? "";
  if (/\p{Script=Hiragana}/u.test(lastLetter)) return false;
  // One opening with English question grammar is English, whatever Japanese it quotes.
  if (ENGLISH_OPENING.test(question)) return true;
  // A Japanese character carries about as much as a short English word (three letters).
  return latin > 3 * japanese && latin > other;
}

/**
 * The language a reply should be written in: English when the planner treats the question as
 * English (isMostlyEnglish); otherwise Japanese when it has any kana or a notable share of kanji,
 * English for other scripts.
 */
export function detectLanguage(text: string): Language {
  if (isMostlyEnglish(text)) return "en";
  const kana = count(text, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(text, /\p{Script=Han}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  if (kana + han === 0) return "en";
  // A few Japanese names inside an English sentence keep it English.
  return latin > 3 * (kana + han) ? "en" : "ja";
}

/** The languages a paragraph can be analysed as (front matter `lang`: ja, en, or a tag such as en-GB). */
function declared(lang: string | undefined): Language | undefined {
  const tag = lang?.trim().toLowerCase().slice(0, 2);
  return tag === "ja" || tag === "en" ? tag : undefined;
}

/**
 * The language a paragraph is analysed in: the document's front-matter `lang` unless the
 * paragraph is plainly in the other language, and the paragraph's own script where the document
 * declares none. A Japanese paragraph quoting English names stays Japanese (any kana, or kanji
 * beside them, keeps it so), and an English one quoting a name in kanji stays English: a
 * Japanese document's paragraph turns English only with no kana or kanji at all and a few words,
 * an English document's turns Japanese only when Japanese outweighs its Latin letters.
 */
export function paragraphLanguage(text: string, docLang?: string): Language {
  if (docLang !== undefined) return languageOf(text, docLang);
  let lang = undeclared.get(text);
  if (lang === undefined) {
    if (undeclared.size >= UNDECLARED_LIMIT) undeclared.clear();
    undeclared.set(text, (lang = languageOf(text, undefined)));
  }
  return lang;
}

/**
 * Languages of paragraphs asked without a document language (the answer stage asks for each
 * passage it judges, every question): counting a paragraph's letters allocates one string per
 * letter, so each is counted once. Keys are the passages' own strings, which an engine holds
 * anyway; kept few (started afresh when full), since ingest asks too, of texts it would otherwise
 * let go (20,000 kept raised its peak RSS by ~32 MB at 100k).
 */
const undeclared = new Map<string, Language>();
const UNDECLARED_LIMIT = 2_000;

function languageOf(text: string, docLang: string | undefined): Language {
  const latin = count(text, /\p{Script=Latin}/gu);
  const japanese = count(text, /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  switch (declared(docLang)) {
    case "ja":
      return japanese === 0 && count(text, /\p{Script=Latin}+/gu) >= 3 ? "en" : "ja";
    case "en":
      return japanese > 0 && 3 * japanese > latin ? "ja" : "en";
    default:
      return japanese === 0 ? (latin > 0 ? "en" : "ja") : latin > 3 * japanese ? "en" : "ja";
  }
}
