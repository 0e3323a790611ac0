// MiniSearch on the same corpus, for bench/scale: BM25 over the same character bigrams as
// bench/baseline-minisearch.mjs (the "bigram" baseline), title and text fields, built in memory
// (MiniSearch has no on-disk index: its "ingest" is reading the corpus and addAll; its "open" is
// loadJSON of the serialised index).
//   node bench/scale/minisearch.mjs CORPUS_DIR QUESTIONS.json   → one JSON line on stdout
import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { loadCorpus } from "../../dist/corpus/load.js";
import { latencyByLanguage } from "./latency.mjs";
import { characterBigrams } from "../character-bigrams.mjs";

const [corpusDir, questionsFile] = process.argv.slice(2);
const questions = JSON.parse(readFileSync(questionsFile, "utf8"));
const tokenize = characterBigrams;
const options = { fields: ["title", "text"], storeFields: ["title"], tokenize, processTerm: (t) => t };
const mb = (bytes) => bytes / (1024 * 1024);

const t0 = performance.now();
const { documents } = loadCorpus(corpusDir);
let ms = new MiniSearch(options);
ms.addAll(documents.flatMap((d) => d.passages.map((p) => ({ id: p.id, text: p.text, title: d.meta.title }))));
const ingestSeconds = (performance.now() - t0) / 1000;
const rssAfterIngestMB = mb(process.memoryUsage().rss);

// Opening = parsing the serialised index back (what a process would do at start-up).
let openSeconds = null;
try {
  const json = JSON.stringify(ms);
  ms = null;
  const t1 = performance.now();
  ms = MiniSearch.loadJSON(json, options);
  openSeconds = (performance.now() - t1) / 1000;
} catch {
  // At some size the serialised index exceeds V8's string limit: reported as not measured.
  if (!ms) throw new Error("MiniSearch: serialising the index failed and the index was dropped");
}

const latency = await latencyByLanguage(questions, (q) => ms.search(q, { combineWith: "OR" }).slice(0, 10));
process.stdout.write(
  JSON.stringify({
    ingestSeconds,
    rssAfterIngestMB,
    openSeconds,
    rssAfterOpenMB: mb(process.memoryUsage().rss),
    latency,
  }) + "\n",
);
