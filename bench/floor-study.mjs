#!/usr/bin/env node
// The support floor (tuning.answerableCoverage: "on the question's topic at all") on the study
// folds' Japanese questions, answerable and near-topic, each study group apart (folds 0–3, 5, 6;
// fold 4 and the blind fold 7 are never read): what each question's evidence is under the
// floor's measure (search/support.ts), the outcome the judgement gives when no floor refuses
// (asked with answerableCoverage 0), and so what each floor would do. Prints one JSON line per
// question (--lines) or the refusal / R@3 per group at each floor (default).
//
//   node bench/floor-study.mjs [--floors 0.2,0.24,0.28] [--lines] [ROOT]   (after `npm run build` in ROOT)
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readJsonl } from "./qa-files.mjs";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { floors: { type: "string", default: "0.2,0.22,0.24,0.26,0.28" }, lines: { type: "boolean" } },
});
const root = resolve(positionals[0] ?? here);
const GROUPS = [
  ["folds 0–3", (f) => f <= 3],
  ["fold 5", (f) => f === 5],
  ["fold 6", (f) => f === 6],
];
const questions = [
  "bench/data/calibration/summit-calibration.jsonl",
  "bench/data/calibration/blind/summit-calibration-blind.jsonl",
  "bench/data/calibration/blind2/summit-calibration-blind2.jsonl",
]
  .map((p) => join(here, p))
  .filter((p) => existsSync(p))
  .flatMap((p) => readJsonl(p))
  .filter((q) => q.lang === "ja" && GROUPS.some(([, pick]) => pick(q.fold)) && q.fold !== 4);

const { loadConfig } = await import(join(root, "dist/config.js"));
const { openEngine } = await import(join(root, "dist/engine/open.js"));
const { goldRank } = await import(join(root, "dist/eval/score.js"));
const indexDir = join(root, "embeddings");
const engine = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: indexDir }), {
  indexDir,
  skipFreshness: true,
  tuning: { answerableCoverage: 0 },
});
// The fused ranking as the retriever makes it (search/retriever.ts), for the measures a floor could rest on.
const dist = (p) => import(join(root, "dist", p));
const { readIndex } = await dist("index/storage/store.js");
const { defaultPlanner } = await dist("search/plan.js");
const { candidatesFor } = await dist("search/candidates.js");
const { supportFor } = await dist("search/support.js");
const { fuse } = await dist("search/fusion.js");
const { collapseCopies } = await dist("search/copies.js");
const { PassageSet } = await dist("search/passages.js");
const { DEFAULT_TUNING } = await dist("search/tuning.js");
const { createEmbedder } = await dist("embed/registry.js");
const data = readIndex(indexDir);
const corpus = new PassageSet(data.passages, data.manifest.documents);
const embedder = await createEmbedder(loadConfig({ SUMMIT_INDEX_DIR: indexDir }), data.keyword);
const parts = { keyword: data.keyword, vectors: data.vectors, embedder };
/** Alternative measures of the floor, each (plan, question) → (passage) → 0..1. */
const floorMeasures = (await import(join(here, "bench/floor-measures.mjs"))).measures(root, data);
await floorMeasures;
async function firstThree(question) {
  const plan = defaultPlanner(question);
  const candidates = await candidatesFor(plan, parts, DEFAULT_TUNING, corpus.scope(undefined));
  const support = supportFor(plan, corpus, data.keyword);
  const ranked = fuse({
    plan,
    tuning: DEFAULT_TUNING,
    ...candidates,
    vectors: data.vectors,
    phrases: (i) => corpus.features.phrases(i),
    support,
  });
  return {
    plan,
    top: collapseCopies(ranked, data.copies)
      .slice(0, 3)
      .map(([i]) => i),
  };
}
const rows = [];
for (const q of questions) {
  const a = await engine.ask(q.question, { k: 10 });
  const rank = goldRank(q, a);
  const { plan, top } = await firstThree(q.question);
  const alt = {};
  for (const [name, measure] of Object.entries(await floorMeasures)) {
    const m = measure(plan, q.question);
    alt[name] = Number(Math.max(0, ...top.map(m)).toFixed(4));
  }
  rows.push({
    id: q.id,
    fold: q.fold,
    answerable: q.answerable !== false,
    evidence: a.evidence,
    ...alt,
    outcome: a.confidence,
    strength: Math.max(0, ...a.results.slice(0, 3).map((r) => r.strength)),
    hit3: rank >= 1 && rank <= 3,
    question: q.question,
  });
}
await engine.close();
if (values.lines) for (const r of rows) console.log(JSON.stringify(r));
else {
  console.log("floor\tgroup\tnear-topic refused\tR@3 (ja answerable)\tanswerable refused by the floor");
  for (const measure of ["evidence", ...Object.keys(await floorMeasures)])
    for (const floor of values.floors.split(",").map(Number)) {
      for (const [name, pick] of GROUPS) {
        const g = rows.filter((r) => pick(r.fold));
        const neg = g.filter((r) => !r.answerable);
        const pos = g.filter((r) => r.answerable);
        const passes = (r) => r[measure] >= floor;
        const refused = neg.filter((r) => !passes(r) || r.outcome !== "answer").length;
        const found = pos.filter((r) => passes(r) && r.outcome === "answer" && r.hit3).length;
        const floored = pos.filter((r) => !passes(r)).length;
        console.log(
          `${measure}\t${floor}\t${name}\t${(refused / neg.length).toFixed(4)} (${refused}/${neg.length})\t${(found / pos.length).toFixed(4)} (${found}/${pos.length})\t${floored}`,
        );
      }
    }
}
