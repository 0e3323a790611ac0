#!/usr/bin/env node
// English and Japanese articles in one archive (issue 20), measured through `summit-bot search
// --json` and the official scorer, this checkout beside another build (the one before the
// change) in the same run:
//   node bench/languages.mjs [--base DIR] [--only NAME,NAME] [--fold]
// DIR is another checkout with dist/ built (e.g. a worktree of main). Sets (NAME): xquad
// (xquad-en-dev alone, with MiniSearch's default tokenizer on the same paragraphs), mixed
// (xquad-en-dev + jsquad-valid in one archive: English, qa-ja and JSQuAD questions), jsquad
// (jsquad-valid alone), summit (summit-dev and summit-neartopic-dev on the bundled index).
// Writes each system's raw result lines to $BENCH_OUT (when set) for a closer look.
// --fold: the English questions are also scored apart by article, on the 16 study articles (tune
// on these) and the 8 held out (report these untouched): the articles sorted by name, every third
// one (the 3rd, 6th, …) held out.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { table } from "./table.mjs";
import { questionsOf } from "./qa-files.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = opt("--base") ? resolve(opt("--base")) : undefined;
const only = opt("--only")?.split(",");
const wanted = (name) => !only || only.includes(name);
const fold = args.includes("--fold");
const shared = resolve(root, process.env.SHARED_DIR ?? "../shared");
const evalDir = join(shared, "eval");
if (!existsSync(join(evalDir, "score.mjs"))) {
  console.error(`bench/languages: expected the shared evaluation data at ${evalDir}; set SHARED_DIR`);
  process.exit(2);
}
const out = process.env.BENCH_OUT;
if (out) mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "summit-languages-"));
const systems = [...(base ? [["before", base]] : []), ["this build", root]];

const cli = (dir, argv, input) =>
  execFileSync(process.execPath, [join(dir, "bin/summit-bot.js"), ...argv], {
    input,
    cwd: dir,
    maxBuffer: 1 << 28,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
  });
const score = (qa, results, label) => {
  const file = join(out ?? work, `${label.replace(/[^\w.-]+/g, "_")}.jsonl`);
  writeFileSync(file, results);
  return JSON.parse(
    execFileSync(process.execPath, [join(evalDir, "score.mjs"), qa, file, "--json"], { encoding: "utf8" }),
  );
};
const search = (dir, qa, index) =>
  cli(dir, ["search", "--json", "--k", "10", ...(index ? ["--index", index] : [])], questionsOf(qa));
const row = (label, s) => [
  label,
  s["recall@1"],
  s["recall@3"],
  s["recall@10"],
  s["mrr@10"],
  s.wrongly_refused ?? "-",
  s.refusal_accuracy ?? "-",
];
const cols = ["system / questions", "R@1", "R@3", "R@10", "MRR@10", "wrongly refused", "refusal accuracy"];

const xq = join(evalDir, "xquad-en-dev");
const jv = join(evalDir, "jsquad-valid");
// The fold: which of xquad-en-dev's questions ask about a held-out article (see --fold above).
const articles = readdirSync(join(xq, "corpus"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => f.slice(0, -3))
  .sort();
const heldOut = new Set(articles.filter((_, i) => i % 3 === 2));
const xqQuestions = readFileSync(join(xq, "qa.jsonl"), "utf8").split("\n").filter(Boolean);
const isHeld = xqQuestions.map((l) => heldOut.has(JSON.parse(l).gold_ids[0].split("#")[0]));
const foldFiles = Object.fromEntries(
  [
    ["study", false],
    ["held-out", true],
  ].map(([part, held]) => {
    const file = join(work, `xquad-${part}.jsonl`);
    writeFileSync(file, xqQuestions.filter((_, i) => isHeld[i] === held).join("\n") + "\n");
    return [part, { file, held, count: isHeld.filter((h) => h === held).length }];
  }),
);
if (fold) console.error(`bench/languages: held-out articles: ${[...heldOut].join(", ")}`);
const mixedCorpus = join(work, "mixed");
cpSync(join(xq, "corpus"), mixedCorpus, { recursive: true });
cpSync(join(jv, "corpus"), mixedCorpus, { recursive: true });

const rows = [];
for (const [name, dir] of systems) {
  const ingest = (corpus, tag) => {
    const index = join(work, `${tag}-${name.replace(/\W/g, "")}`);
    cli(dir, ["ingest", "--corpus", corpus, "--index", index]);
    return index;
  };
  const run = (label, qa, index) => {
    try {
      const results = search(dir, qa, index);
      rows.push(row(`${name}: ${label}`, score(qa, results, `${name}-${label}`).all));
      if (fold && qa === join(xq, "qa.jsonl")) {
        const lines = results.split("\n").filter(Boolean);
        for (const [part, { file, held, count }] of Object.entries(foldFiles)) {
          const mine = lines.filter((_, i) => isHeld[i] === held).join("\n") + "\n";
          rows.push(
            row(`${name}: ${label}: ${part} articles (${count})`, score(file, mine, `${name}-${label}-${part}`).all),
          );
        }
      }
    } catch (err) {
      // A build that cannot answer at all (main before issue 20 on an English-only index) is a row too.
      const why =
        String(err.stderr ?? err.message)
          .split("\n")
          .find((l) => l.trim()) ?? "failed";
      rows.push([`${name}: ${label}`, `fails: ${why.slice(0, 120)}`, "", "", "", "", ""]);
    }
  };
  if (wanted("xquad")) {
    const index = ingest(join(xq, "corpus"), "xq");
    run("xquad-en-dev alone, English (612)", join(xq, "qa.jsonl"), index);
    run("xquad-en-dev alone, qa-ja (30)", join(xq, "qa-ja.jsonl"), index);
  }
  if (wanted("mixed")) {
    const index = ingest(mixedCorpus, "mix");
    run("mixed, English (612)", join(xq, "qa.jsonl"), index);
    run("mixed, qa-ja (30)", join(xq, "qa-ja.jsonl"), index);
    run("mixed, JSQuAD (4,442)", join(jv, "qa.jsonl"), index);
  }
  if (wanted("jsquad")) run("jsquad-valid alone (4,442)", join(jv, "qa.jsonl"), ingest(join(jv, "corpus"), "jv"));
  if (wanted("summit")) {
    const index = ingest(join(dir, "corpus"), "summit");
    run("summit-dev (bundled corpus)", join(evalDir, "summit-dev.jsonl"), index);
    run("summit-neartopic-dev (bundled corpus)", join(evalDir, "summit-neartopic-dev.jsonl"), index);
  }
}
if (wanted("xquad")) {
  const qa = join(xq, "qa.jsonl");
  const ms = execFileSync(
    process.execPath,
    [join(root, "bench/baseline-minisearch.mjs"), join(xq, "corpus"), "default"],
    { input: questionsOf(qa), encoding: "utf8", maxBuffer: 1 << 28 },
  );
  rows.push(
    row("MiniSearch, default tokenizer: xquad-en-dev alone, English (612)", score(qa, ms, "minisearch-xquad").all),
  );
}
table("English and Japanese articles (xquad-en-dev, jsquad-valid, summit-dev)", cols, rows);
rmSync(work, { recursive: true, force: true });
