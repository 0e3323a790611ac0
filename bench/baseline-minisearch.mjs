#!/usr/bin/env node
// The baseline an ordinary user would pick: MiniSearch (BM25) with a Japanese tokenizer.
// Reads questions on stdin and prints `search --json`-shaped lines, so score.mjs scores it
// exactly like summit-bot. Paragraphs come from the project's own corpus parser (same ids).
//   node bench/baseline-minisearch.mjs CORPUS_DIR kuromoji|bigram|default < questions.txt
// `default` is MiniSearch's own tokenizer and term processing (what a user gets for English text).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import MiniSearch from "minisearch";
import { characterBigrams } from "./character-bigrams.mjs";
import { loadCorpus } from "../dist/corpus/load.js";

const [corpusDir, tokenizerName = "kuromoji"] = process.argv.slice(2);
const require = createRequire(import.meta.url);

let tokenize;
if (tokenizerName === "kuromoji") {
  const kuromoji = require("kuromoji");
  const dicPath = require.resolve("kuromoji/dict/base.dat.gz").replace(/base\.dat\.gz$/, "");
  const tokenizer = await new Promise((res, rej) =>
    kuromoji.builder({ dicPath }).build((e, t) => (e ? rej(e) : res(t))),
  );
  const content = new Set(["名詞", "動詞", "形容詞", "副詞"]);
  tokenize = (text) =>
    tokenizer
      .tokenize(text.normalize("NFKC").toLowerCase())
      .filter((t) => content.has(t.pos) && t.pos_detail_1 !== "非自立")
      .map((t) => (t.basic_form && t.basic_form !== "*" ? t.basic_form : t.surface_form));
} else if (tokenizerName === "default") {
  tokenize = undefined;
} else {
  tokenize = characterBigrams;
}

const { documents } = loadCorpus(corpusDir);
const titleOf = new Map(documents.map((d) => [d.meta.docId, d.meta.title]));
const ms = new MiniSearch({
  fields: ["title", "text"],
  storeFields: ["text", "title"],
  ...(tokenize ? { tokenize, processTerm: (t) => t } : {}),
});
ms.addAll(documents.flatMap((d) => d.passages.map((p) => ({ id: p.id, text: p.text, title: titleOf.get(p.docId) }))));

const questions = readFileSync(0, "utf8")
  .split("\n")
  .filter((l) => l.trim());
for (const q of questions) {
  const hits = ms.search(q, { combineWith: "OR" }).slice(0, 10);
  process.stdout.write(
    JSON.stringify({
      question: q,
      answerable: hits.length > 0,
      results: hits.map((h) => ({ id: h.id, text: h.text, score: h.score, title: h.title })),
    }) + "\n",
  );
}
