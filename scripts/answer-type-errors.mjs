#!/usr/bin/env node
// How well the answer-type analysis reads JSQuAD valid (issue #22, third session). For each of the
// 4,442 questions, asked through the engine as the bot asks them (k 10): the type the question
// analysis gives it (search/answer/question-analysis.ts: number, date, person, place, reason,
// statement, other), and for the typed ones (number, date, statement: the types with a sentence-side
// test, prepare-question.ts) whether the gold paragraph is recognised as holding an answer of that
// type — anywhere in the paragraph (the detector alone) and as the judge decides it (`typed`: near
// the focus, not one of the question's own words). JSQuAD's data here holds the gold paragraph,
// not the answer span, so a miss is either side's fault: the question misread (何人兄弟 read as a
// count) or the answer not recognised (三人 in kanji, an era name); the table lists the questions'
// wh-words by how often their gold paragraph fails, so that each class can be looked at.
//
//   node scripts/answer-type-errors.mjs [--index DIR] [--examples N] [--json FILE]
//   (needs ../shared/eval, or SHARED_DIR; run `npm run build` first; without --index the JSQuAD
//   corpus is ingested into a temporary folder)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { table } from "../bench/table.mjs";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values } = parseArgs({
  options: {
    index: { type: "string" },
    examples: { type: "string", default: "0" },
    json: { type: "string" },
  },
});
const evalDir = join(resolve(here, process.env.SHARED_DIR ?? "../shared"), "eval");
if (!existsSync(join(evalDir, "jsquad-valid")))
  throw new Error(`expected the shared eval sets in ${evalDir} (set SHARED_DIR), found none`);
const lines = (path) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** Paragraph n of a corpus file: the n-th blank-line-separated block after the front matter (eval/README.md). */
function paragraphs(dir) {
  const out = new Map();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    const body = readFileSync(join(dir, f), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    body
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter(Boolean)
      .forEach((b, n) => out.set(`${f.replace(/\.md$/, "")}#${n + 1}`, b));
  }
  return out;
}

const { loadConfig } = await import(join(here, "dist/config.js"));
const { openEngine } = await import(join(here, "dist/engine/open.js"));
const { DEFAULT_ANSWER_TUNING } = await import(join(here, "dist/search/answer/judge.js"));
const { matchForm } = await import(join(here, "dist/text/match-form.js"));
const corpus = join(evalDir, "jsquad-valid/corpus");
const work = values.index ? undefined : mkdtempSync(join(tmpdir(), "summit-types-"));
const index = values.index ?? join(work, "jv");
if (!values.index)
  execFileSync(process.execPath, [join(here, "bin/summit-bot.js"), "ingest", "--corpus", corpus, "--index", index], {
    cwd: here,
    stdio: "ignore",
  });
const gold = paragraphs(corpus);
let seen = { quotes: [], prepared: undefined };
const observe = (_q, quotes, prepared) => (seen = { quotes, prepared });
const engine = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: index }), {
  indexDir: index,
  skipFreshness: true,
  tuning: { answer: { ...DEFAULT_ANSWER_TUNING, observe } },
});

/** The question's wh-word with what follows it in its word (何人, 何年, いつ, どこ): the class a miss belongs to. */
const whOf = (q) =>
  /何[\p{Script=Han}\p{Script=Katakana}ヶヵ]{0,3}|いつ|どこ|だれ|誰|どのくらい|どれくらい|いくら|いくつ|どんな|どの|なぜ|どうして/u.exec(
    q.normalize("NFKC"),
  )?.[0] ?? "(none)";

const rows = [];
for (const q of lines(join(evalDir, "jsquad-valid/qa.jsonl"))) {
  seen = { quotes: [], prepared: undefined };
  await engine.ask(q.question, { k: 10 });
  const prep = seen.prepared;
  if (!prep) continue; // refused before judging
  const a = prep.analysis;
  const text = gold.get(q.gold_ids[0]) ?? "";
  const test = prep.typeTest;
  // The detector alone: the paragraph (match form, the question's own words blanked) holds an answer of the type.
  let body = matchForm(text).toLowerCase();
  for (const f of prep.own) if (body.includes(f)) body = body.split(f).join(" ");
  const goldQuote = seen.quotes.find((x) => q.gold_ids.includes(x.id));
  rows.push({
    id: q.id,
    question: q.question,
    type: a.answerType,
    sure: a.typeSure === true,
    counter: a.counter,
    wh: whOf(q.question),
    detected: test ? test.test(body) : undefined,
    // features[2] is the judge's `typed` (answer-features.ts FEATURES).
    typed: goldQuote ? goldQuote.features[2] === 1 : undefined,
  });
}
await engine.close();
if (work) rmSync(work, { recursive: true, force: true });
if (values.json) writeFileSync(values.json, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");

const share = (a, b) => (b ? Number((a / b).toFixed(4)) : "");
const byType = new Map();
for (const r of rows) {
  const k = `${r.type}${r.sure ? " (sure)" : ""}`;
  const t = byType.get(k) ?? { n: 0, tested: 0, notDetected: 0, judged: 0, untyped: 0 };
  t.n++;
  if (r.detected !== undefined) (t.tested++, r.detected || t.notDetected++);
  if (r.typed !== undefined) (t.judged++, r.typed || t.untyped++);
  byType.set(k, t);
}
table(
  `JSQuAD valid: the question analysis's answer type, and the gold paragraph's answer of that type (${rows.length} questions judged)`,
  [
    "type",
    "questions",
    "with a type test",
    "gold paragraph: no answer of the type detected",
    "gold judged",
    "gold judged not typed",
  ],
  [...byType].map(([k, t]) => [
    k,
    t.n,
    t.tested,
    `${t.notDetected} (${share(t.notDetected, t.tested)})`,
    t.judged,
    `${t.untyped} (${share(t.untyped, t.judged)})`,
  ]),
);
const byWh = new Map();
for (const r of rows.filter((r) => r.typed === false || r.detected === false)) {
  const k = `${r.type} ← ${r.wh}`;
  byWh.set(k, [...(byWh.get(k) ?? []), r]);
}
const n = Number(values.examples);
table(
  "Typed questions whose gold paragraph fails the type, by wh-word (the classes to look at)",
  ["type ← wh-word", "questions", "not detected anywhere", ...(n ? ["examples"] : [])],
  [...byWh]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, 40)
    .map(([k, rs]) => [
      k,
      rs.length,
      rs.filter((r) => r.detected === false).length,
      ...(n
        ? [
            rs
              .slice(0, n)
              .map((r) => r.question)
              .join(" / "),
          ]
        : []),
    ]),
);
