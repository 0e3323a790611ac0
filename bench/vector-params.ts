// How wide the hashed vectors and how dense the HNSW graph need to be: JSQuAD valid R@1 / MRR@10
// in vector-only and hybrid mode (Japanese, and the English JSQuAD sets through translation),
// with HNSW build time, for each setting. In-process, the project's own scorer (same definitions
// as ../shared/eval/score.mjs). Build times at 100k come from bench/scale.
//   npx tsx bench/vector-params.ts [--dims 128,256,512] [--graphs 16x200,12x100,8x64] [--embed text|terms]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfig } from "../src/config.js";
import { loadCorpus } from "../src/corpus/load.js";
import { HashEmbedder } from "../src/embed/hash.js";
import { embeddingText, keywordTerms } from "../src/index/fields.js";
import { buildKeywordIndex, KeywordIndex } from "../src/index/keyword/keyword-index.js";
import { VectorIndex } from "../src/index/vector/vector-index.js";
import { parseQa, score } from "../src/eval/score.js";
import { crossLingualPlanner } from "../src/translate/planner.js";
import { Retriever } from "../src/search/retriever.js";
import { buildVocabulary } from "../src/index/vocabulary.js";
import { loadDictionary } from "../src/translate/dictionary.js";

const root = resolve(new URL("..", import.meta.url).pathname);
const argv = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const dimsList = flag("dims", "128,256,512").split(",").map(Number);
const embedFrom = flag("embed", "text");
const graphs = flag("graphs", "16x200")
  .split(",")
  .map((g) => g.split("x").map(Number) as [number, number]);
const shared = resolve(root, process.env.SHARED_DIR ?? "../shared");
const corpus = loadCorpus(join(shared, "eval/jsquad-valid/corpus"));
const passages = corpus.documents.flatMap((d) => d.passages);
const metaOf = new Map(corpus.documents.map((d) => [d.meta.docId, d.meta]));
const keyword = new KeywordIndex(buildKeywordIndex(passages.map((p) => keywordTerms(p, metaOf.get(p.docId)!))));
const ja = parseQa(readFileSync(join(shared, "eval/jsquad-valid/qa.jsonl"), "utf8"));
const en = ["en-jsquad.jsonl", "en-jsquad-b.jsonl", "en-jsquad-c.jsonl"].flatMap((f) =>
  parseQa(readFileSync(join(root, "bench/data", f), "utf8")),
);
const config = loadConfig();
const documents = corpus.documents.map((d) => d.meta);
const planner = crossLingualPlanner(
  loadDictionary(config.dictPath),
  buildVocabulary([
    ...passages.map((p) => p.text),
    ...documents.map((d) => d.title),
    ...documents.flatMap((d) => (d.sourceTitle ? [d.sourceTitle] : [])),
  ]),
);

console.log("| dims | M × efC | build ms (1k) | vector ja R@1 / MRR | hybrid ja R@1 / MRR | hybrid en R@1 / MRR |");
console.log("|---|---|---|---|---|---|");
for (const dims of dimsList) {
  const embedder = new HashEmbedder(dims, keyword);
  // "text": the embedder's own view (title once); "terms": the keyword index's terms (title twice), which ingest can hash from the postings.
  const rows = new Float32Array(passages.length * dims);
  passages.forEach((p, i) =>
    rows.set(
      embedFrom === "terms"
        ? embedder.embedTerms(keywordTerms(p, metaOf.get(p.docId)!))
        : embedder.embedText(embeddingText(p, metaOf.get(p.docId)!)),
      i * dims,
    ),
  );
  for (const [M, efConstruction] of graphs) {
    const t0 = performance.now();
    const index = VectorIndex.build(rows, dims, { params: { M, efConstruction } });
    const buildMs = performance.now() - t0;
    const cells: string[] = [];
    for (const [mode, qa] of [
      ["vector", ja],
      ["hybrid", ja],
      ["hybrid", en],
    ] as const) {
      const retriever = new Retriever({
        passages,
        documents,
        keyword,
        vectors: index,
        embedder,
        planner,
        tuning: { mode },
      });
      const answers = [];
      for (const q of qa) answers.push(await retriever.ask(q.question, { k: 10 }));
      const s = score(qa, answers).all!;
      cells.push(`${s["recall@1"]!.toFixed(4)} / ${s["mrr@10"]!.toFixed(4)}`);
    }
    console.log(`| ${dims} | ${M} × ${efConstruction} | ${buildMs.toFixed(0)} | ${cells.join(" | ")} |`);
  }
}
