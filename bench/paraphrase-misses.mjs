#!/usr/bin/env node
// Japanese answerable questions of the study folds whose gold paragraph is not among the first
// three (issue #22, paraphrased questions): for each, the gold paragraph's rank and support, the
// outcome, and the question's words (kanji and katakana runs) the gold paragraph does not hold —
// what a reader then compares with what the paragraph says instead. Study folds only (0–3, 5,
// 6): fold 4 and the blind fold 7 are never read here.
//
//   node bench/paraphrase-misses.mjs [--all] [ROOT]   (default root: this checkout, after `npm run build`)
//   (--all: every question, not only the misses; one JSON line per question)
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readJsonl } from "./qa-files.mjs";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: "boolean" } } });
const root = resolve(positionals[0] ?? here);
const STUDY = new Set([0, 1, 2, 3, 5, 6]);
const sets = [
  "bench/data/calibration/summit-calibration.jsonl",
  "bench/data/calibration/blind/summit-calibration-blind.jsonl",
  "bench/data/calibration/blind2/summit-calibration-blind2.jsonl",
].map((p) => join(here, p));
const questions = sets
  .filter((p) => existsSync(p))
  .flatMap((p) => readJsonl(p))
  .filter((q) => STUDY.has(q.fold) && q.lang === "ja" && q.answerable !== false);

const { loadConfig } = await import(join(root, "dist/config.js"));
const { openEngine } = await import(join(root, "dist/engine/open.js"));
const { readIndex } = await import(join(root, "dist/index/storage/store.js"));
const { termWeights } = await import(join(root, "dist/index/keyword/keyword-index.js"));
const { analyze } = await import(join(root, "dist/text/analyzer.js"));
const indexDir = join(root, "embeddings");
const engine = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: indexDir }), { indexDir, skipFreshness: true });
const data = readIndex(indexDir);
const keyword = data.keyword;
const byId = new Map(data.passages.map((p, i) => [p.id, { p, i }]));

const norm = (s) => s.normalize("NFKC").replace(/\s+/g, "");
/** The question's content words, roughly: runs of kanji (with 々) and runs of katakana. */
const words = (text) => text.normalize("NFKC").match(/[\p{Script=Han}々]{1,}|[\p{Script=Katakana}ー]{2,}/gu) ?? [];

for (const q of questions) {
  const a = await engine.ask(q.question, { k: 10 });
  const ids = a.results.map((r) => r.id);
  // As the scorer matches (src/eval/score.ts goldRank), whatever the outcome: a gold id, or a gold text the paragraph holds.
  const texts = (q.gold_text ?? []).map(norm);
  const at = a.results.findIndex(
    (r) => (q.gold_ids ?? []).includes(r.id) || texts.some((t) => norm(r.text).includes(t)),
  );
  const rank = at < 0 ? 99 : at + 1;
  const refused = !a.answerable || a.results.length === 0;
  const hit3 = !refused && rank <= 3;
  if (hit3 && !values.all) continue;
  const gold =
    byId.get((q.gold_ids ?? [])[0]) ??
    data.passages.map((p, i) => ({ p, i })).find(({ p }) => texts.some((t) => norm(p.text).includes(t)));
  const coverage = gold ? keyword.coverageOf(termWeights(analyze(q.question)))(gold.i) : 0;
  const missing = gold ? words(q.question).filter((w) => !gold.p.text.normalize("NFKC").includes(w)) : [];
  console.log(
    JSON.stringify({
      id: q.id,
      fold: q.fold,
      shape: q.shape,
      question: q.question,
      confidence: a.confidence,
      evidence: a.evidence,
      rank: rank === 99 ? null : rank,
      hit3,
      goldSupport: Number(coverage.toFixed(4)),
      top: ids.slice(0, 3),
      missing,
      gold: gold?.p.text,
    }),
  );
}
await engine.close();
