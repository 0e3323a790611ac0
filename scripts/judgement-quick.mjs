#!/usr/bin/env node
// A quick, in-process look at one build's Japanese judgement (issue 22), for iterating on rules:
// the calibration set's study folds (0–3, 5 and 6, each apart; fold 4 is never read) scored with the
// official scorer's definitions, the generated JSQuAD halves' negatives refused, and JSQuAD
// valid's R@1 and wrongly refused (the 1% bound). The generated sets and JSQuAD valid are indexed
// once by the build's own CLI into a cache folder (reused while it exists). bench/calibration.mjs
// is the side-by-side run that reports; this is the loop between.
//
//   node scripts/judgement-quick.mjs [ROOT] [--skip-jsquad] [--cache DIR]
//   (ROOT: a checkout after `npm run build`, default this one; needs ../shared/eval or SHARED_DIR)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generate } from "../bench/neartopic-negatives.mjs";
import { readJsonl } from "../bench/qa-files.mjs";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "skip-jsquad": { type: "boolean", default: false },
    cache: { type: "string", default: join(tmpdir(), "summit-judgement-quick") },
  },
});
const root = resolve(positionals[0] ?? here);
const evalDir = join(resolve(here, process.env.SHARED_DIR ?? "../shared"), "eval");
const { score } = await import(join(root, "dist/eval/score.js"));
const { loadConfig } = await import(join(root, "dist/config.js"));
const { openEngine } = await import(join(root, "dist/engine/open.js"));

async function askAll(index, qs) {
  const engine = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: index }), { indexDir: index, skipFreshness: true });
  const out = [];
  for (const q of qs) out.push([q, await engine.ask(q.question, { k: 10 })]);
  await engine.close();
  return out;
}
const scored = (pairs) =>
  score(
    pairs.map(([q]) => q),
    pairs.map(([, a]) => a),
  ).all;
const f = (x) => Number(x).toFixed(4);

const calibration = [
  ...readJsonl(join(here, "bench/data/calibration/summit-calibration.jsonl")),
  ...readJsonl(join(here, "bench/data/calibration/blind/summit-calibration-blind.jsonl")),
  ...readJsonl(join(here, "bench/data/calibration/blind2/summit-calibration-blind2.jsonl")),
].filter((q) => q.fold !== 4 && q.lang === "ja");
const asked = await askAll(join(root, "embeddings"), calibration);
for (const [name, inFold] of [
  ["folds 0–3 ja", (q) => q.fold < 4],
  ["fold 5 ja", (q) => q.fold === 5],
  ["fold 6 ja", (q) => q.fold === 6],
]) {
  const s = scored(asked.filter(([q]) => inFold(q)));
  console.log(`${name}: refused ${f(s.refusal_accuracy)}  R@1 ${f(s["recall@1"])}  R@3 ${f(s["recall@3"])}`);
}

if (!values["skip-jsquad"]) {
  if (!existsSync(join(evalDir, "jsquad-valid"))) throw new Error(`expected the shared eval sets in ${evalDir}`);
  const cache = resolve(values.cache);
  const ingest = (corpus, index) => {
    if (!existsSync(index))
      execFileSync(
        process.execPath,
        [join(root, "bin/summit-bot.js"), "ingest", "--corpus", corpus, "--index", index],
        {
          stdio: "ignore",
        },
      );
    return index;
  };
  mkdirSync(cache, { recursive: true });
  const gen = join(cache, "jsquad");
  if (!existsSync(join(gen, "variants.json"))) {
    const counts = generate(join(evalDir, "jsquad-valid/corpus"), join(evalDir, "jsquad-valid/qa.jsonl"), gen);
    writeFileSync(join(gen, "variants.json"), JSON.stringify(Object.keys(counts)));
  }
  let refused = 0;
  let negatives = 0;
  for (const v of JSON.parse(readFileSync(join(gen, "variants.json"), "utf8"))) {
    const s = scored(
      await askAll(ingest(join(gen, v, "corpus"), join(gen, v, "index")), readJsonl(join(gen, v, "negatives.jsonl"))),
    );
    console.log(`JSQuAD halves (${v}): negatives refused ${f(s.refusal_accuracy)}`);
    refused += s.refusal_accuracy * s.unanswerable;
    negatives += s.unanswerable;
  }
  console.log(`JSQuAD halves: negatives refused ${f(refused / negatives)}`);
  const s = scored(
    await askAll(
      ingest(join(evalDir, "jsquad-valid/corpus"), join(cache, "jv")),
      readJsonl(join(evalDir, "jsquad-valid/qa.jsonl")),
    ),
  );
  console.log(`JSQuAD valid: R@1 ${f(s["recall@1"])}  wrongly refused ${s.wrongly_refused} of ${s.questions}`);
}
