#!/usr/bin/env node
/**
 * Regenerates data/en-ja.dict.bin, the English→Japanese dictionary used to translate English
 * questions offline, from Debian packages:
 *
 *   apt-get install -y edict enamdict unicode-data
 *   node scripts/build-dict.mjs [--edict FILE] [--enamdict FILE] [--unihan FILE] [--out FILE]
 *
 * Sources (EUC-JP text): /usr/share/edict/edict (EDICT, JMdict's one-headword-per-line
 * export), /usr/share/edict/enamdict (ENAMDICT, proper names), both © the Electronic
 * Dictionary Research and Development Group, CC BY-SA 4.0; and the Unihan database
 * (/usr/share/unicode/Unihan_Readings.txt.bz2, © Unicode, Inc., Unicode licence) for the
 * Mandarin readings used to match Chinese names written in pinyin, and the Japanese on/kun
 * readings used to match romanised Japanese words (Kanpo → 寛保).
 *
 * The output is a one-line JSON header followed by brotli-compressed blocks of sorted
 * `key<TAB>ja,score|ja,score` lines (format in src/translate/dictionary.ts), so loading reads
 * the header and checks CRCs, and each block is inflated only when first needed. It is a
 * reverse index: English key → a few Japanese headwords, each scored 1–100 by how good a
 * translation it is (common word, first sense, few synonyms, frequent in Japanese text).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants, crc32 } from "node:zlib";

export const FORMAT = "summit-dict 1";

/**
 * English key normalisation shared with src/translate/normalize.ts (`normKey`); a test
 * checks the two agree. Lower case, accents stripped, anything but letters, digits and
 * inner apostrophes becomes a space.
 */
export function normKey(s) {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9']+/g, " ")
    .replace(/(^|\s)'+|'+(?=\s|$)/g, "$1")
    .trim()
    .replace(/\s+/g, " ");
}

/** Name keys also fold romanisation variants (Kyouto/Kyōto/Kyoto, Xi'an/Xian). */
export function foldName(s) {
  return normKey(s)
    .replace(/'/g, "")
    .replace(/ou/g, "o")
    .replace(/oo/g, "o")
    .replace(/uu/g, "u")
    .replace(/aa/g, "a")
    .replace(/ii/g, "i")
    .replace(/ee/g, "e");
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// Glosses tagged with these describe senses a news or encyclopaedia reader rarely means.
const RARE_TAGS = new Set([
  "arch",
  "obsc",
  "obs",
  "rare",
  "ok",
  "ik",
  "oK",
  "iK",
  "io",
  "oik",
  "sl",
  "vulg",
  "derog",
  "X",
  "male-sl",
  "fem",
  "joc",
  "poet",
  "sens",
  "chn",
]);
const AFFIX_TAGS = new Set(["pref", "suf", "ctr", "prt", "aux", "aux-v", "aux-adj", "int", "conj", "cop", "cop-da"]);
// Words that make a two-word gloss something other than "modifier + head noun".
const HEAD_SKIP = new Set([
  "to",
  "be",
  "a",
  "an",
  "the",
  "of",
  "in",
  "on",
  "at",
  "for",
  "with",
  "and",
  "or",
  "not",
  "no",
  "very",
  "one",
  "up",
  "out",
  "off",
  "down",
  "away",
  "back",
  "over",
  "oneself",
  "something",
  "someone",
  "it",
  "self",
  "person",
  "thing",
  "things",
  "way",
  "time",
  "type",
  "kind",
  "style",
]);
const LEADING_WORDS = /^(?:to|a|an|the|one's|someone's|something's|one|some) /;
const MAX_KEY_WORDS = 4;
const MAX_CANDIDATES = 8;
const BLOCK_BYTES = 192 * 1024;

const isKanaOnly = (s) => /^[\u3040-\u30ffー・]+$/.test(s);
const isHiraganaOnly = (s) => /^[\u3040-\u309fー]+$/.test(s);
const hasKatakana = (s) => /[\u30a0-\u30ff]/.test(s);
const hasKanji = (s) => /[\u3400-\u9fff\uf900-\ufaff々]/.test(s);
const usable = (ja) => ja.length > 0 && ja.length <= 16 && !/[|,\t\n]/.test(ja) && !/^[\x00-\x7f]+$/.test(ja);

/** Splits the leading `(tag,tag) (2) {field}` markers off a gloss. */
function splitTags(gloss) {
  const tags = [];
  let sense = 0;
  let rest = gloss.trim();
  for (;;) {
    const m = /^(?:\(([A-Za-z0-9\-,]+)\)|\{([^}]*)\})\s*/.exec(rest);
    if (!m) break;
    if (m[1]) {
      for (const t of m[1].split(",")) {
        if (/^\d+$/.test(t)) sense = Number(t);
        else tags.push(t);
      }
    }
    rest = rest.slice(m[0].length);
  }
  return { tags, sense, text: rest };
}

/** The keys one gloss is indexed under, and how exactly the gloss says the key. */
function glossKeys(text) {
  const out = [];
  const hadParen = /[(（]/.test(text);
  // "(within a) city" is not a plain "city": a qualifier in front changes the meaning more
  // than one behind ("trade (foreign)").
  const leadingParen = /^\s*[(（]/.test(text);
  const bare = text.replace(/\([^)]*\)/g, " ").replace(/（[^）]*）/g, " ");
  for (const part of bare.split(/;\s*/)) {
    let k = normKey(part);
    // Verb senses are also kept under "to sign", so "signed" can prefer them over the noun "sign".
    const verb = /^to [a-z]/.test(k) && !/^to (?:a|an|the|be)\b/.test(k) && k.split(" ").length <= 3;
    let exact = leadingParen ? 0.85 : hadParen ? 0.9 : 1;
    if (verb) out.push([k, exact]);
    while (LEADING_WORDS.test(k)) {
      k = k.replace(LEADING_WORDS, "");
    }
    if (!k || k.split(" ").length > MAX_KEY_WORDS) continue;
    if (/^(?:e g|i e|etc|esp|usu|see)\b/.test(k)) continue;
    if (part !== bare) exact *= 0.9;
    out.push([k, exact]);
    // "cabinet minister" (大臣) is what a question calls a "minister", "national border" (国境) a
    // "border": a two-word noun gloss is also a weaker gloss of its head noun.
    const words = k.split(" ");
    if (
      !verb &&
      words.length === 2 &&
      !HEAD_SKIP.has(words[0]) &&
      !HEAD_SKIP.has(words[1]) &&
      /^[a-z]{3,}$/.test(words[1])
    ) {
      out.push([words[1], exact * 0.6]);
    }
    // "to be born" is asked about as "born", "to be divided" as "divided".
    if (k.startsWith("be ") && k.length > 3) out.push([k.slice(3), exact * 0.9]);
  }
  return out;
}

function decodeEucJp(path) {
  return new TextDecoder("euc-jp").decode(readFileSync(path));
}

/** key → Map(ja → best score) */
function addCandidate(index, key, ja, score) {
  let m = index.get(key);
  if (!m) index.set(key, (m = new Map()));
  const prev = m.get(ja) ?? 0;
  if (score > prev) m.set(ja, score);
}

/**
 * Word costs from MeCab's IPADIC (lower = more frequent in its training text). Used only as a
 * frequency prior when ranking a key's translations: 貿易 (cost −2221) before 交易 (4909).
 */
export function loadIpadicCosts(dir) {
  const costs = new Map();
  const places = new Set();
  let files;
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".csv"));
  } catch {
    return { costs, places };
  }
  for (const f of files) {
    const text = decodeEucJp(join(dir, f));
    for (const line of text.split("\n")) {
      const cols = line.split(",");
      const surface = cols[0];
      const cost = Number(cols[3]);
      if (!surface || !Number.isFinite(cost)) continue;
      const prev = costs.get(surface);
      if (prev === undefined || cost < prev) costs.set(surface, cost);
      if (cols[5] === "固有名詞" && (cols[6] === "地域" || cols[6] === "組織" || cols[6] === "人名"))
        places.add(surface);
    }
  }
  return { costs, places };
}

/** Frequency prior in [0.4, 1]: words MeCab has never seen get the low end. */
function frequencyPrior(costs, head) {
  const c = costs.get(head);
  // Compounds (姉妹都市, 一帯一路) are seldom in IPADIC, which splits them: no evidence of rarity.
  if (c === undefined) return [...head].length >= 4 ? 0.7 : 0.4;
  // One-kanji words (国, 川, 山) carry segmentation costs far above their frequency.
  if (head.length === 1) return 0.9;
  // IPADIC costs also encode segmentation preferences (one-kanji words cost more whatever their
  // frequency), so the prior is kept mild.
  return 0.6 + 0.4 / (1 + Math.exp((c - 5000) / 1500));
}

export function parseEdict(text, index, costs = new Map()) {
  let entries = 0;
  for (const line of text.split("\n")) {
    const m = /^(\S+)(?: \[([^\]]*)\])? \/(.*)\/$/.exec(line);
    if (!m || line.startsWith("　？？？")) continue;
    const [, head, , body] = m;
    if (!usable(head)) continue;
    const glosses = body.split("/").filter((g) => g !== "" && !/^EntL/.test(g));
    const common = glosses.includes("(P)");
    let sense = 1;
    let senseTags = [];
    let posInSense = 0;
    const prepared = [];
    for (const g of glosses) {
      if (g === "(P)") continue;
      const { tags, sense: n, text } = splitTags(g);
      if (n > 0 && n !== sense) {
        sense = n;
        senseTags = [];
        posInSense = 0;
      }
      if (tags.length) senseTags = n > 0 || posInSense === 0 ? tags : senseTags.concat(tags);
      prepared.push({ sense, tags: senseTags, pos: posInSense++, text });
    }
    const senseCount = sense;
    const freq = frequencyPrior(costs, head);
    const perSense = new Map();
    for (const p of prepared) perSense.set(p.sense, (perSense.get(p.sense) ?? 0) + 1);
    const uk = prepared.some((p) => p.tags.includes("uk"));
    for (const p of prepared) {
      let s = (common ? 1 : 0.6) * freq;
      // A sense that says only this (貿易: "trade (foreign)") is a surer translation than one
      // listing it among many near-synonyms.
      s *= 1 / Math.sqrt(1 + 0.15 * ((perSense.get(p.sense) ?? 1) - 1));
      s *= 1 / (1 + 0.45 * (p.sense - 1));
      s *= 1 / (1 + 0.12 * p.pos);
      if (p.tags.some((t) => RARE_TAGS.has(t))) s *= 0.3;
      // Affixes and counters (立て "central-", 的 "-ic") are not words a passage is found by.
      if (p.tags.some((t) => AFFIX_TAGS.has(t))) s *= 0.3;
      if (senseCount > 4) s *= 0.85;
      // A kana spelling of a word usually written in kanji matches little in the passages.
      if (isKanaOnly(head) && !hasKatakana(head) && !uk) s *= 0.35;
      if (isHiraganaOnly(head) && head.length <= 2) s *= 0.4;
      if (head.length > 6) s *= 0.85;
      // Katakana loanwords (トレード, プレジデント) are rarer in news prose than the kanji word.
      if (/^[\u30a0-\u30ffー・]+$/.test(head)) s *= 0.75;
      for (const [k, exact] of glossKeys(p.text)) addCandidate(index, k, head, s * exact);
    }
    entries++;
  }
  return entries;
}

const KANA_ROMAJI = Object.fromEntries(
  (
    "あa いi うu えe おo かka きki くku けke こko さsa しshi すsu せse そso たta ちchi つtsu てte とto なna にni ぬnu ねne のno " +
    "はha ひhi ふfu へhe ほho まma みmi むmu めme もmo やya ゆyu よyo らra りri るru れre ろro わwa をo んn " +
    "がga ぎgi ぐgu げge ごgo ざza じji ずzu ぜze ぞzo だda ぢji づzu でde どdo ばba びbi ぶbu べbe ぼbo ぱpa ぴpi ぷpu ぺpe ぽpo"
  )
    .split(" ")
    .map((x) => [x[0], x.slice(1)]),
);

/** Hiragana reading → folded romaji, to tell a Japanese name's romanisation from a foreign name. */
function romanise(reading) {
  let out = "";
  for (const ch of reading) {
    if (ch === "ゃ" || ch === "ゅ" || ch === "ょ") {
      const v = { ゃ: "a", ゅ: "u", ょ: "o" }[ch];
      out = /(shi|chi|ji)$/.test(out) ? out.slice(0, -1) + v : out.slice(0, -1) + "y" + v;
    } else if (ch === "っ") out += "*";
    else out += KANA_ROMAJI[ch] ?? "";
  }
  return foldName(out.replace(/\*(.)/g, "$1$1")).replace(/ /g, "");
}

const NAME_TYPES_ALWAYS = new Set(["h", "o", "c", "wk", "pr", "p"]);

export function parseEnamdict(text, index, known = new Set()) {
  let entries = 0;
  for (const line of text.split("\n")) {
    const m = /^(\S+)(?: \[([^\]]*)\])? \/\(([a-z,]+)\) (.*)\/$/.exec(line);
    if (!m) continue;
    const [, head, reading = "", typeList, body] = m;
    if (!usable(head)) continue;
    const types = typeList.split(",");
    const foreign = hasKatakana(head) || hasKatakana(reading);
    // Foreign surnames and given names on their own are left to the transliteration fallback,
    // which matches them against the katakana words that actually occur in the passages.
    if (!types.some((t) => NAME_TYPES_ALWAYS.has(t))) continue;
    // Of Japanese people, only the notable ones (entries that give dates or a description);
    // a person whose name is not the romanised reading is foreign (習近平 Xi Jinping): kept.
    if (
      !foreign &&
      types.every((t) => t === "h") &&
      !/\(/.test(body) &&
      romanise(reading) === foldName(body.split("/")[0]).replace(/ /g, "")
    )
      continue;
    if (types.length === 1 && types[0] === "st") continue;
    // A Japanese place name is kept only when the entry describes it ("Hokkaidou (island
    // prefecture in the north)"): the rest are hamlets and golf links, and EDICT already has
    // the well-known places.
    if (
      !foreign &&
      types.every((t) => t === "p" || t === "s" || t === "g" || t === "f" || t === "m" || t === "u") &&
      !/\(/.test(body)
    )
      continue;
    const glosses = body.split("/");
    glosses.forEach((g, i) => {
      const bare = g.replace(/\([^)]*\)/g, " ");
      const k = foldName(bare);
      if (!k || k.split(" ").length > MAX_KEY_WORDS) return;
      let s = /\(/.test(g) ? 0.95 : 1;
      s *= 1 / (1 + 0.2 * i);
      // Places, organisations and well-known people are what questions name; a romanised
      // Japanese given name or a minor place name is a weak guess.
      if (types.includes("h") || types.includes("o") || types.includes("c")) s *= 1;
      else if (types.includes("p")) s *= hasKatakana(head) || /\(/.test(g) ? 0.9 : 0.6;
      else s *= 0.5;
      if (isHiraganaOnly(head)) s *= 0.3;
      addCandidate(index, k, head, s);
    });
    entries++;
  }
  return entries;
}

/**
 * Japanese on and kun readings (Unihan kJapaneseOn/kJapaneseKun), folded like name keys
 * (HOU → ho, RYUU → ryu), for matching romanised Japanese words against kanji: Kanpo → 寛保.
 * Kun readings also give the stems names use: NAGAI → naga, ORU → o, ori.
 */
function unihanYomi(text, keepChars) {
  const byReading = new Map();
  const add = (reading, ch) => {
    const r = foldName(reading.toLowerCase());
    if (!/^[a-z]+$/.test(r) || r.length > 8) return;
    let s = byReading.get(r);
    if (!s) byReading.set(r, (s = new Set()));
    s.add(ch);
  };
  for (const line of text.split("\n")) {
    const m = /^U\+([0-9A-F]+)\t(kJapaneseOn|kJapaneseKun)\t(.*)$/.exec(line);
    if (!m) continue;
    const ch = String.fromCodePoint(parseInt(m[1], 16));
    if (!keepChars.has(ch)) continue;
    for (const r of m[3].split(" ")) {
      const lower = r.toLowerCase();
      add(lower, ch);
      if (m[2] === "kJapaneseKun") {
        if (lower.endsWith("i") && lower.length > 2) add(lower.slice(0, -1), ch);
        if (lower.endsWith("ru") && lower.length > 3) {
          add(lower.slice(0, -2), ch);
          add(lower.slice(0, -2) + "ri", ch);
        }
      }
    }
  }
  return byReading;
}

function unihanPinyin(text, keepChars) {
  const bySyllable = new Map();
  const seen = new Set();
  for (const line of text.split("\n")) {
    const m = /^U\+([0-9A-F]+)\t(kMandarin|kHanyuPinyin)\t(.*)$/.exec(line);
    if (!m) continue;
    const ch = String.fromCodePoint(parseInt(m[1], 16));
    if (!keepChars.has(ch)) continue;
    const readings =
      m[2] === "kMandarin" ? m[3].split(" ") : m[3].split(" ").flatMap((r) => r.split(":")[1]?.split(",") ?? []);
    for (const r of readings) {
      const syl = r
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/ü/g, "v")
        .toLowerCase();
      if (!/^[a-z]+$/.test(syl) || seen.has(ch + syl)) continue;
      seen.add(ch + syl);
      let s = bySyllable.get(syl);
      if (!s) bySyllable.set(syl, (s = []));
      s.push(ch);
    }
  }
  return bySyllable;
}

/** Serialises key → candidates, best first, dropping those far below the best. */
function section(index, { minRatio, limit, minScore }) {
  const lines = [];
  for (const [key, cands] of index) {
    const sorted = [...cands].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    const best = sorted[0][1];
    const words = key.split(" ").length;
    if (best < minScore * (words === 1 ? 1 : words === 2 ? 1.2 : 2)) continue;
    // バトル・ロイヤル adds nothing to バトルロイヤル for a search that ignores the dot.
    const heads = new Set(sorted.map(([ja]) => ja));
    const kept = sorted
      .filter(([ja, s]) => s >= best * minRatio && !(ja.includes("・") && heads.has(ja.replaceAll("・", ""))))
      // A plain word has many near-synonyms and the corpus uses one of them: keep more.
      .slice(0, words === 1 ? limit * 2 : limit);
    // Scores stay absolute (not relative to the key's best) so a key whose every translation
    // is a rare sense reads as weak at query time.
    lines.push(`${key}\t${kept.map(([ja, s]) => `${ja},${Math.max(1, Math.round(s * 100))}`).join("|")}`);
  }
  return lines.sort((a, b) => {
    const ka = a.slice(0, a.indexOf("\t"));
    const kb = b.slice(0, b.indexOf("\t"));
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** Splits sorted lines into runs of about `bytes` bytes, so a lookup inflates only one run. */
function chunks(lines, bytes) {
  const out = [];
  let cur = [];
  let size = 0;
  for (const l of lines) {
    cur.push(l);
    size += Buffer.byteLength(l) + 1;
    if (size >= bytes) {
      out.push(cur);
      cur = [];
      size = 0;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function main() {
  const t0 = performance.now();
  const edictPath = arg("--edict", "/usr/share/edict/edict");
  const enamPath = arg("--enamdict", "/usr/share/edict/enamdict");
  const unihanPath = arg("--unihan", "/usr/share/unicode/Unihan_Readings.txt.bz2");
  const out = resolve(ROOT, arg("--out", "data/en-ja.dict.bin"));

  const ipadicPath = arg("--ipadic", "/usr/share/mecab/dic/ipadic");
  const { costs, places } = loadIpadicCosts(ipadicPath);
  if (costs.size === 0)
    console.warn(
      `no IPADIC CSVs in ${ipadicPath} (apt-get install mecab-ipadic): translations are ranked without a frequency prior`,
    );
  const words = new Map();
  const edictText = decodeEucJp(edictPath);
  const edictEntries = parseEdict(edictText, words, costs);
  const names = new Map();
  const enamText = decodeEucJp(enamPath);
  const enamEntries = parseEnamdict(enamText, names, places);

  const kanji = new Set();
  for (const t of [edictText, enamText]) for (const ch of t) if (hasKanji(ch)) kanji.add(ch);
  const unihan = execFileSync("bzcat", [unihanPath], { maxBuffer: 1 << 30 }).toString("utf8");
  const pinyin = unihanPinyin(unihan, kanji);
  const yomi = unihanYomi(unihan, kanji);

  const w = section(words, { minRatio: 0.25, limit: MAX_CANDIDATES, minScore: 0.1 });
  const n = section(names, { minRatio: 0.3, limit: MAX_CANDIDATES, minScore: 0.1 });
  const p = [...pinyin].sort(([a], [b]) => (a < b ? -1 : 1)).map(([syl, chars]) => `${syl}\t${chars.join("")}`);
  const y = [...yomi].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, chars]) => `${r}\t${[...chars].join("")}`);
  const meta = {
    sources: [
      "EDICT (EDRDG, CC BY-SA 4.0)",
      "ENAMDICT (EDRDG, CC BY-SA 4.0)",
      "Unihan kMandarin/kHanyuPinyin/kJapaneseOn/kJapaneseKun (Unicode, Inc.)",
      "IPADIC word costs (ranking prior only)",
    ],
    edictEntries,
    enamdictEntries: enamEntries,
    words: w.length,
    names: n.length,
    syllables: p.length,
    readings: y.length,
  };
  const blocks = [];
  const blobs = [];
  let offset = 0;
  for (const [name, lines] of [
    ["words", w],
    ["names", n],
    ["pinyin", p],
    ["yomi", y],
  ]) {
    for (const chunk of chunks(lines, BLOCK_BYTES)) {
      const raw = Buffer.from(chunk.join("\n") + "\n", "utf8");
      const blob = brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_LGWIN]: 22,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
      const first = chunk[0].slice(0, chunk[0].indexOf("\t"));
      blocks.push({ section: name, first, offset, length: blob.length, size: raw.length, crc: crc32(blob) });
      blobs.push(blob);
      offset += blob.length;
    }
  }
  const header = Buffer.from(JSON.stringify({ format: FORMAT, ...meta, blocks }) + "\n", "utf8");
  const file = Buffer.concat([header, ...blobs]);
  const uncompressed = blocks.reduce((a, b) => a + b.size, 0);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file);
  const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;
  console.log(
    `wrote ${out}: ${mb(file.length)} in ${blocks.length} blocks (${mb(uncompressed)} uncompressed); ` +
      `${w.length} English keys, ${n.length} name keys, ${p.length} pinyin syllables, ${y.length} Japanese readings; ${Math.round(performance.now() - t0)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
