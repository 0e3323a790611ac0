#!/usr/bin/env node
// Answer or not: refusals of near-topic questions against recall of answerable ones,
// the previous release side by side in the same run, every number through `search --json` and
// the official scorer. Also the trade-off curve over the answer threshold on generated near-topic
// negatives (bench/neartopic-negatives.mjs), from which the default operating point is chosen.
//   node bench/answers.mjs          (npm run bench runs it too; RELEASE_DIR=/work/release by default)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { table } from "./table.mjs";
import { generate } from "./neartopic-negatives.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const evalDir = join(resolve(root, process.env.SHARED_DIR ?? "../shared"), "eval");
const releaseDir = resolve(process.env.RELEASE_DIR ?? "/work/release");
if (!existsSync(join(evalDir, "score.mjs"))) {
  console.error(`bench/answers: expected the shared evaluation data at ${evalDir}; set SHARED_DIR`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "summit-answers-"));
const systems = [{ name: "this checkout", dir: root }];
if (existsSync(join(releaseDir, "bin/summit-bot.js"))) systems.unshift({ name: "previous release", dir: releaseDir });

const cli = (sys, args, input) =>
  execFileSync(process.execPath, [join(sys.dir, "bin/summit-bot.js"), ...args], {
    input,
    cwd: sys.dir,
    maxBuffer: 1 << 28,
    encoding: "utf8",
  });
const lines = (path) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const questions = (qa) =>
  lines(qa)
    .map((q) => q.question)
    .join("\n") + "\n";
const score = (qa, results) => {
  const out = join(work, `r-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(out, results);
  return JSON.parse(
    execFileSync(process.execPath, [join(evalDir, "score.mjs"), qa, out, "--json"], { encoding: "utf8" }),
  );
};
const search = (sys, qa, index) =>
  cli(sys, ["search", "--json", "--k", "10", ...(index ? ["--index", index] : [])], questions(qa));

// Generated near-topic negatives: JSQuAD with every other paragraph removed (two variants).
const jsquad = join(evalDir, "jsquad-valid");
const neg = join(work, "neg");
const counts = generate(join(jsquad, "corpus"), join(jsquad, "qa.jsonl"), neg);
const variants = Object.keys(counts);

const results = new Map(); // system name -> { set -> jsonl text }
for (const sys of systems) {
  const r = {};
  // Each system reads only indexes it built itself (index formats differ between versions).
  const jv = join(work, `${sys.name}-jv`);
  cli(sys, ["ingest", "--corpus", join(jsquad, "corpus"), "--index", jv]);
  r.jsquad = search(sys, join(jsquad, "qa.jsonl"), jv);
  r.dev = search(sys, join(evalDir, "summit-dev.jsonl"));
  r.neartopic = search(sys, join(evalDir, "summit-neartopic-dev.jsonl"));
  for (const v of variants) {
    const index = join(work, `${sys.name}-${v}`);
    cli(sys, ["ingest", "--corpus", join(neg, v, "corpus"), "--index", index]);
    r[`neg-${v}`] = search(sys, join(neg, v, "negatives.jsonl"), index);
    r[`pos-${v}`] = search(sys, join(neg, v, "positives.jsonl"), index);
  }
  results.set(sys.name, r);
}

/** Scores of the generated sets, both variants pooled (questions weighted equally). */
function generated(r, rewrite = (s) => s) {
  let negN = 0,
    negOk = 0,
    posN = 0,
    r1 = 0,
    refused = 0;
  for (const v of variants) {
    const n = score(join(neg, v, "negatives.jsonl"), rewrite(r[`neg-${v}`])).all;
    negN += n.unanswerable;
    negOk += n.refusal_accuracy * n.unanswerable;
    const p = score(join(neg, v, "positives.jsonl"), rewrite(r[`pos-${v}`])).all;
    posN += p.questions;
    r1 += p["recall@1"] * p.questions;
    refused += p.wrongly_refused;
  }
  return { refusal: negOk / negN, r1: r1 / posN, refused, negN, posN };
}

const rows = [];
for (const [name, r] of results) {
  const dev = score(join(evalDir, "summit-dev.jsonl"), r.dev);
  const near = score(join(evalDir, "summit-neartopic-dev.jsonl"), r.neartopic).all;
  const jv = score(join(jsquad, "qa.jsonl"), r.jsquad).all;
  const g = generated(r);
  rows.push([
    name,
    near.refusal_accuracy,
    dev.ja["recall@3"],
    dev.en["recall@3"],
    dev.all.refusal_accuracy,
    dev.all.wrongly_refused,
    jv["recall@1"],
    jv.wrongly_refused,
    g.refusal,
    g.r1,
    g.refused,
  ]);
}
table(
  "Answer or not: near-topic refusals and answerable recall, previous release side by side",
  [
    "system",
    "near-topic refusal acc.",
    "summit-dev ja R@3",
    "en R@3",
    "refusal acc.",
    "wrongly refused",
    "JSQuAD R@1",
    "JSQuAD wrongly refused",
    "generated negatives refused",
    "generated answerable R@1",
    "generated answerable refused",
  ],
  rows,
);
console.log(
  `\nGenerated sets: ${Object.values(counts).reduce((n, c) => n + c.negatives, 0)} negatives and ${Object.values(counts).reduce((n, c) => n + c.positives, 0)} answerable questions over two half-corpora (${variants.join(", ")}).`,
);

// The trade-off: answer only when the best of the first three quotes is at least this strong.
// The scorer is the same; only `answerable` is re-decided from each line's strengths.
const atThreshold = (t) => (text) =>
  text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const a = JSON.parse(l);
      const best = Math.max(0, ...a.results.slice(0, 3).map((x) => x.strength ?? 0));
      return JSON.stringify({ ...a, answerable: a.results.length > 0 && best >= t });
    })
    .join("\n") + "\n";
const mine = results.get("this checkout");
const curve = [];
for (const t of [0.04, 0.08, 0.12, 0.16, 0.2, 0.25, 0.3, 0.4, 0.5]) {
  const at = atThreshold(t);
  const jv = score(join(jsquad, "qa.jsonl"), at(mine.jsquad)).all;
  const near = score(join(evalDir, "summit-neartopic-dev.jsonl"), at(mine.neartopic)).all;
  const dev = score(join(evalDir, "summit-dev.jsonl"), at(mine.dev)).all;
  const g = generated(mine, at);
  curve.push([t, g.refusal, g.r1, jv["recall@1"], jv.wrongly_refused, near.refusal_accuracy, dev.wrongly_refused]);
}
table(
  "Trade-off over the answer threshold (this checkout)",
  [
    "min. strength",
    "generated negatives refused",
    "generated answerable R@1",
    "JSQuAD R@1",
    "JSQuAD wrongly refused",
    "near-topic refusal acc.",
    "summit-dev wrongly refused",
  ],
  curve,
);
rmSync(work, { recursive: true, force: true });
