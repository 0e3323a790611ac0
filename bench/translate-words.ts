/**
 * How often the dictionary's ranking puts the usual translation of a common word first (and in
 * the first three), for bench/data/en-words.jsonl: ~180 everyday news and encyclopedia words
 * with the translation(s) a Japanese writer would use. Guards the build script's scoring.
 *
 *   npx tsx bench/translate-words.ts [--verbose]
 */
import { readFileSync } from "node:fs";
import { loadConfig } from "../src/config.js";
import { expandQuery } from "../src/translate/expand.js";
import { loadDictionary } from "../src/translate/dictionary.js";

const verbose = process.argv.includes("--verbose");
const dict = loadDictionary(loadConfig().dictPath);
const words = readFileSync(new URL("./data/en-words.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { en: string; ja: string[] });
let top1 = 0;
let top3 = 0;
let expanded = 0;
for (const w of words) {
  const ranked = dict.words(w.en).map((c) => c.ja);
  const terms = expandQuery(`the ${w.en}`, dict).terms.map((t) => t.ja);
  if (w.ja.includes(ranked[0] ?? "")) top1++;
  if (ranked.slice(0, 3).some((j) => w.ja.includes(j))) top3++;
  if (terms.some((j) => w.ja.includes(j))) expanded++;
  else if (verbose) console.log(`${w.en}: want ${w.ja.join("/")}, ranked ${ranked.slice(0, 5).join(" ")}`);
}
const pct = (n: number): string => `${((100 * n) / words.length).toFixed(1)}%`;
console.log(
  `${words.length} words: first ${pct(top1)}, in first three ${pct(top3)}, among expandQuery's terms (no corpus) ${pct(expanded)}`,
);
