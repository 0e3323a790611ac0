// One measured process of bench/scale: opens an index the way the bot does with the build found
// under ROOT (this checkout or the previous release), then times each question once.
//   node bench/scale/probe.mjs ROOT INDEX_DIR QUESTIONS.json   → one JSON line on stdout
// QUESTIONS.json: { "ja": [question, ...], "en": [question, ...] }
// "The way the bot does": `openServingEngine` (warm-up, the engine in worker threads as
// SUMMIT_ENGINE_WORKERS says; RSS then counts the threads and the passages sent to the bot's
// thread) where the build has it, else `openEngine` with warm-up (the release's bot).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { latencyByLanguage } from "./latency.mjs";

const [root, indexDir, questionsFile] = process.argv.slice(2);
const questions = JSON.parse(readFileSync(questionsFile, "utf8"));
const load = (file) => import(pathToFileURL(join(root, "dist", file)).href);
process.env.SUMMIT_INDEX_DIR = indexDir;
const { loadConfig } = await load("config.js");
const serving = existsSync(join(root, "dist/engine/serve.js"));
// The previous release has no serving engine; its engine is at dist/engine.js.
const open = serving ? (await load("engine/serve.js")).openServingEngine : (await load("engine.js")).openEngine;

const mb = (bytes) => bytes / (1024 * 1024);
const t0 = performance.now();
const engine = await (serving ? open(loadConfig()) : open(loadConfig(), { indexDir, warm: true }));
const openSeconds = (performance.now() - t0) / 1000;
const rssAfterOpenMB = mb(process.memoryUsage().rss);

const latency = await latencyByLanguage(questions, (q) => engine.ask(q, { k: 10 }));
const rssAfterQueriesMB = mb(process.memoryUsage().rss);
// The first "Find sources" after start-up (the quote checker indexes the paragraphs on first use),
// then a second one; the quotation is 40 characters of a paragraph.
let quoteCheck;
// Builds before the one entrance (engine/entrance.ts) had checkQuotes and passages() on the engine; now it is findSources.
const findSources = engine.findSources
  ? {
      passages: () => engine.suggestPassages("", engine.size().paragraphs),
      check: (message) => engine.findSources({ message, claim: message }),
    }
  : engine.checkQuotes
    ? { passages: () => engine.passages(), check: (message) => engine.checkQuotes(message) }
    : undefined;
if (findSources) {
  const passages = findSources.passages();
  const quoteOf = (i) => `「${passages[Math.floor(i * passages.length)]?.text.slice(0, 40) ?? "首脳会議が開かれた"}」`;
  const timeOne = async (message) => {
    const t = performance.now();
    await findSources.check(message);
    return performance.now() - t;
  };
  quoteCheck = {
    firstMs: await timeOne(quoteOf(0.5)),
    nextMs: await timeOne(quoteOf(0.25)),
    rssAfterMB: mb(process.memoryUsage().rss),
  };
}
await engine.close();
process.stdout.write(
  JSON.stringify({
    openSeconds,
    rssAfterOpenMB,
    rssAfterQueriesMB,
    latency,
    serving,
    ...(quoteCheck ? { quoteCheck } : {}),
  }) + "\n",
);
