#!/usr/bin/env node
// Lists the judgement's mistakes so that they can be read by class (issue 22): every near-topic
// question of the study folds (0–3; 5 and 6: the blind sets of bench/data/calibration/blind/ and blind2/) that is
// answered, and every answerable one refused or answered without a right passage among the first
// three — each with the question's analysis (focus, topic, answer type, whether the wording makes
// it sure), the first quote's strength and flags, which of the question's units the quote lacks,
// and its bold (answering) sentence. Fold 4 is never read. --lang ja|en keeps one language. With
// --jsquad-halves N, the same for a sample of N answered generated negatives (JSQuAD valid with
// every other paragraph removed, bench/neartopic-negatives.mjs; needs ../shared/eval or
// SHARED_DIR), sampled with a fixed seed.
//
// With --jsquad-refused, JSQuAD valid's answerable questions refused (the bound every rule must keep).
//
//   node scripts/judgement-misses.mjs [ROOT] [--lang ja|en] [--jsquad-halves N] [--jsquad-refused] [--json]
//   (ROOT: the build whose judgement is listed, a checkout after `npm run build`; default this one)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
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
    "jsquad-halves": { type: "string" },
    "jsquad-refused": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    lang: { type: "string" },
  },
});
const root = resolve(positionals[0] ?? here);
const { goldRank } = await import(join(root, "dist/eval/score.js"));
const { loadConfig } = await import(join(root, "dist/config.js"));
const { openEngine } = await import(join(root, "dist/engine/open.js"));
const { DEFAULT_ANSWER_TUNING } = await import(join(root, "dist/search/answer/judge.js"));
const { FEATURES } = await import(join(root, "dist/search/answer/answer-features.js"));
const feature = (x, name) => x[FEATURES.indexOf(name)];

/** One asked question with what the answer stage saw of it. */
async function askAll(index, qs) {
  let prepared;
  let seen = [];
  const observe = (_q, quotes, p) => ((seen = quotes), (prepared = p));
  const engine = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: index }), {
    indexDir: index,
    skipFreshness: true,
    tuning: { answer: { ...DEFAULT_ANSWER_TUNING, observe } },
  });
  const out = [];
  for (const q of qs) {
    prepared = undefined;
    seen = [];
    const a = await engine.ask(q.question, { k: 10 });
    out.push({ q, a, prepared, seen });
  }
  return out;
}

/** The readable record of one question: analysis, first quote, what it lacks, its bold sentence. */
function describe({ q, a, prepared, seen }) {
  const an = prepared?.analysis;
  const label = (i) => (i === undefined ? "" : an.units[i]?.label);
  const first = a.results[0];
  const quote = seen.find((s) => s.id === first?.id);
  const text = first?.text ?? "";
  const folded = text.toLowerCase();
  const lacks = prepared
    ? prepared.units
        .map((u, i) => [u, i])
        .filter(([u]) => !u.alternatives.some((alt) => folded.includes(alt.form)))
        .map(([u, i]) => `${label(i)}${u.absent ? "(absent)" : ""}`)
    : [];
  const bold = (first?.highlights ?? []).map((s) => text.slice(s.start, s.end)).join(" / ");
  const x = quote?.features ?? [];
  const flags = ["typed", "tied", "focused", "exact", "named", "has answering sentence"]
    .filter((f) => x.length && !feature(x, f))
    .map((f) => `not ${f}`)
    .concat(Object.entries(quote?.asks ?? {}).flatMap(([k, v]) => (v ? [k] : [])));
  const rank = q.answerable === false ? undefined : goldRank(q, a.results);
  const asked = prepared?.asks?.asked;
  return {
    id: q.id,
    asked: label(asked),
    shape: q.shape,
    fold: q.fold,
    lang: q.lang,
    answerable: q.answerable !== false,
    question: q.question,
    confidence: a.confidence,
    rank,
    focus: label(an?.focus),
    focusRequired: an?.focusRequired,
    topic: label(an?.topic),
    type: an?.answerType,
    sure: an?.typeSure === true,
    units: an?.units.map((u) => u.label).join(" "),
    strength: first?.strength,
    flags: flags.join(", "),
    lacks: lacks.join(" "),
    bold: bold.slice(0, 200),
    text: text.slice(0, 300),
  };
}

const show = (rows, title) => {
  console.log(`\n## ${title}: ${rows.length}\n`);
  for (const r of rows) {
    if (values.json) {
      console.log(JSON.stringify(r));
      continue;
    }
    console.log(
      `${r.id} f${r.fold} [${r.shape}] ${r.confidence} rank=${r.rank ?? "-"} s=${r.strength?.toFixed(3)}  ${r.question}`,
    );
    console.log(
      `   asked=${r.asked} focus=${r.focus}${r.focusRequired ? "(req)" : ""} topic=${r.topic} type=${r.type}${r.sure ? "(sure)" : ""} units=[${r.units}]`,
    );
    console.log(`   ${r.flags} | lacks: ${r.lacks}`);
    console.log(`   bold: ${r.bold || "(none)"}`);
    if (!r.bold) console.log(`   text: ${r.text}`);
  }
};

const calibration = [
  ...readJsonl(join(here, "bench/data/calibration/summit-calibration.jsonl")),
  ...readJsonl(join(here, "bench/data/calibration/blind/summit-calibration-blind.jsonl")),
  ...readJsonl(join(here, "bench/data/calibration/blind2/summit-calibration-blind2.jsonl")),
].filter((q) => q.fold !== 4 && (!values.lang || q.lang === values.lang));
const asked = (await askAll(join(root, "embeddings"), calibration)).map(describe);
show(
  asked.filter((r) => !r.answerable && r.confidence === "answer"),
  "near-topic answered (folds 0–3, 5, 6)",
);
show(
  asked.filter((r) => r.answerable && (r.confidence !== "answer" || r.rank === undefined || r.rank > 3)),
  "answerable refused or without a right passage in the first three (folds 0–3, 5, 6)",
);

if (values["jsquad-refused"]) {
  const evalDir = join(resolve(here, process.env.SHARED_DIR ?? "../shared"), "eval");
  const work = mkdtempSync(join(tmpdir(), "summit-misses-"));
  try {
    const index = join(work, "jv");
    execFileSync(
      process.execPath,
      [join(root, "bin/summit-bot.js"), "ingest", "--corpus", join(evalDir, "jsquad-valid/corpus"), "--index", index],
      { cwd: here, stdio: "ignore" },
    );
    const asked = (await askAll(index, readJsonl(join(evalDir, "jsquad-valid/qa.jsonl")))).map(describe);
    show(
      asked.filter((r) => r.confidence !== "answer"),
      "JSQuAD valid answerable refused",
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (values["jsquad-halves"]) {
  const n = Number(values["jsquad-halves"]);
  const evalDir = join(resolve(here, process.env.SHARED_DIR ?? "../shared"), "eval");
  if (!existsSync(join(evalDir, "jsquad-valid"))) throw new Error(`expected the shared eval sets in ${evalDir}`);
  const work = mkdtempSync(join(tmpdir(), "summit-misses-"));
  try {
    const gen = join(work, "jsquad");
    const counts = generate(join(evalDir, "jsquad-valid/corpus"), join(evalDir, "jsquad-valid/qa.jsonl"), gen);
    const answered = [];
    for (const v of Object.keys(counts)) {
      const index = join(gen, v, "index");
      execFileSync(
        process.execPath,
        [join(root, "bin/summit-bot.js"), "ingest", "--corpus", join(gen, v, "corpus"), "--index", index],
        { cwd: here, stdio: "ignore" },
      );
      const negatives = readJsonl(join(gen, v, "negatives.jsonl"));
      for (const r of (await askAll(index, negatives)).map(describe)) if (r.confidence === "answer") answered.push(r);
    }
    // A fixed-seed sample (mulberry32), so that the classes can be counted again.
    let seed = 22;
    const rand = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const sample = answered
      .map((r) => [rand(), r])
      .sort((a, b) => a[0] - b[0])
      .slice(0, n)
      .map(([, r]) => r);
    show(sample, `generated negatives answered (JSQuAD halves), a sample of ${sample.length} of ${answered.length}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
