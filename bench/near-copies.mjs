#!/usr/bin/env node
// The same story from many outlets (issue #21 part 3): an archive where every paragraph of JSQuAD
// valid's corpus was republished by ~86 other outlets, each lightly edited, the original published
// first. Asks each base paragraph's JSQuAD questions and counts how often the first result is the
// unaltered original (what a reader should be shown and cite) — this checkout beside another build
// (main before the change: --base DIR), MiniSearch (BM25 over character bigrams, as
// bench/baseline-minisearch.mjs) and SQLite FTS5 (trigram tokenizer, bm25) in the same run. Also
// ingest time, peak RSS and index size of both builds, and how the groups came out. Prints a table; never fails on a figure.
//
//   node bench/near-copies.mjs [--size 10k] [--archive edited|scale] [--questions 200] [--base DIR] [--cache DIR] [--no-baselines] [--json FILE]
//
// --archive    edited (default): the archive described below, every copy dated after its original;
//              scale: bench/scale/generate.mjs's archive (copies `<id>-r<n>` with sentences rotated and ~3% of
//              characters replaced, no dates: the original is the copy whose id sorts first)
// --size       paragraphs of the archive (rounded to whole copies of the 1,145 base paragraphs; default 10k; the issue's figure is 100k)
// --questions  JSQuAD valid questions asked (every k-th of the 4,442; default 200)
// --base       another checkout to compare with (built: dist/), e.g. `git worktree add /tmp/base main && (cd /tmp/base && npm ci)`
// --ingest-rounds  ingests per build, the builds alternating (default 1); the table shows the median time
// --cache      where the generated archive and indexes are kept (default $TMPDIR/summit-near-copies-<uid>)
//
// How a copy is edited (deterministic: the same size gives the same archive everywhere): each
// copy's paragraph gets, independently, with these odds: its sentences' order kept but one dropped
// (0.25, paragraphs of 2+ sentences), a sentence added from another paragraph of the same article
// (0.25), two clauses swapped around a 、 (0.3), a short run of 2–4 characters deleted (0.5, up to
// twice), ~2% of its Japanese characters replaced by others drawn from the corpus (always), 、 and 。
// written as ， and ．or a comma removed (0.3), digits changed (0.2). Copy r of article A is
// `A-c<r>`, source "Outlet r", published r hours after the original.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { seededRandom } from "../test/helpers/random.mjs";
import { generateCorpus, hashString, parseSize, readSource } from "./scale/generate.mjs";
import { characterBigrams } from "./character-bigrams.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const size = parseSize(flag("size", "10k"));
const questionCount = Number(flag("questions", "200"));
const base = flag("base") ? resolve(flag("base")) : undefined;
const cache = resolve(flag("cache", join(tmpdir(), `summit-near-copies-${userInfo().uid}`)));
const baselines = !argv.includes("--no-baselines");
const ingestRounds = Math.max(1, Number(flag("ingest-rounds", "1")));
const jsonOut = flag("json");
const archiveKind = flag("archive", "edited");
if (!["edited", "scale"].includes(archiveKind)) {
  console.error(`bench/near-copies: expected --archive edited or scale, received ${archiveKind}`);
  process.exit(2);
}
const shared = resolve(root, "../shared/eval/jsquad-valid");
const GENERATOR_VERSION = 1;

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** One outlet's light edit of a paragraph (see the file's comment). */
function editParagraph(text, others, rand, alphabet) {
  let sentences = text.split(/(?<=。)/).filter(Boolean);
  if (sentences.length > 1 && rand() < 0.25) sentences.splice(Math.floor(rand() * sentences.length), 1);
  if (rand() < 0.25 && others.length) {
    const from = others[Math.floor(rand() * others.length)].split(/(?<=。)/).filter(Boolean);
    const added = from[Math.floor(rand() * from.length)];
    if (added) sentences.splice(Math.floor(rand() * (sentences.length + 1)), 0, added);
  }
  let out = sentences.join("");
  if (rand() < 0.3) {
    const parts = out.split("、");
    if (parts.length > 2) {
      const k = Math.floor(rand() * (parts.length - 2));
      [parts[k], parts[k + 1]] = [parts[k + 1], parts[k]];
      out = parts.join("、");
    }
  }
  for (let d = 0; d < 2; d++) {
    if (rand() < 0.5 && out.length > 20) {
      const at = Math.floor(rand() * (out.length - 5));
      out = out.slice(0, at) + out.slice(at + 2 + Math.floor(rand() * 3));
    }
  }
  const punctuation = rand() < 0.3 ? (rand() < 0.5 ? "fullwidth" : "drop") : undefined;
  const digits = rand() < 0.2;
  let edited = "";
  for (const c of out) {
    if (JAPANESE.test(c) && rand() < 0.02) edited += alphabet[Math.floor(rand() * alphabet.length)];
    else if (digits && c >= "0" && c <= "9" && rand() < 0.3) edited += String(Math.floor(rand() * 10));
    else if (punctuation === "fullwidth" && (c === "、" || c === "。")) edited += c === "、" ? "，" : "．";
    else if (punctuation === "drop" && c === "、" && rand() < 0.5) continue;
    else edited += c;
  }
  return edited;
}

/** Writes the archive: the JSQuAD articles as originals, then their copies; reuses a complete earlier one. */
function generate(outDir, paragraphs) {
  const marker = join(outDir, ".complete.json");
  if (existsSync(marker)) {
    const done = JSON.parse(readFileSync(marker, "utf8"));
    if (done.version === GENERATOR_VERSION && done.requested === paragraphs) return done;
  }
  const source = readSource(join(shared, "corpus"));
  const perCopy = source.reduce((n, d) => n + d.blocks.length, 0);
  const copies = Math.max(1, Math.round(paragraphs / perCopy)) - 1;
  const alphabet = [];
  for (const d of source) for (const b of d.blocks) for (const c of b) if (JAPANESE.test(c)) alphabet.push(c);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const original = Date.parse("2025-06-01T00:00:00Z");
  let documents = 0;
  for (let r = 0; r <= copies; r++) {
    for (const d of source) {
      const id = r === 0 ? d.id : `${d.id}-c${r}`;
      const rand = seededRandom(hashString(id));
      const published = new Date(original + r * 3600_000).toISOString().replace(".000Z", "Z");
      const front = [
        ...d.front.filter((l) => !/^(source|published):/.test(l)),
        `source: ${r === 0 ? "Original Wire" : `Outlet ${r}`}`,
        `published: ${published}`,
      ];
      const blocks =
        r === 0
          ? d.blocks
          : d.blocks.map((b, i) =>
              editParagraph(
                b,
                d.blocks.filter((_, j) => j !== i),
                rand,
                alphabet,
              ),
            );
      writeFileSync(join(tmp, `${id}.md`), `---\n${front.join("\n")}\n---\n${blocks.join("\n\n")}\n`);
      documents++;
    }
  }
  const done = {
    version: GENERATOR_VERSION,
    requested: paragraphs,
    documents,
    paragraphs: (copies + 1) * perCopy,
    copies,
  };
  writeFileSync(join(tmp, ".complete.json"), JSON.stringify(done) + "\n");
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
  return done;
}

const dirSize = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath ?? e.path, e.name)).size, 0);

/** Ingests with a build's CLI; wall seconds, peak RSS (MiB, through /usr/bin/time) and index bytes. */
function ingest(system, corpusDir, indexDir) {
  rmSync(indexDir, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%M",
      process.execPath,
      join(system.root, "bin/summit-bot.js"),
      "ingest",
      "--corpus",
      corpusDir,
      "--index",
      indexDir,
    ],
    { cwd: system.root, encoding: "utf8", env: { ...process.env, SUMMIT_EMBEDDER: "hash" } },
  );
  if (r.status !== 0) throw new Error(`${system.name}: ingest failed:\n${r.stderr}`);
  const peakKiB = Number(r.stderr.trim().split("\n").at(-1));
  return { seconds: (performance.now() - t0) / 1000, peakMiB: peakKiB / 1024, bytes: dirSize(indexDir) };
}

/** First result ids of `search --json` for every question. */
function firstIds(system, indexDir, questions) {
  const out = execFileSync(
    process.execPath,
    [join(system.root, "bin/summit-bot.js"), "search", "--json", "--k", "3", "--index", indexDir],
    {
      cwd: system.root,
      input: questions.map((q) => q.question.replace(/\s+/g, " ")).join("\n") + "\n",
      encoding: "utf8",
      maxBuffer: 1 << 28,
      env: { ...process.env, SUMMIT_EMBEDDER: "hash" },
    },
  );
  const lines = out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  return lines.map((l) => ({
    first: l.results[0]?.id,
    copiesNamed: l.results[0]?.also_published_by?.length ?? 0,
    ids: l.results.map((r) => r.id),
  }));
}

/** The base paragraph a result id belongs to (`a10336-c12#3` → `a10336#3`). */
const storyOf = (id) => id?.replace(/-[cr]\d+#/, "#");

async function baselineFirsts(corpusDir, questions) {
  const { default: MiniSearch } = await import("minisearch");
  const { loadCorpus } = await import(join(root, "dist/corpus/load.js"));
  const { documents } = loadCorpus(corpusDir);
  const passages = documents.flatMap((d) => d.passages.map((p) => ({ id: p.id, text: p.text, title: d.meta.title })));
  const bigrams = characterBigrams;
  let t0 = performance.now();
  const ms = new MiniSearch({ fields: ["title", "text"], tokenize: bigrams, processTerm: (t) => t });
  ms.addAll(passages);
  const miniIngest = (performance.now() - t0) / 1000;
  const mini = questions.map((q) => ({ first: ms.search(q.question, { combineWith: "OR" })[0]?.id }));

  const require = createRequire(import.meta.url);
  const Database = require("better-sqlite3");
  t0 = performance.now();
  const db = new Database(":memory:");
  db.exec("CREATE VIRTUAL TABLE p USING fts5(id UNINDEXED, title, text, tokenize = 'trigram')");
  const insert = db.prepare("INSERT INTO p (id, title, text) VALUES (?, ?, ?)");
  db.transaction(() => {
    for (const p of passages) insert.run(p.id, p.title, p.text);
  })();
  const ftsIngest = (performance.now() - t0) / 1000;
  const search = db.prepare("SELECT id FROM p WHERE p MATCH ? ORDER BY bm25(p) LIMIT 1");
  // A question as an OR of its trigrams (FTS5's trigram tokenizer matches substrings of 3+ characters).
  const trigrams = (text) => {
    const chars = [...text.normalize("NFKC").replace(/[\s\p{P}\p{S}"]/gu, "")];
    const out = new Set();
    for (let i = 0; i + 2 < chars.length; i++) out.add(`"${chars[i]}${chars[i + 1]}${chars[i + 2]}"`);
    return [...out];
  };
  const fts = questions.map((q) => {
    const terms = trigrams(q.question);
    return { first: terms.length ? search.get(terms.join(" OR "))?.id : undefined };
  });
  db.close();
  return { mini, miniIngest, fts, ftsIngest };
}

// ---------------------------------------------------------------------------------------------
if (!existsSync(join(shared, "qa.jsonl"))) {
  console.error(`bench/near-copies: expected JSQuAD valid at ${shared} (qa.jsonl, corpus/), found none`);
  process.exit(2);
}
mkdirSync(cache, { recursive: true });
const corpusDir = join(cache, `corpus-${archiveKind}-${size}`);
console.error(`generating ${size} paragraphs in ${corpusDir} …`);
const archive =
  archiveKind === "edited"
    ? generate(corpusDir, size)
    : (() => {
        const done = generateCorpus(join(shared, "corpus"), corpusDir, size);
        return { ...done, copies: Math.round(done.paragraphs / 1145) - 1 };
      })();
const all = readFileSync(join(shared, "qa.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l));
const step = Math.max(1, Math.floor(all.length / questionCount));
const questions = all.filter((_, i) => i % step === 0).slice(0, questionCount);

const systems = [{ name: "this checkout", root }, ...(base ? [{ name: `base (${basename(base)})`, root: base }] : [])];
function basename(p) {
  return p.replace(/\/+$/, "").replace(/^.*\//, "");
}
const rows = [];
const indexOf = (system) => join(cache, `index-${archiveKind}-${size}-${system === systems[0] ? "this" : "base"}`);
const ingests = new Map(systems.map((s) => [s, []]));
for (let round = 0; round < ingestRounds; round++) {
  for (const system of systems) {
    console.error(`${system.name}: ingest (round ${round + 1} of ${ingestRounds}) …`);
    ingests.get(system).push(ingest(system, corpusDir, indexOf(system)));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
for (const system of systems) {
  console.error(`${system.name}: ${questions.length} questions …`);
  const answers = firstIds(system, indexOf(system), questions);
  const runs = ingests.get(system);
  rows.push({
    system: system.name,
    ingestSeconds: median(runs.map((r) => r.seconds)),
    ingestRuns: runs.map((r) => Number(r.seconds.toFixed(1))),
    peakMiB: Math.max(...runs.map((r) => r.peakMiB)),
    indexBytes: runs.at(-1).bytes,
    answers,
  });
}
if (baselines) {
  console.error("baselines: MiniSearch, FTS5 …");
  const b = await baselineFirsts(corpusDir, questions);
  rows.push({ system: "MiniSearch (BM25, bigrams)", ingestSeconds: b.miniIngest, answers: b.mini });
  rows.push({ system: "SQLite FTS5 (trigram, bm25)", ingestSeconds: b.ftsIngest, answers: b.fts });
}

/**
 * How the groups in this checkout's index came out: copies grouped with their own original, copies
 * in another story's group, groups whose representative is the original. Split by copy number:
 * the threshold was chosen looking at copies 1–8 (the 10k archive); copies 9 and later were not looked at.
 */
async function groupQuality(indexDir) {
  const { readIndex } = await import(join(root, "dist/index/storage/store.js"));
  const data = readIndex(indexDir);
  const { passages } = data;
  const copyNo = (id) => Number(/-[cr](\d+)#/.exec(id)?.[1] ?? 0);
  const groupOf = new Map();
  data.copies.groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const original = new Map();
  passages.forEach((p, i) => copyNo(p.id) === 0 && original.set(p.id, i));
  const fold = (keep) => {
    let copies = 0;
    let withOriginal = 0;
    let elsewhere = 0;
    passages.forEach((p, i) => {
      if (!keep(copyNo(p.id))) return;
      copies++;
      const g = groupOf.get(i);
      const o = original.get(storyOf(p.id));
      if (g !== undefined && g === groupOf.get(o)) withOriginal++;
      else if (g !== undefined && storyOf(passages[data.copies.groups[g][0]].id) !== storyOf(p.id)) elsewhere++;
    });
    return { copies, withOriginal: withOriginal / copies, inAnotherStory: elsewhere / copies };
  };
  const result = {
    groups: data.copies.groups.length,
    originalRepresents: data.copies.groups.filter((g) => copyNo(passages[g[0]].id) === 0).length,
    seen: fold((n) => n >= 1 && n <= 8),
    unseen: fold((n) => n >= 9),
  };
  data.quotes.postings.close();
  return result;
}

const pct = (n) => `${((100 * n) / questions.length).toFixed(1)}%`;
const gold = questions.map((q) => q.gold_ids[0]);
const table = rows.map((r) => {
  const original = r.answers.filter((a, i) => a.first === gold[i]).length;
  const story = r.answers.filter((a, i) => storyOf(a.first) === gold[i]).length;
  const named = r.answers.filter((a, i) => a.first === gold[i] && a.copiesNamed > 0).length;
  const repeats = r.answers.filter((a) => a.ids && new Set(a.ids.map(storyOf)).size < a.ids.length).length;
  return { ...r, original, story, named, repeats };
});
console.log(
  `\n${archiveKind} archive: ${archive.paragraphs.toLocaleString("en-US")} paragraphs (${archive.documents.toLocaleString("en-US")} articles: 59 originals and ${archive.copies} copies of each), ${questions.length} questions\n`,
);
console.log(
  "| system | unaltered original first | its story first (any copy) | first names the other outlets | answers quoting one story twice (top 3) | ingest | ingest peak RSS | index size |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const r of table) {
  console.log(
    `| ${r.system} | ${pct(r.original)} | ${pct(r.story)} | ${r.answers[0]?.ids ? pct(r.named) : "—"} | ${r.answers[0]?.ids ? pct(r.repeats) : "—"} | ${r.ingestSeconds.toFixed(1)} s | ${r.peakMiB ? `${r.peakMiB.toFixed(0)} MiB` : "—"} | ${r.indexBytes ? `${(r.indexBytes / 2 ** 20).toFixed(0)} MiB` : "in memory"} |`,
  );
}
const quality = await groupQuality(indexOf(systems[0]));
const share = (x) => `${(100 * x).toFixed(1)}%`;
console.log(
  `\nGroups in this checkout's index: ${quality.groups.toLocaleString("en-US")}, ${quality.originalRepresents.toLocaleString("en-US")} of them represented by the unaltered original.`,
);
console.log("| copies | count | grouped with their original | in another story's group |");
console.log("|---|---|---|---|");
for (const [name, f] of [
  ["1–8 (looked at when choosing the threshold)", quality.seen],
  ["9 and later (not looked at)", quality.unseen],
]) {
  if (f.copies)
    console.log(
      `| ${name} | ${f.copies.toLocaleString("en-US")} | ${share(f.withOriginal)} | ${share(f.inAnotherStory)} |`,
    );
}
if (jsonOut)
  writeFileSync(
    jsonOut,
    JSON.stringify({ size, archive, questions: questions.length, table, quality }, null, 1) + "\n",
  );
