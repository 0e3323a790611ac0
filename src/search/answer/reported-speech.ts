/**
 * Statements, what someone said: one list of the verbs of saying for both sides — the question
 * that asks what was said (何と述べたか, どう反応したか) and the passage's sentence that reports it
 * (…と述べた, …と反応した) — and who a sentence's speaker is: its subject, named in full or by a
 * short form of the name (習主席 for 習近平国家主席). Plain functions over match-form text.
 */
import { escapeRegExp } from "../../util/regexp.js";

/** Verbs of saying, as the stems written before their endings (述べた, 強調しました, 言いました). */
const SAYING_VERBS = [
  "述べ",
  "語っ",
  "語り",
  "語る",
  "語ら",
  "言っ",
  "言い(?!ます)",
  "話し",
  "話す",
  "発言",
  "強調",
  "指摘",
  "表明",
  "主張",
  "訴え",
  "呼びかけ",
  "説明",
  "答え",
  "回答",
  "反応",
  "評価",
  "言及",
  "明らかにし",
  "考えを示",
  "示し",
  "書い",
];
/** Thinking reported as saying is (…と期待している, と感じた); in a passage only after と (期待が高まる is no statement). */
const THINKING_VERBS = ["感じ", "思", "期待", "望"];

/** A question asking what was said: 何と述べた, どう反応した, 何と言った (何と言いますか asks for a name). */
export const ASKS_WHAT_WAS_SAID = new RegExp(
  `(?:何と|なんと|何を|どう|どのように|どのような(?:こと|考え)を)\\p{Script=Hiragana}{0,3}(?:${[...SAYING_VERBS, ...THINKING_VERBS].join("|")})`,
  "u",
);

/** A sentence that reports what someone said or thinks (…と述べた, 強調した, 語っています, と期待している). */
export const REPORTS_SAYING = new RegExp(`${SAYING_VERBS.join("|")}|と(?:${THINKING_VERBS.join("|")})`, "u");

/** A question's word that is only a verb of saying (述, 発言, 反応): what was said is the answer, the passage need not repeat it. */
export const SAYING_WORD = new RegExp(
  `^(?:${[...new Set(SAYING_VERBS.flatMap((v) => /^\p{Script=Han}+(?=\p{Script=Hiragana}{0,3}(?:\(|$))/u.exec(v)?.[0] ?? []))].join("|")})$`,
  "u",
);

/** Titles and honorifics written after a person's name (習近平国家主席, トカエフ大統領, 習氏). */
const TITLE =
  "国家主席|副主席|主席|総書記|大統領|副大統領|首相|副首相|総理|外相|外務大臣|大臣|長官|議長|委員長|国王|首長|大使|知事|市長|代表|氏|さん";
const TRAILING_TITLE = new RegExp(`(?:${TITLE})$`, "u");

/**
 * A kanji name's short forms: its family name (the first one or two characters) with a title, as
 * articles write 習主席 or 習氏 after 習近平国家主席. Derived from the spelling, for any person.
 */
export function shortFormsOf(forms: readonly string[]): RegExp | undefined {
  const family = new Set<string>();
  for (const f of forms) {
    const name = f.replace(TRAILING_TITLE, "");
    if (!/^\p{Script=Han}{2,4}$/u.test(name)) continue;
    family.add(name.slice(0, 1));
    if (name.length >= 3) family.add(name.slice(0, 2));
  }
  return family.size ? new RegExp(`(?:${[...family].map(escapeRegExp).join("|")})(?:${TITLE})`, "u") : undefined;
}

/**
 * After 「Xが」, a verb in the attributive form followed by a noun before any comma or quotation:
 * X is the subject of a relative clause (習近平国家主席が提唱する一連の構想), not of the sentence.
 */
const RELATIVE_CLAUSE =
  /^[^、。「」『』]{0,24}?\p{Script=Han}\p{Script=Hiragana}{0,3}?[たる](?=[\p{Script=Han}\p{Script=Katakana}])/u;

/** What follows a name makes it the sentence's subject: a title (大統領, 氏), then は, or が not opening a relative clause. */
function subjectAfter(rest: string): boolean {
  const m = /^[\p{Script=Han}\p{Script=Katakana}ー]{0,4}([はが])/u.exec(rest);
  return m !== null && (m[1] === "は" || !RELATIVE_CLAUSE.test(rest.slice(m[0].length)));
}

/** The person is the sentence's subject: one of their spellings or a short form of the name (習主席), a title, then は or が. */
export function speaks(forms: readonly string[], short: RegExp | undefined, sentence: string): boolean {
  const names = forms.filter(Boolean);
  if (short) for (const m of sentence.matchAll(new RegExp(short.source, "gu"))) names.push(m[0]);
  return names.some((form) => {
    for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
      if (subjectAfter(sentence.slice(at + form.length))) return true;
    }
    return false;
  });
}
