#!/usr/bin/env node
// Classifies the English questions of the summit calibration set that a build gets wrong (issue
// #22 part 5), on the study folds only (fold 4 stays untouched: use bench/calibration.mjs for it;
// fold 5 is the first blind set, bench/data/calibration/blind/, study data since the fifth session;
// fold 6 the second, blind2/, study data since the sixth):
//   retrieval miss    answered or related, with no right passage among the first three
//   judged too weak   a right passage among the first three, judged below the answer threshold
//   refused early     refused with no passage (off the topic before any passage is judged)
//   near-topic answered  an unanswerable question answered
// Each row shows the question's translated terms (English → Japanese, * marks a translation the
// corpus lacks) so the class's cause can be read off.
//
//   node bench/english-failures.mjs [--folds 0,1,2,3,5,6] [--json] [ROOT]   (run `npm run build` first)
// The counts are also given per fold (answerable right, near-topic refused), so that a rule can be
// chosen leaving each fold out in turn.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readJsonl } from "./qa-files.mjs";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { folds: { type: "string", default: "0,1,2,3,5,6" }, json: { type: "boolean", default: false } },
});
const root = resolve(positionals[0] ?? here);
const folds = new Set(values.folds.split(",").map(Number));
const index = join(here, "embeddings");
if (folds.has(4)) throw new Error("fold 4 stays untouched: expected study folds (0, 1, 2, 3, 5, 6), got 4");
const jsonl = (path) => readJsonl(join(here, path));
const questions = [
  ...jsonl("bench/data/calibration/summit-calibration.jsonl"),
  ...(folds.has(5) ? jsonl("bench/data/calibration/blind/summit-calibration-blind.jsonl") : []),
  ...(folds.has(6) ? jsonl("bench/data/calibration/blind2/summit-calibration-blind2.jsonl") : []),
].filter((q) => q.lang === "en" && folds.has(q.fold));

const { loadConfig } = await import(join(root, "dist/config.js"));
const { openEngine } = await import(join(root, "dist/engine/open.js"));
const { goldRank } = await import(join(root, "dist/eval/score.js"));
const { loadDictionary } = await import(join(root, "dist/translate/dictionary.js"));
const { expandQuery } = await import(join(root, "dist/translate/expand.js"));
const { buildVocabulary } = await import(join(root, "dist/index/vocabulary.js"));

const config = loadConfig({ SUMMIT_INDEX_DIR: index });
const engine = await openEngine(config, { indexDir: index, skipFreshness: true });
const dict = loadDictionary(config.dictPath);
const corpusDir = join(here, "corpus");
const { readdirSync } = await import("node:fs");
const vocab = buildVocabulary(readdirSync(corpusDir).map((f) => readFileSync(join(corpusDir, f), "utf8")));

const rows = [];
const counts = {};
/** Per fold: answerable right and near-topic refused, of how many (for leave-one-fold-out choices). */
const byFold = {};
for (const q of questions) {
  const a = await engine.ask(q.question, { k: 10 });
  const answerable = q.answerable !== false && (q.gold_ids?.length ?? 0) > 0;
  // The right passage's place among the results shown, whatever the outcome (the scorer's goldRank
  // counts a refusal as a miss).
  const rank = answerable ? a.results.findIndex((r) => q.gold_ids.includes(r.id)) + 1 : 0;
  const top3 = rank >= 1 && rank <= 3;
  let kind = "";
  if (!answerable) kind = a.answerable && a.results.length ? "near-topic answered" : "";
  else if (a.results.length === 0) kind = "refused early";
  else if (!top3) kind = "retrieval miss";
  else if (!a.answerable || a.confidence !== "answer") kind = "judged too weak";
  else if (goldRank(q, a) > 3) kind = "retrieval miss";
  const ok = kind === "";
  const f = (byFold[q.fold] ??= { answerable: 0, answerableRight: 0, nearTopic: 0, nearTopicRefused: 0 });
  if (answerable) {
    f.answerable++;
    if (ok) f.answerableRight++;
  } else {
    f.nearTopic++;
    if (ok) f.nearTopicRefused++;
  }
  counts[(answerable ? "answerable " : "near-topic ") + (ok ? "right" : kind)] =
    (counts[(answerable ? "answerable " : "near-topic ") + (ok ? "right" : kind)] ?? 0) + 1;
  if (ok) continue;
  const x = expandQuery(q.question, dict, vocab);
  const terms = x.terms.map((t) => `${t.en}→${t.ja}${vocab.has(t.ja) ? "" : "*"}`).join(" ");
  rows.push({
    id: q.id,
    kind,
    question: q.question,
    outcome: a.confidence,
    first: a.results[0]?.id ?? "",
    strength: a.results[0]?.strength ?? 0,
    rank,
    terms,
    unknown: x.unknown.join(" "),
  });
}
await engine.close();
rows.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
if (values.json) console.log(JSON.stringify({ counts, byFold, rows }, null, 1));
else {
  console.log(counts);
  console.log(byFold);
  for (const r of rows)
    console.log(
      `\n[${r.kind}] ${r.id} ${r.question}\n  ${r.outcome} first ${r.first} ${r.strength.toFixed(3)} gold rank ${r.rank}\n  ${r.terms}${r.unknown ? `\n  untranslated: ${r.unknown}` : ""}`,
    );
}
