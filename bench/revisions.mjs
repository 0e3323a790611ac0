#!/usr/bin/env node
// Changed articles (issue #21 part 4), measured side by side with a base build in the same run:
//
// 1. Ids across revisions. Every article of each set is edited by hand the ways articles change
//    (a paragraph inserted at the top, one edited slightly, one deleted, the three together, one
//    moved, one replaced by an unrelated paragraph), then `ingest` runs again over the same index,
//    as a maintainer would. For each build: the share of unchanged paragraphs whose id still cites
//    their text, the share of edited paragraphs whose id cites the edited text, and the share of
//    old ids that now cite a different paragraph's text (wrong text under a pasted citation).
// 2. Nothing else moves: `search --json` over summit-dev, summit-neartopic-dev and JSQuAD with
//    indexes each build ingests itself, compared byte for byte.
//
//   npm run build && node bench/revisions.mjs --base DIR     (DIR: a built checkout of main)
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { table } from "./table.mjs";
import { questionsOf } from "./qa-files.mjs";
import { seededRandom } from "../test/helpers/random.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const base = flag("--base");
if (!base || !existsSync(join(base, "dist/cli/main.js"))) {
  console.error(
    "bench/revisions: expected --base DIR, a built checkout of the branch to compare with (npm ci builds dist/)",
  );
  process.exit(2);
}
const shared = resolve(root, process.env.SHARED_DIR ?? "../shared");
const evalDir = join(shared, "eval");
const only = flag("--only");

const { parseDocument } = await import(join(root, "dist/corpus/parse.js"));
const { readManifest, readStoredPassages } = await import(join(root, "dist/index/storage/store.js"));

const builds = { base: join(resolve(base), "bin/summit-bot.js"), this: join(root, "bin/summit-bot.js") };
const work = mkdtempSync(join(tmpdir(), "summit-revisions-"));
const cli = (build, argv, input) =>
  execFileSync(process.execPath, [builds[build], ...argv], {
    input,
    maxBuffer: 1 << 28,
    encoding: "utf8",
    env: { ...process.env, SUMMIT_EMBEDDER: "hash" },
    stdio: ["pipe", "pipe", "pipe"],
  });

// --- the article sets ---------------------------------------------------------------------
/** Each set: a folder of corpus articles. The web fixtures' expected bodies become articles. */
function fixtureArticles() {
  const dir = join(work, "web-fixtures");
  mkdirSync(dir, { recursive: true });
  for (const set of ["dev", "heldout"]) {
    const expected = join(root, "test/fixtures/web", set, "expected");
    for (const f of readdirSync(expected).filter((f) => f.endsWith(".txt"))) {
      const body = readFileSync(join(expected, f), "utf8").trim();
      writeFileSync(join(dir, `${set}-${f.replace(/\.txt$/, "")}.md`), `---\ntitle: "${set} ${f}"\n---\n\n${body}\n`);
    }
  }
  return dir;
}
const sets = [
  ["bundled corpus", join(root, "corpus")],
  ["web fixture pages", fixtureArticles()],
  ["JSQuAD valid (ja)", join(evalDir, "jsquad-valid/corpus")],
  ["XQuAD dev (en)", join(evalDir, "xquad-en-dev/corpus")],
].filter(([name, dir]) => existsSync(dir) && (!only || name.includes(only)));

// --- edits --------------------------------------------------------------------------------
const seedOf = (s) => createHash("sha256").update(s).digest().readUInt32LE(0);
const pick = (r, n) => Math.floor(r() * n);

/** A small edit: a figure changed, else a short correction added after the first sentence end or at the end. */
function smallEdit(text, r) {
  const digits = [...text.matchAll(/\d/g)];
  if (digits.length) {
    const m = digits[pick(r, digits.length)];
    return text.slice(0, m.index) + String((Number(m[0]) + 1) % 10) + text.slice(m.index + 1);
  }
  const ja = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
  const end = text.search(ja ? /。/ : /\. /);
  const note = ja ? "（訂正あり）" : " (corrected)";
  return end > 0 ? text.slice(0, end) + note + text.slice(end) : text + note;
}

const INSERTED = {
  ja: "【追記】この記事は公開後に更新され、冒頭にこの段落が加えられた。",
  en: "Update: this article was revised after publication, and this paragraph was added at the top.",
};

/**
 * Scenarios over an article's paragraphs: the new list, and each old paragraph's fate
 * (kept: its new text is the same; edited: its new text; gone: deleted or replaced).
 */
const SCENARIOS = {
  "insert at top": (ps, r, lang) => ({
    after: [INSERTED[lang], ...ps],
    fate: ps.map((t) => ({ kind: "kept", text: t })),
  }),
  "edit one": (ps, r) => {
    const i = pick(r, ps.length);
    const after = ps.map((t, k) => (k === i ? smallEdit(t, r) : t));
    return {
      after,
      fate: ps.map((t, k) => (k === i ? { kind: "edited", text: after[k] } : { kind: "kept", text: t })),
    };
  },
  "delete one": (ps, r) => {
    const i = 1 + pick(r, ps.length - 1);
    return {
      after: ps.filter((_, k) => k !== i),
      fate: ps.map((t, k) => (k === i ? { kind: "gone" } : { kind: "kept", text: t })),
    };
  },
  "insert + edit + delete": (ps, r, lang) => {
    const e = pick(r, ps.length);
    let d = pick(r, ps.length - 1);
    if (d >= e) d++;
    const edited = smallEdit(ps[e], r);
    return {
      after: [INSERTED[lang], ...ps.flatMap((t, k) => (k === d ? [] : [k === e ? edited : t]))],
      fate: ps.map((t, k) =>
        k === d ? { kind: "gone" } : k === e ? { kind: "edited", text: edited } : { kind: "kept", text: t },
      ),
    };
  },
  "move one": (ps, r) => {
    const i = pick(r, ps.length);
    const rest = ps.filter((_, k) => k !== i);
    const j = (i + 1 + pick(r, ps.length - 1)) % ps.length;
    rest.splice(Math.min(j, rest.length), 0, ps[i]);
    return { after: rest, fate: ps.map((t) => ({ kind: "kept", text: t })) };
  },
  "replace one by another article's": (ps, r, lang, other) => {
    const i = pick(r, ps.length);
    return {
      after: ps.map((t, k) => (k === i ? other : t)),
      fate: ps.map((t, k) => (k === i ? { kind: "gone" } : { kind: "kept", text: t })),
    };
  },
};

/** The article file rewritten with `after` as its paragraphs (front matter kept; headings dropped, which changes no paragraph). */
function rewrite(source, after) {
  const fm = /^---\n[^]*?\n---\n/.exec(source)?.[0] ?? "";
  return `${fm}\n${after.join("\n\n")}\n`;
}

// --- part 1 -------------------------------------------------------------------------------
const idRows = [];
for (const [setName, dir] of sets) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
  const articles = files.map((f) => {
    const source = readFileSync(join(dir, f), "utf8");
    const doc = parseDocument(f, Buffer.from(source));
    return {
      file: f,
      docId: doc.meta.docId,
      source,
      paragraphs: doc.passages.map((p) => p.text),
      lang: /\nlang: en\n/.test(source) ? "en" : "ja",
    };
  });
  const orig = join(work, seedOf(setName).toString(16), "orig");
  cpSync(dir, join(orig, "corpus"), { recursive: true, filter: (s) => !/README/i.test(s) });
  const originals = {};
  for (const build of Object.keys(builds)) {
    cli(build, ["ingest", "--corpus", join(orig, "corpus"), "--index", join(orig, `index-${build}`)]);
    originals[build] = join(orig, `index-${build}`);
  }
  for (const [scenario, edit] of Object.entries(SCENARIOS)) {
    const dirOf = join(work, seedOf(setName).toString(16), seedOf(scenario).toString(16));
    const expected = new Map(); // docId → fates
    mkdirSync(dirOf, { recursive: true });
    const sums = Object.fromEntries(
      Object.keys(builds).map((b) => [b, { unchanged: 0, kept: 0, edited: 0, editedKept: 0, ids: 0, wrong: 0 }]),
    );
    for (const build of Object.keys(builds)) {
      const corpus = join(dirOf, build, "corpus");
      const index = join(dirOf, build, "index");
      cpSync(join(orig, "corpus"), corpus, { recursive: true });
      cpSync(originals[build], index, { recursive: true });
      articles.forEach((a, i) => {
        if (a.paragraphs.length < 3) return;
        const r = seededRandom(seedOf(`${setName}/${scenario}/${a.docId}`));
        const other = articles[(i + 1) % articles.length].paragraphs[0];
        const { after, fate } = edit(a.paragraphs, r, a.lang, other);
        const text = rewrite(a.source, after);
        const parsed = parseDocument(a.file, Buffer.from(text)).passages.map((p) => p.text);
        if (JSON.stringify(parsed) !== JSON.stringify(after))
          throw new Error(`${a.file}: the rewritten file does not read back as the edit`);
        writeFileSync(join(corpus, a.file), text);
        expected.set(a.docId, fate);
      });
      const before = new Map(
        readStoredPassages(originals[build], readManifest(originals[build])).map((p) => [p.id, p.text]),
      );
      cli(build, ["ingest", "--corpus", corpus, "--index", index]);
      const now = new Map(readStoredPassages(index, readManifest(index)).map((p) => [p.id, p.text]));
      const s = sums[build];
      for (const [docId, fates] of expected) {
        fates.forEach((f, k) => {
          const id = `${docId}#${k + 1}`;
          if (before.get(id) === undefined) return;
          s.ids++;
          const cites = now.get(id);
          if (f.kind === "kept") {
            s.unchanged++;
            if (cites === f.text) s.kept++;
          } else if (f.kind === "edited") {
            s.edited++;
            if (cites === f.text) s.editedKept++;
          }
          // Wrong text: the id now cites something that is neither this paragraph nor its edited version.
          const own = f.kind === "gone" ? undefined : f.text;
          if (cites !== undefined && cites !== own) s.wrong++;
        });
      }
    }
    const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : "–");
    idRows.push([
      setName,
      scenario,
      String(expected.size),
      `${pct(sums.base.kept, sums.base.unchanged)} → **${pct(sums.this.kept, sums.this.unchanged)}**`,
      `${pct(sums.base.editedKept, sums.base.edited)} → **${pct(sums.this.editedKept, sums.this.edited)}**`,
      `${pct(sums.base.wrong, sums.base.ids)} → **${pct(sums.this.wrong, sums.this.ids)}**`,
    ]);
    console.error(`ids: ${setName} / ${scenario} done`);
  }
}
table(
  "Ids across revisions (base → this build)",
  [
    "set",
    "edit",
    "articles",
    "unchanged paragraphs keeping their id",
    "edited paragraphs keeping their id",
    "old ids citing another paragraph's text",
  ],
  idRows,
);

// --- part 1b: the near-identical threshold, in process ------------------------------------
// How far an edit can go and still keep its id, and how often two different paragraphs of one
// article would pass for one edited (the risk of giving an id to other text).
const { firstRevision, renumber, NEAR_IDENTICAL } = await import(join(root, "dist/corpus/paragraph-ids.js"));
const sameParagraph = (a, b) => renumber(firstRevision([a]), [b], "").edited === 1;
const thresholdRows = [];
for (const [setName, dir] of sets) {
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => parseDocument(f, readFileSync(join(dir, f))).passages.map((p) => p.text));
  let pairs = 0;
  let confused = 0;
  for (const ps of articles)
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        if (ps[i] === ps[j]) continue;
        pairs++;
        if (sameParagraph(ps[i], ps[j])) confused++;
      }
  // A span of k% of a paragraph's characters replaced by as many characters of another paragraph.
  const all = articles.flat();
  const kept = [5, 10, 20, 30].map((k) => {
    let n = 0;
    let matched = 0;
    all.forEach((t, i) => {
      if (t.length < 40) return;
      const r = seededRandom(seedOf(`${setName}/${k}/${i}`));
      const len = Math.max(1, Math.round((t.length * k) / 100));
      const at = pick(r, t.length - len);
      const donor = all[(i + 1 + pick(r, all.length - 1)) % all.length].repeat(4);
      n++;
      if (sameParagraph(t, t.slice(0, at) + donor.slice(0, len) + t.slice(at + len))) matched++;
    });
    return n ? `${((100 * matched) / n).toFixed(1)}%` : "–";
  });
  thresholdRows.push([
    setName,
    String(pairs),
    `${confused} (${((100 * confused) / Math.max(1, pairs)).toFixed(2)}%)`,
    ...kept,
  ]);
}
table(
  `The near-identical threshold (${NEAR_IDENTICAL}; this build only)`,
  [
    "set",
    "pairs of different paragraphs in one article",
    "taken for one edited paragraph",
    "edit of 5% kept",
    "10%",
    "20%",
    "30%",
  ],
  thresholdRows,
);

// --- part 2 -------------------------------------------------------------------------------
const digest = (s) => createHash("sha256").update(s).digest("hex").slice(0, 16);
const sameRows = [];
const qaSets = [
  ["summit-dev", join(root, "corpus"), join(evalDir, "summit-dev.jsonl")],
  ["summit-neartopic-dev", join(root, "corpus"), join(evalDir, "summit-neartopic-dev.jsonl")],
  ["JSQuAD valid", join(evalDir, "jsquad-valid/corpus"), join(evalDir, "jsquad-valid/qa.jsonl")],
].filter(([, corpus, qa]) => existsSync(corpus) && existsSync(qa) && !only);
const built = new Map();
for (const [name, corpus, qa] of qaSets) {
  const out = {};
  for (const build of Object.keys(builds)) {
    const key = `${build}\n${corpus}`;
    if (!built.has(key)) {
      const index = join(work, "qa", build, digest(corpus));
      cli(build, ["ingest", "--corpus", corpus, "--index", index]);
      built.set(key, index);
    }
    out[build] = cli(build, ["search", "--json", "--k", "10", "--index", built.get(key)], questionsOf(qa));
  }
  const lines = out.this.split("\n").filter(Boolean).length;
  sameRows.push([name, String(lines), digest(out.base), digest(out.this), out.base === out.this ? "**yes**" : "NO"]);
}
if (sameRows.length) {
  table(
    "`search --json` before and after (indexes ingested by each build)",
    ["set", "lines", "base sha256", "this sha256", "byte-identical"],
    sameRows,
  );
}
rmSync(work, { recursive: true, force: true });
