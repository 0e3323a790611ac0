// The cost of a follow-up question as its conversation grows: `engine.ask(followUp, { history })`
// with 0, 1, 10 and 50 earlier questions, in process (the engine opened warm, as the bot opens
// it), Japanese and English, for several builds side by side. Rounds alternate the builds (the
// first one rotates) so machine load falls on all of them alike. Each round asks every case
// once; the earlier questions were asked before the first round, as they are in a conversation.
//
//   node bench/followup-cost.mjs [--rounds 30] [--turns 0,1,10,50] [--index DIR] [ROOT…]
//   (default roots: this checkout; run `npm run build` in each root first)
//
// Prints the median and p95 per build, language and history length (ms), and checks that the
// builds answer alike when the history is within the engine's cap (four turns): it compares every
// answer to follow-ups over the first questions of the conversation pool. Never fails on time.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: "string", default: "30" },
    turns: { type: "string", default: "0,1,10,50" },
    index: { type: "string", default: join(here, "embeddings") },
  },
});
const rounds = Number(values.rounds);
const turnCounts = values.turns.split(",").map(Number);
const indexDir = resolve(values.index);
const roots = (positionals.length ? positionals : [here]).map((r) => resolve(r));
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds: expected a whole number ≥ 1, received ${rounds}`);
if (turnCounts.some((n) => !Number.isInteger(n) || n < 0))
  throw new Error(`--turns: expected whole numbers ≥ 0, received ${turnCounts.join(",")}`);

const questionsOf = (file, lang) =>
  readFileSync(join(here, file), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((q) => !lang || q.lang === lang)
    .map((q) => q.question);
// Earlier questions: English from the repo's question sets (bench/data, which hold no Japanese
// summit questions), Japanese written out here: questions a reader of the articles might ask.
const JA_TURNS = [
  "第1回首脳会議はどこで開幕した？",
  "中国は中央アジアにいくら融資すると表明した？",
  "永久善隣友好協力条約とは何か",
  "次回の首脳会議はいつどこで開かれる？",
  "中国と中央アジアの貿易額は？",
  "天然ガスパイプラインのD線について教えて",
  "西安で植えたザクロの木は何を象徴していますか？",
  "今後2年間で何人分の研修機会が提供されますか？",
  "トカエフ大統領は何と述べたか",
  "習近平国家主席は関税について何と言った？",
];
const pools = {
  ja: JA_TURNS,
  en: [...questionsOf("bench/data/en-summit.jsonl"), ...questionsOf("bench/data/en-offtopic.jsonl")],
};
const FOLLOW_UP = { ja: "それはいつですか？", en: "When was that?" };
// Oldest first, ending with the pool's first questions: every history ends in the same turns (the
// last is pool[0]), so the lengths differ only in how far back the conversation goes.
const historyOf = (lang, n) => Array.from({ length: n }, (_, i) => pools[lang][(n - 1 - i) % pools[lang].length]);

const builds = [];
for (const root of roots) {
  const { loadConfig } = await import(join(root, "dist/config.js"));
  const { openEngine } = await import(join(root, "dist/engine/open.js"));
  const engine = await openEngine(loadConfig({ SUMMIT_INDEX_DIR: indexDir }), {
    indexDir,
    warm: true,
    skipFreshness: true,
  });
  builds.push({ root, engine, times: new Map() });
}

// The conversation so far: every earlier question asked once, as the bot would have.
for (const { engine } of builds)
  for (const lang of ["ja", "en"])
    for (const q of historyOf(lang, Math.max(...turnCounts))) await engine.ask(q, { k: 12 });

// Alike within the cap: follow-ups over the first one to four questions of each pool.
let same = 0;
let compared = 0;
for (const lang of ["ja", "en"]) {
  for (let n = 1; n <= 4; n++) {
    for (let start = 0; start + n <= pools[lang].length; start++) {
      const history = pools[lang].slice(start, start + n);
      const answers = [];
      for (const { engine } of builds)
        answers.push(JSON.stringify(await engine.ask(FOLLOW_UP[lang], { k: 12, history })));
      compared++;
      if (answers.every((a) => a === answers[0])) same++;
    }
  }
}

for (let round = 0; round < rounds; round++) {
  const order = builds.map((_, i) => builds[(i + round) % builds.length]);
  for (const b of order) {
    for (const lang of ["ja", "en"]) {
      for (const n of turnCounts) {
        const history = historyOf(lang, n);
        const t0 = process.hrtime.bigint();
        await b.engine.ask(FOLLOW_UP[lang], { k: 12, ...(n > 0 ? { history } : {}) });
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const key = `${lang} ${n}`;
        if (!b.times.has(key)) b.times.set(key, []);
        b.times.get(key).push(ms);
      }
    }
  }
}

// The project's percentile (nearest rank), as `eval` reports it.
const { percentile: pct } = await import(join(here, "dist/eval/score.js"));
console.log(`follow-up cost, in process, ${rounds} rounds, k 12, index ${indexDir}`);
console.log(`| build | lang | earlier turns | median ms | p95 ms |`);
console.log(`|---|---|---|---|---|`);
for (const lang of ["ja", "en"]) {
  for (const n of turnCounts) {
    for (const b of builds) {
      const t = [...b.times.get(`${lang} ${n}`)].sort((x, y) => x - y);
      console.log(`| ${b.root} | ${lang} | ${n} | ${pct(t, 50).toFixed(2)} | ${pct(t, 95).toFixed(2)} |`);
    }
  }
}
if (builds.length > 1) console.log(`answers alike with 1–4 earlier turns: ${same} of ${compared} follow-ups`);
for (const { engine } of builds) await engine.close();
