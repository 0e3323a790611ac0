#!/usr/bin/env node
// Checks that pruned BM25 (KeywordIndex.search) returns exactly what scoring every passage returns
// (exhaustiveSearch): same passages, same order, same scores, at k 10 and 100, for every keyword
// query the engine makes while answering a question set (Japanese and English, through the real
// planner). Small queries are scored term by term; each query is also sent through pruning
// regardless of size (smallQueryPostings 0), so both paths are checked. Exits 1 on any difference.
//
//   node bench/scale/bm25-exact.mjs INDEX_DIR [QUESTIONS.jsonl ...]
//
// Default questions: JSQuAD valid (../shared/eval/jsquad-valid/qa.jsonl) and bench/data/en-jsquad*.jsonl.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(new URL("../..", import.meta.url).pathname);
const [indexDir, ...files] = process.argv.slice(2);
if (!indexDir) {
  console.error("usage: node bench/scale/bm25-exact.mjs INDEX_DIR [QUESTIONS.jsonl ...]");
  process.exit(2);
}
const shared = resolve(root, process.env.SHARED_DIR ?? "../shared");
const questionFiles = files.length
  ? files
  : [
      join(shared, "eval/jsquad-valid/qa.jsonl"),
      ...["en-jsquad.jsonl", "en-jsquad-b.jsonl", "en-jsquad-c.jsonl"].map((f) => join(root, "bench/data", f)),
    ];
const imp = (p) => import(pathToFileURL(join(root, p)).href);
const { loadConfig } = await imp("dist/config.js");
const { openEngine } = await imp(
  existsSync(join(root, "dist/engine/open.js")) ? "dist/engine/open.js" : "dist/engine.js",
);
const { KeywordIndex } = await imp("dist/index/keyword/keyword-index.js");

let queries = 0;
let different = 0;
const search = KeywordIndex.prototype.search;
const alwaysPruned = new WeakMap();
KeywordIndex.prototype.search = function (query, k, allowed) {
  const result = search.call(this, query, k, allowed);
  if (!alwaysPruned.has(this)) alwaysPruned.set(this, new KeywordIndex(this.data, { smallQueryPostings: 0 }));
  for (const depth of new Set([k, 10, 100])) {
    const expected = JSON.stringify(this.exhaustiveSearch(query, depth, allowed));
    const found = [
      depth === k ? result : search.call(this, query, depth, allowed),
      search.call(alwaysPruned.get(this), query, depth, allowed),
    ];
    if (found.some((r) => JSON.stringify(r) !== expected)) {
      different++;
      if (different <= 3) console.error(`different at k ${depth}: ${JSON.stringify([...query].slice(0, 8))}…`);
    }
  }
  queries++;
  return result;
};

const engine = await openEngine(loadConfig(), { indexDir: resolve(indexDir) });
for (const file of questionFiles) {
  const questions = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).question);
  const before = queries;
  for (const q of questions) await engine.ask(q, { k: 10 });
  console.log(`${file}: ${questions.length} questions, ${queries - before} keyword queries`);
}
await engine.close();
console.log(`pruned vs exhaustive BM25 (k 10, 100 and the engine's own): ${queries} queries, ${different} different`);
process.exit(different ? 1 : 0);
