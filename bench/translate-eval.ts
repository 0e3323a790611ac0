/**
 * Retrieval quality of English questions through the offline dictionary translation (the
 * engine's own cross-lingual planner), next to the same engine with SUMMIT_TRANSLATE off (and,
 * where a question file carries `ja_question`, the same question asked in Japanese), and with
 * the answerable gate off (ranking alone). Off-topic questions (`answerable: false`) count
 * refusals. Also times dictionary load, vocabulary build and expansion.
 *
 *   npx summit-bot ingest --corpus corpus --index /tmp/sx
 *   npx tsx bench/translate-eval.ts --index /tmp/sx bench/data/en-summit.jsonl bench/data/en-offtopic.jsonl [--verbose]
 *
 * Question files are JSON lines with `question` and either `gold_text` (a correct passage
 * contains one of the strings) or `gold_ids` (`doc#n`); lines without either are skipped.
 */
import { readFileSync } from "node:fs";
import { loadConfig } from "../src/config.js";
import { openEngine } from "../src/engine/open.js";
import type { Answer } from "../src/search/types.js";
import { buildVocabulary } from "../src/index/vocabulary.js";
import { expandQuery } from "../src/translate/expand.js";
import { loadDictionary } from "../src/translate/dictionary.js";
import { isMostlyEnglish } from "../src/text/lang.js";

interface Question {
  id?: string;
  question: string;
  ja_question?: string;
  gold_text?: string[];
  gold_ids?: string[];
  answerable?: boolean;
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes("--verbose");
const indexDir = flag("--index");
const files = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && ["--index", "--dict"].includes(args[i - 1]!)));
if (!indexDir || files.length === 0) {
  console.error("usage: tsx bench/translate-eval.ts --index DIR [--dict FILE] [--verbose] QUESTIONS.jsonl ...");
  process.exit(2);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

const config = loadConfig();
let t0 = performance.now();
const dict = loadDictionary(flag("--dict") ?? config.dictPath);
const loadMs = performance.now() - t0;

const plain = await openEngine({ ...config, translate: false }, { indexDir, skipFreshness: true });
const passages = plain.suggestPassages("", Infinity);
const texts = [...passages.map((p) => p.text), ...plain.documents().flatMap((d) => [d.title, d.sourceTitle ?? ""])];
t0 = performance.now();
const vocab = buildVocabulary(texts);
const vocabMs = performance.now() - t0;
const translated = await openEngine(
  { ...config, translate: true, dictPath: flag("--dict") ?? config.dictPath },
  { indexDir, skipFreshness: true },
);
// Ranking alone, without the answerable gate: how much of a miss is translation, how much gating.
const ungated = await openEngine(
  { ...config, translate: true, dictPath: flag("--dict") ?? config.dictPath },
  { indexDir, skipFreshness: true, tuning: { answerableCoverage: 0 } },
);

function rank(answer: Answer, q: Question): number {
  const i = answer.results.findIndex((r) =>
    q.gold_ids
      ? q.gold_ids.includes(r.id)
      : (q.gold_text ?? []).some((g) => r.text.normalize("NFKC").includes(g.normalize("NFKC"))),
  );
  return i < 0 ? Infinity : i + 1;
}

interface Score {
  n: number;
  r1: number;
  r3: number;
  mrr: number;
  refused: number;
}
const blank = (): Score => ({ n: 0, r1: 0, r3: 0, mrr: 0, refused: 0 });

const add = (s: Score, r: number, answerable: boolean): void => {
  s.n++;
  if (!answerable) s.refused++;
  const hit = answerable ? r : Infinity;
  if (hit <= 1) s.r1++;
  if (hit <= 3) s.r3++;
  if (hit <= 10) s.mrr += 1 / hit;
};
const fmt = (s: Score): string =>
  `n=${s.n} R@1 ${(s.r1 / s.n).toFixed(3)} R@3 ${(s.r3 / s.n).toFixed(3)} MRR@10 ${(s.mrr / s.n).toFixed(3)} refused ${s.refused}`;

const expandTimes: number[] = [];
// Per question, the fastest of several runs: the CPU cost without GC pauses or a busy machine.
const expandMins: number[] = [];
const askTimes: number[] = [];
for (const file of files) {
  const qs = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Question)
    .filter((q) => (q.gold_ids || q.gold_text || q.answerable === false) && isMostlyEnglish(q.question));
  const before = blank();
  const after = blank();
  const japanese = blank();
  const open = blank();
  const offTopic = qs.filter((q) => q.answerable === false);
  if (offTopic.length) {
    let refusedBefore = 0;
    let refusedAfter = 0;
    for (const q of offTopic) {
      if (!(await plain.ask(q.question, { k: 10 })).answerable) refusedBefore++;
      const a = await translated.ask(q.question, { k: 10 });
      if (!a.answerable) refusedAfter++;
      else if (verbose)
        console.log(
          `ANSWERED off-topic ${q.id ?? ""} evidence=${a.evidence ?? ""} :: ${q.question} → ${a.results[0]?.id ?? ""}`,
        );
    }
    console.log(
      `\n${file}\n  off-topic refused: ${refusedBefore}/${offTopic.length} without translation, ${refusedAfter}/${offTopic.length} with it`,
    );
  }
  for (const q of qs.filter((x) => x.answerable !== false)) {
    const a0 = await plain.ask(q.question, { k: 10 });
    const a1 = await translated.ask(q.question, { k: 10 });
    add(before, rank(a0, q), a0.answerable);
    const r = rank(a1, q);
    add(after, r, a1.answerable);
    const a2 = await ungated.ask(q.question, { k: 10 });
    const r2 = rank(a2, q);
    add(open, r2, true);
    if (q.ja_question) {
      const aj = await plain.ask(q.ja_question, { k: 10 });
      add(japanese, rank(aj, q), aj.answerable);
    }
    if (verbose && (r > 3 || !a1.answerable)) {
      const e = expandQuery(q.question, dict, vocab);
      console.log(
        `MISS ${q.id ?? ""} rank=${r} ungated=${r2} answerable=${a1.answerable} evidence=${a2.evidence ?? ""} :: ${q.question}`,
      );
      console.log(
        `   terms: ${e.terms.map((t) => `${t.en}→${t.ja}(${t.weight})`).join(" ")}  unknown: ${e.unknown.join(",")}`,
      );
      console.log(
        `   gold: ${(q.gold_ids ?? q.gold_text ?? []).join(" ")}  top: ${a1.results
          .slice(0, 3)
          .map((x) => x.id)
          .join(" ")}`,
      );
    }
  }
  // Whole English questions through the engine (expansion + keyword + vector + evidence), warm.
  for (const q of qs) await translated.ask(q.question, { k: 10 });
  for (const q of qs) {
    const t = performance.now();
    await translated.ask(q.question, { k: 10 });
    askTimes.push(performance.now() - t);
  }
  const best = qs.map(() => Infinity);
  for (let round = 0; round < 6; round++) {
    for (const [i, q] of qs.entries()) {
      const t = performance.now();
      expandQuery(q.question, dict, vocab);
      const ms = performance.now() - t;
      if (round >= 2) expandTimes.push(ms);
      best[i] = Math.min(best[i]!, ms);
    }
  }
  expandMins.push(...best);
  if (!before.n) continue;
  console.log(`\n${file}`);
  console.log(`  English, no translation : ${fmt(before)}`);
  console.log(`  English, translated     : ${fmt(after)}`);
  console.log(`    … ranking only, no gate: ${fmt(open)}`);
  if (japanese.n) console.log(`  same questions, Japanese: ${fmt(japanese)}`);
}
console.log(
  `\ndictionary load ${loadMs.toFixed(1)} ms; vocabulary of ${texts.length} texts ${vocabMs.toFixed(1)} ms; ` +
    `expansion warm p50 ${percentile(expandTimes, 50).toFixed(2)} ms, p95 ${percentile(expandTimes, 95).toFixed(2)} ms, max ${percentile(expandTimes, 100).toFixed(2)} ms ` +
    `(best of 6 per question: p95 ${percentile(expandMins, 95).toFixed(2)} ms); ` +
    `whole English query warm p50 ${percentile(askTimes, 50).toFixed(2)} ms, p95 ${percentile(askTimes, 95).toFixed(2)} ms`,
);
await plain.close();
await translated.close();
await ungated.close();
