#!/usr/bin/env node
// Writes src/search/synonym-table.ts: Japanese words a question may use → the words of the
// bundled archive that say the same thing, read from the bundled dictionary (EDICT through
// data/en-ja.dict.bin): two headwords that both translate one English gloss well are candidate
// synonyms (署名 and 調印 both "signature"; 行き来 and 往来 both "coming and going"). Only pairs
// whose second word the archive's paragraphs hold are kept, so the table stays small and every
// expansion can meet a paragraph. Verbs are kept by their stem (述べる → 述べ): a conjugated
// question word (言った) meets a conjugated paragraph word (述べました) there.
//
//   node scripts/build-synonyms.mjs [--corpus corpus] [--dict data/en-ja.dict.bin] [--out src/search/synonym-table.ts]
//   (run `npm run build` first: it reads the dictionary with dist/translate/dictionary.js)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: join(here, "corpus") },
    dict: { type: "string", default: join(here, "data/en-ja.dict.bin") },
    out: { type: "string", default: join(here, "src/search/synonym-table.ts") },
  },
});
const { loadDictionary } = await import(join(here, "dist/translate/dictionary.js"));
const { stemLatin } = await import(join(here, "dist/text/analyzer.js"));

/**
 * A gloss as its sense: "to sign" and "sign", "agreements" and "agreement" are one. (A stemmer
 * that also folds "opening" into "open" folds "important" into "import" and "successively" into
 * "success": measured, it paired 大事 with 輸入 and 続々 with 成功.)
 */
const sense = (gloss) =>
  gloss
    .replace(/^(?:to|be|a|an|the) /, "")
    .split(" ")
    .map((w) => stemLatin(w))
    .join(" ");

/** A gloss both headwords translate at least this well (EDICT scores, 0–100) makes them synonyms. */
const MIN_SCORE = 60;
/** A gloss more headwords translate than this says too little (the dictionary keeps 16 at most per gloss). */
const MAX_SHARING = 16;
const KANJI = /[\p{Script=Han}々]/u;
/** A noun: kanji and katakana, with at most two kana of okurigana inside (行き来, 取り決め). */
const NOUN =
  /^[\p{Script=Han}々\p{Script=Katakana}ー](?:[\p{Script=Han}々\p{Script=Katakana}ー]|\p{Script=Hiragana}(?!\p{Script=Hiragana}{2})){0,6}[\p{Script=Han}々\p{Script=Katakana}ー]$/u;
/** Kanji then kana: a verb or adjective, matched by its stem (the headword less its last kana). */
const INFLECTED = /^[\p{Script=Han}々]{1,3}[\p{Script=Hiragana}]{1,3}$/u;

/** The form a headword is matched in text by: a noun whole, an inflected word by its stem; undefined for others. */
function formOf(headword) {
  if (NOUN.test(headword)) return headword;
  if (INFLECTED.test(headword) && /[うくぐすつぬぶむるい]$/u.test(headword)) {
    const stem = headword.slice(0, -1);
    // A stem of one kanji alone (言う → 言) is too short to tell words apart in text.
    return stem.length >= 2 ? stem : undefined;
  }
  return undefined;
}

const archive = readdirSync(values.corpus)
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(join(values.corpus, f), "utf8").replace(/^---[\s\S]*?---/, ""))
  .join("\n")
  .normalize("NFKC");
const held = new Map();
/** Whether the archive's text holds the form (a stem followed by kana, as it is conjugated). */
function inArchive(form) {
  let v = held.get(form);
  if (v === undefined) {
    v = NOUN.test(form) ? archive.includes(form) : new RegExp(`${form}[\\p{Script=Hiragana}]`, "u").test(archive);
    held.set(form, v);
  }
  return v;
}

const dictionary = loadDictionary(values.dict);
/** sense → [form, score] of the headwords translating it well. */
const bySense = new Map();
for (const [gloss, raw] of dictionary.entries("words")) {
  const candidates = raw.split("|").map((x) => {
    const at = x.lastIndexOf(",");
    return [x.slice(0, at), Number(x.slice(at + 1))];
  });
  if (candidates.length > MAX_SHARING) continue;
  const good = [];
  for (const [ja, score] of candidates) {
    const form = score >= MIN_SCORE && KANJI.test(ja) ? formOf(ja.normalize("NFKC")) : undefined;
    if (form && !good.some(([f]) => f === form)) good.push([form, score]);
  }
  const all = bySense.get(sense(gloss)) ?? [];
  for (const [form, score] of good) {
    const had = all.find(([f]) => f === form);
    if (!had) all.push([form, score]);
    else had[1] = Math.max(had[1], score);
  }
  bySense.set(sense(gloss), all);
}
const byGloss = [...bySense.values()].filter((good) => good.length >= 2 && good.length <= MAX_SHARING);

/** question form → archive form → the best shared score (0..1). */
const table = new Map();
for (const good of byGloss) {
  for (const [to, toScore] of good) {
    if (!inArchive(to)) continue;
    for (const [from, fromScore] of good) {
      // One spelling inside the other is matched by the n-grams already.
      if (from === to || from.includes(to) || to.includes(from)) continue;
      const row = table.get(from) ?? new Map();
      const score = Math.min(fromScore, toScore) / 100;
      if ((row.get(to) ?? 0) < score) row.set(to, score);
      table.set(from, row);
    }
  }
}

const lines = [...table]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([from, row]) => {
    const to = [...row].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w, s]) => `${w},${s.toFixed(2)}`);
    return `${from}\t${to.join("|")}`;
  });
const body = `// Written by scripts/build-synonyms.mjs from the bundled dictionary and the bundled archive: do not edit.
// Each line: a word a question may use, a tab, then the archive's words that say the same thing,
// each with how well the dictionary says so (0..1), "word,score|word,score". Read by search/synonyms.ts.
export const SYNONYM_LINES =
  ${JSON.stringify(lines.join("\n"))};
`;
writeFileSync(values.out, body);
console.log(
  `${lines.length} question words, ${[...table.values()].reduce((n, r) => n + r.size, 0)} pairs → ${values.out}`,
);
