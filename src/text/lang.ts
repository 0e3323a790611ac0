/**
 * The language a reply should be written in: Japanese when the question has any kana or a
 * notable share of kanji, English otherwise (Latin-script and other scripts alike).
 */
export function detectLanguage(text: string): "ja" | "en" {
  const kana = (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (kana + han === 0) return "en";
  // A few Japanese names inside an English sentence keep it English.
  return latin > 3 * (kana + han) ? "en" : "ja";
}
