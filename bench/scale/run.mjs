#!/usr/bin/env node
// bench/scale: ingest, open and query cost at 1k, 10k and 100k paragraphs, this checkout beside
// the previous release and MiniSearch, in one run, alternating per size so ratios stay fair.
// Generates its synthetic archive itself (bench/scale/generate.mjs; deterministic, cached).
// Prints tables; never fails on time.
//
//   node bench/scale/run.mjs [--sizes 1k,10k,100k] [--release-sizes 1k,10k] [--minisearch-sizes 1k,10k,100k]
//                            [--questions 100] [--rounds 3] [--no-quality] [--mixed] [--release DIR] [--cache DIR] [--json FILE] [--keep]
//
// --sizes            sizes to measure (default 1k,10k,100k; e.g. --sizes 1k,10k for a quick run)
// --release-sizes    sizes at which the previous release is measured too (default 1k,10k: at 100k
//                    it needs ~5 min to ingest and ~50 s and 4 GB to open; pass 100k to include it)
// --minisearch-sizes sizes at which MiniSearch is measured (default: all of --sizes)
// --questions N      Japanese questions per size (every k-th of JSQuAD valid) and at most N English ones (bench/data/en-jsquad*)
// --rounds N         fresh processes per system and size for the open/latency probe, the systems
//                    alternating round by round; the table shows the median of each probe figure (a p95
//                    of 100 questions moves by ±1 ms between two runs of the same build)
// --no-quality       skip the JSQuAD R@1/MRR@10 check at 1k (official scorer over `search --json`, both builds)
// --mixed            a mixed-language archive: half JSQuAD (Japanese), half the XQuAD dev articles (English),
//                    generated the same way (generate.mjs --mixed); the English questions then come from
//                    xquad-en-dev/qa.jsonl (every k-th), and the 1k quality check scores both question sets
// --release DIR      the previous release's checkout (default /work/release, or SUMMIT_RELEASE_DIR), or any other
//                    build to compare with (e.g. a worktree of main before a change); named by its commit
// --cache DIR        where generated corpora are kept between runs (default $TMPDIR/summit-scale-<uid>)
// --json FILE        also write every measurement as JSON
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir, userInfo } from "node:os";
import { join, resolve } from "node:path";
import { generateCorpus, parseSize } from "./generate.mjs";

const root = resolve(new URL("../..", import.meta.url).pathname);
const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const list = (s) =>
  s
    ? s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
const sizes = list(flag("sizes", "1k,10k,100k"));
const releaseSizes = new Set(list(flag("release-sizes", "1k,10k")));
const minisearchSizes = new Set(list(flag("minisearch-sizes", sizes.join(","))));
const questionCount = Number(flag("questions", "100"));
const rounds = Number(flag("rounds", "3"));
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`bench/scale: expected --rounds to be a whole number ≥ 1, received ${flag("rounds")}`);
  process.exit(2);
}
const quality = !argv.includes("--no-quality");
const mixed = argv.includes("--mixed");
const keep = argv.includes("--keep");
const releaseDir = resolve(flag("release", process.env.SUMMIT_RELEASE_DIR ?? "/work/release"));
const cacheDir = resolve(flag("cache", join(tmpdir(), `summit-scale-${userInfo().uid}`)));
const jsonOut = flag("json", undefined);
const shared = resolve(root, process.env.SHARED_DIR ?? "../shared");
const jsquad = join(shared, "eval/jsquad-valid");
const xquad = join(shared, "eval/xquad-en-dev");
if (mixed && !existsSync(join(xquad, "corpus"))) {
  console.error(`bench/scale: --mixed expects XQuAD en dev at ${xquad}; set SHARED_DIR`);
  process.exit(2);
}
if (!existsSync(join(jsquad, "corpus"))) {
  console.error(`bench/scale: expected JSQuAD valid at ${jsquad}; set SHARED_DIR`);
  process.exit(2);
}
for (const s of sizes) parseSize(s);
const hasRelease =
  existsSync(join(releaseDir, "dist/engine.js")) || existsSync(join(releaseDir, "dist/engine/open.js"));
if (!hasRelease && releaseSizes.size)
  console.error(`bench/scale: no release build at ${releaseDir}; measuring this checkout only`);

const work = mkdtempSync(join(tmpdir(), "summit-scale-run-"));
const mb = (kb) => kb / 1024;
const dirMB = (dir) => {
  let bytes = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else bytes += st.size;
    }
  };
  walk(dir);
  return bytes / (1024 * 1024);
};

/** Runs a process under /usr/bin/time: wall seconds, peak RSS (MB), stdout. Throws with its stderr on failure. */
function timed(args, opts = {}) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...opts,
  });
  const lines = r.stderr.trim().split("\n");
  const [sec, kb, user, sys] = lines.at(-1).split(" ").map(Number);
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}):\n${lines.slice(-15).join("\n")}`);
  return { seconds: sec, cpuSeconds: user + sys, peakMB: mb(kb), stdout: r.stdout };
}

// Questions: an even sample of JSQuAD valid (Japanese) and the English JSQuAD sets.
const readJsonl = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const jaAll = readJsonl(join(jsquad, "qa.jsonl")).map((q) => q.question);
const step = Math.max(1, Math.floor(jaAll.length / questionCount));
const ja = jaAll.filter((_, i) => i % step === 0).slice(0, questionCount);
// Mixed: English questions about the English articles (an even sample of xquad-en-dev).
const enXquad = mixed ? readJsonl(join(xquad, "qa.jsonl")).map((q) => q.question) : [];
const en = mixed
  ? enXquad.filter((_, i) => i % Math.max(1, Math.floor(enXquad.length / questionCount)) === 0).slice(0, questionCount)
  : ["en-jsquad.jsonl", "en-jsquad-b.jsonl", "en-jsquad-c.jsonl"]
      .flatMap((f) => readJsonl(join(root, "bench/data", f)).map((q) => q.question))
      .slice(0, questionCount);
const questionsFile = join(work, "questions.json");
writeFileSync(questionsFile, JSON.stringify({ ja, en }));

// The other build is named by its commit (a worktree of main before a change, or the previous release).
const releaseCommit = (() => {
  try {
    return execFileSync("git", ["-C", releaseDir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "(no git)";
  }
})();
const systems = (size) => [
  ...(hasRelease && releaseSizes.has(size) ? [{ name: `release ${releaseCommit}`, root: releaseDir }] : []),
  { name: "now", root },
];

const indexOf = (system, size) => join(work, `idx-${size}-${system.root === root ? "now" : "release"}`);

/** Builds the system's index of the corpus: ingest time, peak RSS and size on disk. */
function ingestSummit(system, size, corpusDir) {
  const indexDir = indexOf(system, size);
  const ingest = timed([join(system.root, "bin/summit-bot.js"), "ingest", "--corpus", corpusDir, "--index", indexDir], {
    cwd: system.root,
  });
  return {
    system: system.name,
    size,
    ingestSeconds: ingest.seconds,
    ingestCpuSeconds: ingest.cpuSeconds,
    ingestPeakMB: ingest.peakMB,
    diskMB: dirMB(indexDir),
  };
}

/** One probe process (bench/scale/probe.mjs): open as the bot does, the questions, Find sources. */
function probeSummit(system, size) {
  const probe = timed([join(root, "bench/scale/probe.mjs"), system.root, indexOf(system, size), questionsFile], {
    cwd: system.root,
  });
  return { ...JSON.parse(probe.stdout.trim().split("\n").at(-1)), probePeakMB: probe.peakMB };
}

/** The cold one-shot `ask` (what a terminal user waits for) and, at 1k, JSQuAD quality; then the index is removed. */
function finishSummit(system, size, result) {
  const indexDir = indexOf(system, size);
  const ask = timed([join(system.root, "bin/summit-bot.js"), "ask", "--index", indexDir, ja[0]], { cwd: system.root });
  Object.assign(result, { askSeconds: ask.seconds, askPeakMB: ask.peakMB });
  if (quality && size === "1k") {
    result.quality = scoreQuestions(system, indexDir, join(jsquad, "qa.jsonl"), jaAll, "jsquad");
    if (mixed) result.qualityEn = scoreQuestions(system, indexDir, join(xquad, "qa.jsonl"), enXquad, "xquad");
  }
  if (!keep) rmSync(indexDir, { recursive: true, force: true });
}

const median = (xs) => {
  const v = xs.filter((x) => typeof x === "number").sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** The median over the probe rounds of every figure (each latency statistic on its own), with the rounds kept. */
function medianOfRounds(probes) {
  const lat = (lang) => {
    const all = probes.map((p) => p.latency?.[lang]).filter(Boolean);
    if (!all.length) return undefined;
    return Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((l) => l[k]))]));
  };
  const first = probes[0];
  return {
    openSeconds: median(probes.map((p) => p.openSeconds)),
    rssAfterOpenMB: median(probes.map((p) => p.rssAfterOpenMB)),
    rssAfterQueriesMB: median(probes.map((p) => p.rssAfterQueriesMB)),
    probePeakMB: median(probes.map((p) => p.probePeakMB)),
    latency: { ja: lat("ja"), en: lat("en") },
    ...(first.quoteCheck
      ? {
          quoteCheck: {
            firstMs: median(probes.map((p) => p.quoteCheck.firstMs)),
            nextMs: median(probes.map((p) => p.quoteCheck.nextMs)),
            rssAfterMB: median(probes.map((p) => p.quoteCheck.rssAfterMB)),
          },
        }
      : {}),
    serving: first.serving,
    rounds: probes,
  };
}

function measureMiniSearch(size, corpusDir) {
  const r = timed([join(root, "bench/scale/minisearch.mjs"), corpusDir, questionsFile], { cwd: root });
  const p = JSON.parse(r.stdout.trim().split("\n").at(-1));
  return {
    system: "MiniSearch (bigrams)",
    size,
    ingestSeconds: p.ingestSeconds,
    ingestPeakMB: r.peakMB,
    diskMB: null,
    openSeconds: p.openSeconds,
    rssAfterOpenMB: p.rssAfterOpenMB,
    latency: p.latency,
  };
}

/** R@1 and MRR@10 of `search --json` (hybrid, the default) over one question set, through the official scorer. */
function scoreQuestions(system, indexDir, qaFile, questions, tag) {
  const input = questions.join("\n") + "\n";
  const out = execFileSync(
    process.execPath,
    [join(system.root, "bin/summit-bot.js"), "search", "--json", "--k", "10", "--index", indexDir],
    {
      input,
      cwd: system.root,
      encoding: "utf8",
      maxBuffer: 1 << 29,
    },
  );
  const score = (file) =>
    JSON.parse(
      execFileSync(process.execPath, [join(shared, "eval/score.mjs"), qaFile, file, "--json"], {
        encoding: "utf8",
      }),
    ).all;
  const resultsFile = join(work, `${tag}-${system.root === root ? "now" : "release"}.jsonl`);
  writeFileSync(resultsFile, out);
  const s = score(resultsFile);
  if (!mixed) return { r1: s["recall@1"], mrr10: s["mrr@10"] };
  // The mixed 1k archive holds several near-copies of each English article (`<id>-r<n>`), which
  // of them ranks first is arbitrary; the folded score counts a near-copy of the gold paragraph
  // as found (ids `<doc>-r<n>#<p>` read as `<doc>#<p>`), the official score does not.
  const folded = out
    .split("\n")
    .map((line) => {
      if (!line.trim()) return line;
      const r = JSON.parse(line);
      return JSON.stringify({
        ...r,
        results: (r.results ?? []).map((x) => ({ ...x, id: x.id.replace(/-r\d+#/, "#") })),
      });
    })
    .join("\n");
  const foldedFile = resultsFile.replace(/\.jsonl$/, "-folded.jsonl");
  writeFileSync(foldedFile, folded);
  const f = score(foldedFile);
  return { r1: s["recall@1"], mrr10: s["mrr@10"], foldedR1: f["recall@1"], foldedMrr10: f["mrr@10"] };
}

const results = [];
const corpora = {};
try {
  for (const size of sizes) {
    const corpusDir = join(cacheDir, `corpus-${mixed ? "mixed-" : ""}${parseSize(size)}`);
    const t = performance.now();
    const info = generateCorpus(join(jsquad, "corpus"), corpusDir, parseSize(size), {
      englishDir: mixed ? join(xquad, "corpus") : undefined,
    });
    corpora[size] = info;
    console.error(
      `[scale] ${size}: ${info.paragraphs} paragraphs${info.mixed ? ` (${info.japanese} ja + ${info.english} en)` : ""} in ${info.documents} documents (${((performance.now() - t) / 1000).toFixed(1)} s to prepare)`,
    );
    // Every system's index stays on disk until its rounds are done (twice the disk of one).
    const measured = systems(size).map((system) => {
      console.error(`[scale] ${size}: ${system.name}: ingest…`);
      return { system, result: ingestSummit(system, size, corpusDir), probes: [] };
    });
    for (let r = 1; r <= rounds; r++) {
      // The systems take turns, in the other order every other round (none always first, or right after an ingest).
      for (const m of r % 2 ? measured : [...measured].reverse()) {
        console.error(`[scale] ${size}: ${m.system.name}: probe ${r}/${rounds}…`);
        m.probes.push(probeSummit(m.system, size));
      }
    }
    for (const m of measured) {
      Object.assign(m.result, medianOfRounds(m.probes));
      finishSummit(m.system, size, m.result);
      results.push(m.result);
    }
    if (minisearchSizes.has(size)) {
      console.error(`[scale] ${size}: MiniSearch…`);
      results.push(measureMiniSearch(size, corpusDir));
    }
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.error(`[scale] kept ${work}`);
}

const f1 = (x) =>
  x === null || x === undefined ? "—" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const lat = (l) =>
  l ? `${f1(l.p50)} / ${f1(l.p95)}` + (l.cpuP95 !== undefined ? ` (CPU ${f1(l.cpuP50)} / ${f1(l.cpuP95)})` : "") : "—";
console.log(
  `\n## bench/scale${mixed ? ", mixed archive (half JSQuAD, half XQuAD en dev)" : ""} (${new Date().toISOString().slice(0, 10)}, ${ja.length} Japanese + ${en.length} English${mixed ? " (xquad-en-dev)" : ""} questions per size, hybrid, k 10; open, RSS, latency and Find sources: median of ${rounds} fresh processes per system, the rest one run)\n`,
);
console.log(
  "| size | paragraphs / docs | system | ingest s (CPU s) | ingest peak MB | index MB | open s | RSS after open MB | ja p50 / p95 ms | en p50 / p95 ms | first / next Find sources ms | RSS after it MB | cold `ask` s |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  const c = corpora[r.size];
  console.log(
    `| ${r.size} | ${c.paragraphs} / ${c.documents} | ${r.system} | ${f1(r.ingestSeconds)}${r.ingestCpuSeconds === undefined ? "" : ` (${f1(r.ingestCpuSeconds)})`} | ${f1(r.ingestPeakMB)} | ${f1(r.diskMB)} | ${f1(r.openSeconds)} | ${f1(r.rssAfterOpenMB)} | ${lat(r.latency?.ja)} | ${lat(r.latency?.en)} | ${r.quoteCheck ? `${f1(r.quoteCheck.firstMs)} / ${f1(r.quoteCheck.nextMs)}` : "—"} | ${f1(r.quoteCheck?.rssAfterMB)} | ${f1(r.askSeconds)} |`,
  );
}
const q = results.filter((r) => r.quality);
if (q.length && !mixed) {
  console.log("\n## JSQuAD valid at 1k (4,442 questions, official scorer, hybrid)\n");
  console.log("| system | R@1 | MRR@10 |");
  console.log("|---|---|---|");
  for (const r of q) console.log(`| ${r.system} | ${r.quality.r1.toFixed(4)} | ${r.quality.mrr10.toFixed(4)} |`);
}
const qEn = results.filter((r) => r.qualityEn);
if (qEn.length) {
  console.log(
    "\n## Mixed 1k (official scorer, hybrid; folded: a near-copy `<doc>-r<n>` of the gold paragraph counts)\n",
  );
  console.log("| system | questions | R@1 | MRR@10 | folded R@1 | folded MRR@10 |");
  console.log("|---|---|---|---|---|---|");
  const row = (r, name, x) =>
    console.log(
      `| ${r.system} | ${name} | ${x.r1.toFixed(4)} | ${x.mrr10.toFixed(4)} | ${x.foldedR1.toFixed(4)} | ${x.foldedMrr10.toFixed(4)} |`,
    );
  for (const r of qEn) {
    row(r, "JSQuAD valid (4,442 ja)", r.quality);
    row(r, "XQuAD en dev (612 en)", r.qualityEn);
  }
}
console.log(
  "\nopen = what the bot does at start (`openServingEngine`: warm-up, engine worker thread; the release: `openEngine` with warm-up), until it can answer; RSS after open = the process's resident set then (all threads). Find sources = the quote check of a 40-character quotation, first after start-up (the checker indexes the paragraphs on first use) and next. Latency: wall time per question (CPU time of the process in brackets: on a loaded machine wall time is inflated, CPU time much less). Open, RSS, latency and Find sources are the median over the rounds, each figure on its own (--json keeps every round). MiniSearch: ingest = read corpus + addAll in memory, open = loadJSON of its serialised index; same corpus, same questions.",
);
// Wall times on a shared machine are inflated by other work; the load average says by how much.
const load = loadavg().map((x) => x.toFixed(2));
console.log(`\nLoad average at the end of the run (1, 5, 15 min): ${load.join(", ")}.`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ corpora, results, loadAverage: loadavg() }, null, 1) + "\n");
