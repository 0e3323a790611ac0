/**
 * Sound-based matching for names no dictionary has: a Latin-script name is compared with the
 * katakana words of the corpus (Tokayev ↔ トカエフ), with readings the corpus gives in
 * parentheses (Nobunaga ↔ のぶなが), and split into pinyin syllables for Chinese names
 * written in kanji (Tianjin → tian jin → 天津).
 */

const KANA: Readonly<Record<string, string>> = {
  ア: "a",
  イ: "i",
  ウ: "u",
  エ: "e",
  オ: "o",
  カ: "ka",
  キ: "ki",
  ク: "ku",
  ケ: "ke",
  コ: "ko",
  サ: "sa",
  シ: "shi",
  ス: "su",
  セ: "se",
  ソ: "so",
  タ: "ta",
  チ: "chi",
  ツ: "tsu",
  テ: "te",
  ト: "to",
  ナ: "na",
  ニ: "ni",
  ヌ: "nu",
  ネ: "ne",
  ノ: "no",
  ハ: "ha",
  ヒ: "hi",
  フ: "fu",
  ヘ: "he",
  ホ: "ho",
  マ: "ma",
  ミ: "mi",
  ム: "mu",
  メ: "me",
  モ: "mo",
  ヤ: "ya",
  ユ: "yu",
  ヨ: "yo",
  ラ: "ra",
  リ: "ri",
  ル: "ru",
  レ: "re",
  ロ: "ro",
  ワ: "wa",
  ヰ: "i",
  ヱ: "e",
  ヲ: "o",
  ン: "n",
  ガ: "ga",
  ギ: "gi",
  グ: "gu",
  ゲ: "ge",
  ゴ: "go",
  ザ: "za",
  ジ: "ji",
  ズ: "zu",
  ゼ: "ze",
  ゾ: "zo",
  ダ: "da",
  ヂ: "ji",
  ヅ: "zu",
  デ: "de",
  ド: "do",
  バ: "ba",
  ビ: "bi",
  ブ: "bu",
  ベ: "be",
  ボ: "bo",
  パ: "pa",
  ピ: "pi",
  プ: "pu",
  ペ: "pe",
  ポ: "po",
  ヴ: "vu",
  ァ: "a",
  ィ: "i",
  ゥ: "u",
  ェ: "e",
  ォ: "o",
  ャ: "ya",
  ュ: "yu",
  ョ: "yo",
  ヮ: "wa",
  ヵ: "ka",
  ヶ: "ke",
};

/** Digraphs whose small kana replace the vowel of the big one: シャ → sha, ティ → ti, ファ → fa. */
function combine(prev: string, small: string): string | undefined {
  // A geminated syllable (ッテ → tte) combines like its core: ッティ → tti.
  if (prev.length >= 3 && prev[0] === prev[1]) {
    const core = combine(prev.slice(1), small);
    return core === undefined ? undefined : prev[0] + core;
  }
  const v = KANA[small];
  if (!v) return undefined;
  if ("ャュョ".includes(small)) {
    if (/^(shi|chi|ji)$/.test(prev)) return prev.slice(0, -1) + v.slice(1);
    if (prev.endsWith("i") && prev.length === 2) return prev.slice(0, 1) + v;
    return undefined;
  }
  if ("ァィゥェォ".includes(small)) {
    if (prev === "fu" || prev === "vu" || prev === "tsu") return prev.slice(0, -1) + v;
    if (prev === "te" || prev === "de") return prev.slice(0, 1) + v;
    if (prev === "u") return "w" + v;
    if (prev.length === 2 && prev.endsWith("u")) return prev.slice(0, 1) + v;
    if (prev.length >= 2 && prev.endsWith("i")) return prev.slice(0, -1) + (v === "e" ? "ye" : v);
    return undefined;
  }
  return undefined;
}

/** Katakana or hiragana → Hepburn-like romaji ("トカエフ" → "tokaefu"). Long marks are dropped. */
export function kanaToRomaji(s: string): string {
  let out = "";
  let prev = "";
  let geminate = false;
  for (const raw of s) {
    const code = raw.codePointAt(0)!;
    const ch = code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : raw;
    if (ch === "ッ") {
      geminate = true;
      continue;
    }
    if (ch === "ー" || ch === "・" || ch === "=" || ch === "＝") {
      out += prev;
      prev = "";
      continue;
    }
    const merged = prev ? combine(prev, ch) : undefined;
    if (merged !== undefined) {
      prev = merged;
      continue;
    }
    out += prev;
    let r = KANA[ch] ?? "";
    if (geminate && r) r = r[0] + r;
    geminate = false;
    prev = r;
  }
  return out + prev;
}

/**
 * A spelling-independent sound key: the differences English, Russian-via-English and
 * Japanese spellings of one name show (v/b, l/r, ph/f, y/i, doubled letters) are folded.
 */
export function soundKey(latin: string): string {
  return (
    latin
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z]/g, "")
      // A final -er/-or is a long vowel in katakana (Mahler マーラー, Hoover フーバー), and an h
      // between a vowel and a consonant is silent (Mahler).
      .replace(/([^aeiou])(?:er|or)$/, "$1a")
      .replace(/([aeiou])h(?=[^aeiouy])/g, "$1")
      .replace(/oo/g, "u")
      .replace(/ph/g, "f")
      .replace(/th/g, "s")
      .replace(/ck/g, "k")
      .replace(/kh/g, "h")
      .replace(/gh/g, "g")
      .replace(/zh/g, "j")
      .replace(/dzh|dj/g, "j")
      .replace(/c(?=[eiy])/g, "s")
      .replace(/sch/g, "sh")
      .replace(/tch/g, "ch")
      .replace(/c(?!h)/g, "k")
      .replace(/q/g, "k")
      .replace(/x/g, "ks")
      .replace(/v/g, "b")
      .replace(/w/g, "u")
      .replace(/l/g, "r")
      .replace(/y/g, "i")
      .replace(/([a-z])\1+/g, "$1")
  );
}

/** `soundKey(kanaToRomaji(kana))`, cheaper: kana romaji needs only these folds. */
export function kanaSoundKey(kana: string): string {
  return kanaToRomaji(kana)
    .replace(/v/g, "b")
    .replace(/w/g, "u")
    .replace(/y/g, "i")
    .replace(/([a-z])\1+/g, "$1");
}

const A = 97;
const IS_VOWEL = new Uint8Array(26);
for (const c of "aeiou") IS_VOWEL[c.charCodeAt(0) - A] = 1;
// Substitution costs between letters: 0 same, 0.35 vowel for vowel, 0.4 similar consonants, 1 otherwise.
const SUB = new Float64Array(26 * 26).fill(1);
for (let i = 0; i < 26; i++) {
  SUB[i * 26 + i] = 0;
  for (let j = 0; j < 26; j++) if (IS_VOWEL[i] && IS_VOWEL[j] && i !== j) SUB[i * 26 + j] = 0.35;
}
for (const pair of ["bf", "bp", "fh", "sz", "jz", "dt", "kg", "nm", "jc", "sc", "ts"]) {
  const a = pair.charCodeAt(0) - A;
  const b = pair.charCodeAt(1) - A;
  SUB[a * 26 + b] = SUB[b * 26 + a] = 0.4;
}
// Vowels are cheap to add or drop (katakana inserts them after every consonant: Tokayev →
// tokaefu); h and n (ハ行 and ン) less so; other consonants dear.
const INDEL = new Float64Array(26).fill(0.9);
for (let i = 0; i < 26; i++) if (IS_VOWEL[i]) INDEL[i] = 0.3;
INDEL["h".charCodeAt(0) - A] = INDEL["n".charCodeAt(0) - A] = 0.5;

/** Whether two sound keys can start alike: the same letter, similar consonants, or two vowels. */
export function similarStart(a: number, b: number): boolean {
  const i = a - A;
  const j = b - A;
  if (i < 0 || j < 0 || i > 25 || j > 25) return false;
  return SUB[i * 26 + j]! <= 0.4;
}

/** Char code of the first consonant of a sound key, 0 if it has none. */
export function firstConsonant(key: string): number {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!IS_VOWEL[c - A]) return c;
  }
  return 0;
}

let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

function weight(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += IS_VOWEL[s.charCodeAt(i) - A] ? 0.3 : 1;
  return w;
}

/**
 * Weighted edit distance between two sound keys (letters a–z), divided by the consonant
 * weight of the longer one so vowel padding does not dilute it. 0 is identical; names below
 * ~0.25 sound alike. Stops early once the distance must exceed `limit`.
 */
export function soundDistance(a: string, b: string, limit = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 1;
  const norm = Math.max(weight(a), weight(b));
  const budget = limit * norm;
  if (m + 1 > rowA.length) {
    rowA = new Float64Array(m + 1);
    rowB = new Float64Array(m + 1);
  }
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + INDEL[b.charCodeAt(j - 1) - A]!;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1) - A;
    const del = INDEL[ca]!;
    cur[0] = prev[0]! + del;
    let rowMin = cur[0]!;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1) - A;
      const v = Math.min(prev[j - 1]! + SUB[ca * 26 + cb]!, prev[j]! + del, cur[j - 1]! + INDEL[cb]!);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > budget) return Infinity;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[m]! / norm;
  return d > limit ? Infinity : d;
}

const ROMAJI_KANA: ReadonlyArray<[string, string]> = (
  "kya きゃ kyu きゅ kyo きょ sha しゃ shu しゅ sho しょ cha ちゃ chu ちゅ cho ちょ nya にゃ nyu にゅ nyo にょ " +
  "hya ひゃ hyu ひゅ hyo ひょ mya みゃ myu みゅ myo みょ rya りゃ ryu りゅ ryo りょ gya ぎゃ gyu ぎゅ gyo ぎょ " +
  "ja じゃ ju じゅ jo じょ bya びゃ byu びゅ byo びょ pya ぴゃ pyu ぴゅ pyo ぴょ " +
  "shi し chi ち tsu つ fu ふ ji じ " +
  "ka か ki き ku く ke け ko こ sa さ su す se せ so そ ta た te て to と na な ni に nu ぬ ne ね no の " +
  "ha は hi ひ he へ ho ほ ma ま mi み mu む me め mo も ya や yu ゆ yo よ ra ら ri り ru る re れ ro ろ " +
  "wa わ wo を ga が gi ぎ gu ぐ ge げ go ご za ざ zu ず ze ぜ zo ぞ da だ de で do ど ba ば bi び bu ぶ be べ bo ぼ " +
  "pa ぱ pi ぴ pu ぷ pe ぺ po ぽ a あ i い u う e え o お"
)
  .split(" ")
  .reduce<Array<[string, string]>>((acc, x, i, all) => (i % 2 === 0 ? [...acc, [x, all[i + 1]!]] : acc), [])
  .sort((x, y) => y[0].length - x[0].length);

/**
 * Hepburn romaji → hiragana ("Nobunaga" → のぶなが, "Tsuyu" → つゆ), or undefined when the
 * word is not romaji. Long vowels written with macrons or doubled letters are kept single,
 * matching `foldReading`.
 */
export function romajiToHiragana(word: string): string | undefined {
  let w = word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]/g, "");
  if (!w) return undefined;
  let out = "";
  while (w.length) {
    if (w.length >= 2 && w[0] === w[1] && !"aeioun".includes(w[0]!)) {
      out += "っ";
      w = w.slice(1);
      continue;
    }
    if (w[0] === "n" && (w.length === 1 || !"aeiouy".includes(w[1]!))) {
      out += "ん";
      w = w.slice(w[1] === "'" ? 2 : 1);
      continue;
    }
    const hit = ROMAJI_KANA.find(([r]) => w.startsWith(r));
    if (!hit) return undefined;
    out += hit[1];
    w = w.slice(hit[0].length);
  }
  return foldReading(out);
}

/** Folds long vowels out of a hiragana reading (おおさか, おうさか → おさか) so spellings meet. */
export function foldReading(kana: string): string {
  return kana
    .replace(/[ァ-ヶ]/g, (c) => String.fromCodePoint(c.codePointAt(0)! - 0x60))
    .replace(/[\s・ー]/g, "")
    .replace(/([おこそとのほもよろごぞどぼぽょ])[うお]/g, "$1")
    .replace(/([うくすつぬふむゆるぐずづぶぷゅ])う/g, "$1")
    .replace(/([あかさたなはまやらわがざだばぱゃ])あ/g, "$1")
    .replace(/([いきしちにひみりぎじぢびぴ])い/g, "$1");
}

/**
 * The ways a word splits into pinyin syllables ("xian" → [xian], [xi, an]; "tianjin" →
 * [tian, jin]), fewest syllables first, at most `limit`.
 */
export function pinyinSplits(word: string, isSyllable: (s: string) => boolean, limit = 4): string[][] {
  const w = word.toLowerCase();
  const out: string[][] = [];
  const walk = (pos: number, acc: string[]): void => {
    if (out.length >= limit * 4 || acc.length > 4) return;
    if (pos === w.length) {
      out.push(acc.slice());
      return;
    }
    for (let len = Math.min(6, w.length - pos); len >= 1; len--) {
      const syl = w.slice(pos, pos + len);
      if (isSyllable(syl)) {
        acc.push(syl);
        walk(pos + len, acc);
        acc.pop();
      }
    }
  };
  walk(0, []);
  return out.sort((a, b) => a.length - b.length).slice(0, limit);
}
