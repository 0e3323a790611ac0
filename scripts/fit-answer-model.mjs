#!/usr/bin/env node
// Fits the answer model (src/search/answer/answer-model.ts): a logistic regression over a judged
// quote's features (answer-features.ts). By default one example per question, its judge's strongest
// first quote, labelled by whether the question is answerable (--unit quote: every first quote,
// labelled by whether it is a right passage). Data, all through the engine as the bot asks (k 10):
//   - the calibration set's folds 0–3 (bench/data/calibration; fold 4 is never read here),
//   - the generated near-topic negatives and their answerable halves over JSQuAD and XQuAD
//     (bench/neartopic-negatives.mjs: every other paragraph removed),
//   - with --with-jsquad, JSQuAD valid (the answerable questions as asked of the full archive).
// The operating point (the answer threshold) is chosen on the same data: the highest near-topic
// refusal on calibration folds 0–3 and the generated negatives while JSQuAD valid's wrongly
// refused stays within 1%. The calibration rows' weight is chosen by leaving each of folds 0–3
// out in turn. Prints the trade-off beside the judge's strength alone (the default decider) and
// writes src/search/answer/answer-model-weights.ts (then `npm run build`).
//
//   node scripts/fit-answer-model.mjs [--data FILE] [--collect] [--dry-run] [--unit question|quote] [--with-jsquad]
//   --collect  ask every question again (needs ../shared/eval, or SHARED_DIR; ~5 min); otherwise
//              the features collected last time in FILE are reused (default: summit-answer-features.jsonl in the temp dir)
//   --dry-run  print the fit and the curve, write nothing
//   --sure-type F,…  instead of fitting, the judge's trade-off with an answer of a sure type
//              (QuestionAnalysis.typeSure) missing weighing ×F (judge.ts MISSING_SURE_TYPE; the
//              features must have been collected by a build where it is COLLECTED_SURE_TYPE below)
//   --judge-sure-type F  the judge's columns beside the model with that factor (default: as collected)
//   --sure-feature   fit with one more feature, "a sure type missing" (needs --dry-run: the
//              weights would not match answer-features.ts)
//   --asks A,C,F[,G][;…]  instead of fitting, the judge's trade-off with a passage failing the
//              question's asks (question-asks.ts: the asked noun missing, a comparison unmet, the
//              future unmet, a count by category unmet) weighing ×A, ×C, ×F, ×G, over the factors
//              collected with (A, F and G must have been collected at 1, C at 1 or as the baseline); A may end in "free" (only where no missing required focus already
//              weighs) or "en" (English questions only), C in "nd" (not for a direct question: English over English)
//   --asks-features  fit with the four asks as four more features (needs --dry-run)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { table } from "../bench/table.mjs";
import { generate } from "../bench/neartopic-negatives.mjs";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values } = parseArgs({
  options: {
    data: { type: "string", default: join(tmpdir(), "summit-answer-features.jsonl") },
    collect: { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    unit: { type: "string", default: "question" },
    "with-jsquad": { type: "boolean", default: false },
    "sure-type": { type: "string" },
    "judge-sure-type": { type: "string" },
    "sure-feature": { type: "boolean", default: false },
    asks: { type: "string" },
    "asks-features": { type: "boolean", default: false },
  },
});
const lines = (path) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** judge.ts MISSING_SURE_TYPE in the build the features were collected with. */
const COLLECTED_SURE_TYPE = 0.1;
/** The answer stage decides on the strongest of this many first quotes (compose.ts ANSWER_DEPTH). */
const DEPTH = 3;

// --- collecting: every question asked, every judged quote's features and whether it is right ----
async function collect(out) {
  const evalDir = join(resolve(here, process.env.SHARED_DIR ?? "../shared"), "eval");
  if (!existsSync(join(evalDir, "jsquad-valid")))
    throw new Error(`expected the shared eval sets in ${evalDir} (set SHARED_DIR), found none`);
  const { goldRank } = await import(join(here, "dist/eval/score.js"));
  const { loadConfig } = await import(join(here, "dist/config.js"));
  const { openEngine } = await import(join(here, "dist/engine/open.js"));
  const { DEFAULT_ANSWER_TUNING } = await import(join(here, "dist/search/answer/judge.js"));
  const work = mkdtempSync(join(tmpdir(), "summit-fit-"));
  const ingest = (corpus, index) => {
    execFileSync(process.execPath, [join(here, "bin/summit-bot.js"), "ingest", "--corpus", corpus, "--index", index], {
      cwd: here,
      stdio: "ignore",
    });
    return index;
  };
  const sets = [];
  const calibration = lines(join(here, "bench/data/calibration/summit-calibration.jsonl"));
  sets.push({ set: "calibration", index: join(here, "embeddings"), qs: calibration.filter((q) => q.fold < 4) });
  for (const [name, dir] of [
    ["jsquad-halves", "jsquad-valid"],
    ["xquad-halves", "xquad-en-dev"],
  ]) {
    const gen = join(work, dir);
    const counts = generate(join(evalDir, dir, "corpus"), join(evalDir, dir, "qa.jsonl"), gen);
    for (const v of Object.keys(counts)) {
      const index = ingest(join(gen, v, "corpus"), join(gen, v, "index"));
      const qs = [...lines(join(gen, v, "negatives.jsonl")), ...lines(join(gen, v, "positives.jsonl"))];
      sets.push({ set: `${name}-${v}`, index, qs });
    }
  }
  sets.push({
    set: "jsquad-valid",
    index: ingest(join(evalDir, "jsquad-valid/corpus"), join(work, "jv")),
    qs: lines(join(evalDir, "jsquad-valid/qa.jsonl")),
  });
  const rows = [];
  for (const { set, index, qs } of sets) {
    let seen = [];
    let sure = false;
    const observe = (_question, quotes, prepared) => ((seen = quotes), (sure = prepared.analysis.typeSure === true));
    const tuning = { answer: { ...DEFAULT_ANSWER_TUNING, model: undefined, observe } };
    const engine = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: index }), {
      indexDir: index,
      skipFreshness: true,
      tuning,
    });
    for (const q of qs) {
      seen = [];
      sure = false;
      await engine.ask(q.question, { k: 10 });
      const answerable = q.answerable !== false;
      rows.push({
        set,
        id: q.id,
        lang: q.lang,
        fold: q.fold,
        answerable,
        sure,
        quotes: seen.map((x) => ({
          x: x.features.map((v) => Number(v.toFixed(5))),
          // The question's asks beyond its words the passage fails (question-asks.ts), as 0/1.
          a: ["askedMissing", "comparisonUnmet", "futureUnmet", "categoryUnmet"].map((k) => (x.asks?.[k] ? 1 : 0)),
          gold: answerable && goldRank(q, { answerable: true, results: [{ id: x.id, text: x.text }] }) === 1,
        })),
      });
    }
    await engine.close();
    console.error(`${set}: ${qs.length} questions`);
  }
  rmSync(work, { recursive: true, force: true });
  writeFileSync(out, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  return rows;
}

// --- the fit: L2-regularised logistic regression by Newton's method (IRLS) on standardised features --
function standardise(xs) {
  const n = xs[0].length;
  const mean = Array(n).fill(0);
  const scale = Array(n).fill(0);
  for (const x of xs) x.forEach((v, i) => (mean[i] += v / xs.length));
  for (const x of xs) x.forEach((v, i) => (scale[i] += (v - mean[i]) ** 2 / xs.length));
  return { mean, scale: scale.map((s) => (s > 1e-12 ? Math.sqrt(s) : 1)) };
}
/** Solves A x = b for a small symmetric positive-definite A (Gaussian elimination with pivoting). */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}
/** Weighted examples {x, y, w} → { mean, scale, weights, bias }. */
export function fitLogistic(examples, lambda = 1) {
  const { mean, scale } = standardise(examples.map((e) => e.x));
  const n = mean.length + 1; // the bias last
  const zs = examples.map((e) => [...e.x.map((v, i) => (v - mean[i]) / scale[i]), 1]);
  let beta = Array(n).fill(0);
  for (let iter = 0; iter < 25; iter++) {
    const H = Array.from({ length: n }, () => Array(n).fill(0));
    const g = Array(n).fill(0);
    examples.forEach((e, k) => {
      const z = zs[k];
      let s = 0;
      for (let i = 0; i < n; i++) s += beta[i] * z[i];
      const p = 1 / (1 + Math.exp(-s));
      const r = e.w * (p - e.y);
      const h = e.w * p * (1 - p);
      for (let i = 0; i < n; i++) {
        g[i] += r * z[i];
        for (let j = 0; j <= i; j++) H[i][j] += h * z[i] * z[j];
      }
    });
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) H[j][i] = H[i][j];
    for (let i = 0; i < n - 1; i++) ((H[i][i] += lambda), (g[i] += lambda * beta[i]));
    const step = solve(H, g);
    beta = beta.map((b, i) => b - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return { mean, scale, weights: beta.slice(0, -1), bias: beta[n - 1] };
}
const probability = (m, x) => {
  let z = m.bias;
  x.forEach((v, i) => (z += (m.weights[i] * (v - m.mean[i])) / m.scale[i]));
  return 1 / (1 + Math.exp(-z));
};

// --- question-level outcome, as compose.ts decides it -------------------------------------------
/**
 * As compose.ts decides: the best of the first quotes' probabilities against the threshold `t`;
 * an answer leads with the first quote reaching it (lead-quote.ts). Without a model (`m` null) the
 * judge's strength (feature 0 is its log) decides, as before the model.
 */
function outcome(m, row, t, sureType = COLLECTED_SURE_TYPE, asks = NO_ASKS) {
  // Feature 2 is the judge's `typed`: a sure type missing re-weighed from the factor collected with.
  const rescale = (q) => (row.sure && q.x[2] === 0 ? sureType / COLLECTED_SURE_TYPE : 1) * asksFactor(asks, row, q);
  const ps = row.quotes.map((q) => (m ? probability(m, q.x) : (Math.exp(q.x[0]) - 0.01) * rescale(q)));
  const best = Math.max(0, ...ps.slice(0, DEPTH));
  const lead = ps.findIndex((p) => p >= t);
  const shown = lead <= 0 ? row.quotes : [row.quotes[lead], ...row.quotes.filter((_, i) => i !== lead)];
  return { best, goldIn3: shown.slice(0, 3).some((q) => q.gold), goldFirst: shown[0]?.gold === true };
}
/** No asks re-weighed: the strengths as collected. */
const NO_ASKS = { asked: 1, comparison: 1, future: 1, category: 1, scope: "all" };
/** The factor the question's unmet asks put on a quote (feature 4 is `focused`, 17 "english question"). */
function asksFactor(asks, row, q) {
  const [asked, comparison, future, category] = q.a ?? [0, 0, 0, 0];
  const askedApplies = asked === 1 && (asks.scope === "all" || (asks.scope === "free" ? q.x[4] === 1 : q.x[17] === 1));
  // Feature 18 is "direct" (an English question over English paragraphs): C ending in "nd" exempts it.
  const comparisonApplies = comparison === 1 && !(asks.comparisonScope === "nd" && q.x[18] === 1);
  return (
    (askedApplies ? asks.asked : 1) *
    (comparisonApplies ? asks.comparison : 1) *
    (future ? asks.future : 1) *
    (category ? asks.category : 1)
  );
}
function rates(m, rows, t, sureType = COLLECTED_SURE_TYPE, asks = NO_ASKS) {
  let neg = 0,
    negOk = 0,
    pos = 0,
    r3 = 0,
    r1 = 0,
    refusedPos = 0;
  for (const row of rows) {
    if (row.quotes.length === 0) {
      if (row.answerable) (pos++, refusedPos++);
      else (neg++, negOk++);
      continue;
    }
    const o = outcome(m, row, t, sureType, asks);
    const answered = o.best >= t;
    if (!row.answerable) (neg++, answered || negOk++);
    else {
      pos++;
      if (!answered) refusedPos++;
      else (o.goldIn3 && r3++, o.goldFirst && r1++);
    }
  }
  const r = (a, b) => (b ? Number((a / b).toFixed(4)) : "");
  return { refusal: r(negOk, neg), r1: r(r1, pos), r3: r(r3, pos), wrong: r(refusedPos, pos) };
}

// --- main ------------------------------------------------------------------------------------------
const rows = values.collect || !existsSync(values.data) ? await collect(values.data) : lines(values.data);
if (values["sure-feature"]) {
  if (!values["dry-run"])
    throw new Error("expected --dry-run with --sure-feature (the weights would not match FEATURES)");
  for (const r of rows) for (const q of r.quotes) q.x = [...q.x, r.sure && q.x[2] === 0 ? 1 : 0];
}
if (values["asks-features"]) {
  if (!values["dry-run"])
    throw new Error("expected --dry-run with --asks-features (the weights would not match FEATURES)");
  for (const r of rows) for (const q of r.quotes) q.x = [...q.x, ...(q.a ?? [0, 0, 0, 0])];
}
const judgeSure = values["judge-sure-type"] ? Number(values["judge-sure-type"]) : COLLECTED_SURE_TYPE;
/**
 * The examples: per question (--unit question, the default) its judge's strongest first quote,
 * labelled by whether the question is answerable — what the outcome is decided on; or (--unit
 * quote) every first quote, labelled by whether it is a right passage.
 */
const examplesOf = (rs, calWeight) =>
  rs.flatMap((r) => {
    const w = r.set === "calibration" ? calWeight : 1;
    const head = r.quotes.slice(0, DEPTH);
    if (values.unit === "quote") return head.map((q) => ({ x: q.x, y: q.gold ? 1 : 0, w }));
    if (head.length === 0) return [];
    const top = head.reduce((a, b) => (b.x[0] > a.x[0] ? b : a));
    return [{ x: top.x, y: r.answerable ? 1 : 0, w }];
  });
const cal = rows.filter((r) => r.set === "calibration");
const training = values["with-jsquad"] ? rows : rows.filter((r) => r.set !== "jsquad-valid");
const jsquad = rows.filter((r) => r.set === "jsquad-valid");
const jsquadHalves = rows.filter((r) => r.set.startsWith("jsquad-halves"));
if (values.asks) {
  const halves = jsquadHalves.filter((r) => !r.answerable);
  const xq = rows.filter((r) => r.set.startsWith("xquad-halves") && !r.answerable);
  const xqPos = rows.filter((r) => r.set.startsWith("xquad-halves") && r.answerable);
  const out = [];
  for (const spec of values.asks.split(";")) {
    const [a, c, f, g = "1"] = spec.split(",");
    const asks = {
      asked: Number.parseFloat(a),
      comparison: Number.parseFloat(c),
      comparisonScope: /nd$/.test(c) ? "nd" : "all",
      future: Number(f),
      category: Number(g),
      scope: /free$/.test(a) ? "free" : /en$/.test(a) ? "en" : "all",
    };
    for (const t of [0.1, 0.12, 0.14]) {
      const of = (rs) => rates(null, rs, t, judgeSure, asks);
      const ja = of(cal.filter((r) => r.lang === "ja"));
      const en = of(cal.filter((r) => r.lang === "en"));
      const jv = of(jsquad);
      const xp = of(xqPos);
      out.push([
        spec,
        t,
        `${ja.refusal} / ${ja.r3}`,
        `${en.refusal} / ${en.r3}`,
        of(halves).refusal,
        of(xq).refusal,
        `${xp.r1} / ${xp.wrong}`,
        `${jv.r1} / ${jv.wrong}`,
      ]);
    }
  }
  table(
    "The judge's strength with the question's asks unmet weighing ×A, ×C, ×F (calibration folds 0–3; JSQuAD halves and valid)",
    [
      "A, C, F",
      "threshold",
      "cal ja refused / R@3",
      "cal en refused / R@3",
      "JSQuAD halves refused",
      "XQuAD halves refused",
      "XQuAD halves answerable R@1 / wrongly refused",
      "JSQuAD R@1 / wrongly refused",
    ],
    out,
  );
  process.exit(0);
}
if (values["sure-type"]) {
  const halves = jsquadHalves.filter((r) => !r.answerable);
  const xq = rows.filter((r) => r.set.startsWith("xquad-halves") && !r.answerable);
  const out = [];
  for (const f of values["sure-type"].split(",").map(Number))
    for (const t of [0.08, 0.1, 0.12, 0.14, 0.16, 0.2]) {
      const ja = rates(
        null,
        cal.filter((r) => r.lang === "ja"),
        t,
        f,
      );
      const en = rates(
        null,
        cal.filter((r) => r.lang === "en"),
        t,
        f,
      );
      const jv = rates(null, jsquad, t, f);
      out.push([
        f,
        t,
        `${ja.refusal} / ${ja.r3}`,
        `${en.refusal} / ${en.r3}`,
        rates(null, halves, t, f).refusal,
        rates(null, xq, t, f).refusal,
        `${jv.r1} / ${jv.wrong}`,
      ]);
    }
  table(
    "The judge's strength with a sure answer type missing ×F (calibration folds 0–3; JSQuAD halves and valid)",
    [
      "F",
      "threshold",
      "cal ja refused / R@3",
      "cal en refused / R@3",
      "JSQuAD halves refused",
      "XQuAD halves refused",
      "JSQuAD R@1 / wrongly refused",
    ],
    out,
  );
  process.exit(0);
}
const thresholds = [
  0.005,
  0.01,
  0.02,
  0.03,
  0.04,
  ...Array.from({ length: 39 }, (_, i) => Number((0.05 + i * 0.025).toFixed(3))),
];
/** The strictest threshold keeping JSQuAD valid's wrongly refused within 1%. */
const operatingPoint = (m) => {
  let t0 = thresholds[0];
  for (const t of thresholds) if (rates(m, jsquad, t).wrong <= 0.01) t0 = t;
  return t0;
};

// The calibration rows' weight, by leaving each of folds 0–3 out: the mean over the left-out folds
// of near-topic refusal + answerable R@3 at the operating point.
const cv = [];
for (const calWeight of [1, 5, 20]) {
  let sum = 0;
  const per = [];
  for (const f of [0, 1, 2, 3]) {
    const m = fitLogistic(
      examplesOf(
        training.filter((r) => r.set !== "calibration" || r.fold !== f),
        calWeight,
      ),
    );
    const t = operatingPoint(m);
    const held = cal.filter((r) => r.fold === f);
    const ja = rates(
      m,
      held.filter((r) => r.lang === "ja"),
      t,
    );
    const en = rates(
      m,
      held.filter((r) => r.lang === "en"),
      t,
    );
    sum += ja.refusal + ja.r3 + en.refusal + en.r3;
    per.push(`${t}: ja ${ja.refusal}/${ja.r3} en ${en.refusal}/${en.r3}`);
  }
  cv.push({ calWeight, score: sum / 4, per });
}
table(
  "Calibration weight, each of folds 0–3 left out in turn (threshold: ja refusal/R@3, en refusal/R@3)",
  ["calibration weight", "mean of refusal+R@3 (ja+en)", "fold 0", "fold 1", "fold 2", "fold 3"],
  cv.map((c) => [c.calWeight, c.score, ...c.per]),
);
const chosen = cv.reduce((a, b) => (b.score > a.score ? b : a));
const model = fitLogistic(examplesOf(training, chosen.calWeight));
const threshold = operatingPoint(model);
const { FEATURES } = await import(join(here, "dist/search/answer/answer-features.js"));
table(
  `The fit (calibration weight ${chosen.calWeight}; ${training.length} questions, ${examplesOf(training, 1).length} examples)`,
  ["feature", "weight (standardised)"],
  FEATURES.map((f, i) => [f, model.weights[i]]).concat([["bias", model.bias]]),
);
table(
  "Trade-off over the threshold (training data; calibration folds 0–3 only)",
  [
    "threshold",
    "cal ja refusal",
    "ja R@3",
    "cal en refusal",
    "en R@3",
    "JSQuAD halves refused",
    "JSQuAD R@1",
    "JSQuAD wrongly refused",
    "judge's strength alone: ja refused / R@3 · en · halves refused · JSQuAD R@1 / wrongly refused",
  ],
  thresholds.map((t) => {
    const ja = rates(
      model,
      cal.filter((r) => r.lang === "ja"),
      t,
    );
    const en = rates(
      model,
      cal.filter((r) => r.lang === "en"),
      t,
    );
    const neg = rates(
      model,
      jsquadHalves.filter((r) => !r.answerable),
      t,
    );
    const jv = rates(model, jsquad, t);
    const before = rates(
      null,
      jsquadHalves.filter((r) => !r.answerable),
      t,
      judgeSure,
    );
    const beforeJv = rates(null, jsquad, t, judgeSure);
    const bja = rates(
      null,
      cal.filter((r) => r.lang === "ja"),
      t,
      judgeSure,
    );
    const ben = rates(
      null,
      cal.filter((r) => r.lang === "en"),
      t,
      judgeSure,
    );
    return [
      t === threshold ? `**${t}**` : t,
      ja.refusal,
      ja.r3,
      en.refusal,
      en.r3,
      neg.refusal,
      jv.r1,
      jv.wrong,
      `${bja.refusal} / ${bja.r3} · ${ben.refusal} / ${ben.r3} · ${before.refusal} · ${beforeJv.r1} / ${beforeJv.wrong}`,
    ];
  }),
);
if (!values["dry-run"]) {
  const round = (xs) => xs.map((v) => Number(v.toPrecision(6)));
  const file = join(here, "src/search/answer/answer-model-weights.ts");
  writeFileSync(
    file,
    `// Written by scripts/fit-answer-model.mjs: refit with \`node scripts/fit-answer-model.mjs --collect${values.unit === "question" ? "" : ` --unit ${values.unit}`}${values["with-jsquad"] ? " --with-jsquad" : ""}\`, then \`npm run build\`.
// Fitted (--unit ${values.unit}${values["with-jsquad"] ? " --with-jsquad" : ""}) on ${training.length} questions (${examplesOf(training, 1).length} examples): the calibration
// set's folds 0–3 (weight ${chosen.calWeight}, chosen leaving each fold out), the generated near-topic negatives and
// answerable halves over JSQuAD and XQuAD${values["with-jsquad"] ? ", JSQuAD valid" : ""}; the threshold is the strictest keeping JSQuAD valid's
// wrongly refused within 1%. Not the default decider (search/answer/judge.ts ANSWER_MODEL_TUNING).
import type { AnswerModel } from "./answer-model.js";

/** The answer threshold on the model's probability (AnswerTuning.answerStrength). */
export const ANSWER_MODEL_THRESHOLD = ${threshold};

export const ANSWER_MODEL: AnswerModel = ${JSON.stringify(
      {
        version: `fit-${new Date().toISOString().slice(0, 10)}-cw${chosen.calWeight}`,
        features: FEATURES,
        mean: round(model.mean),
        scale: round(model.scale),
        weights: round(model.weights),
        bias: Number(model.bias.toPrecision(6)),
      },
      null,
      2,
    )};
`,
  );
  execFileSync(join(here, "node_modules/.bin/prettier"), ["--write", file], { stdio: "ignore" });
  console.log(`\nwrote ${file.slice(here.length + 1)} (threshold ${threshold})`);
}
