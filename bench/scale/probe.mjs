// One measured process of bench/scale: opens an index the way the bot does (warm) with the build
// found under ROOT (this checkout or the previous release), then times each question once.
//   node bench/scale/probe.mjs ROOT INDEX_DIR QUESTIONS.json   → one JSON line on stdout
// QUESTIONS.json: { "ja": [question, ...], "en": [question, ...] }
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { latencyByLanguage } from "./latency.mjs";

const [root, indexDir, questionsFile] = process.argv.slice(2);
const questions = JSON.parse(readFileSync(questionsFile, "utf8"));
const { loadConfig } = await import(pathToFileURL(join(root, "dist/config.js")).href);
// The engine moved to dist/engine/open.js; the previous release has it at dist/engine.js.
const enginePath = existsSync(join(root, "dist/engine/open.js")) ? "dist/engine/open.js" : "dist/engine.js";
const { openEngine } = await import(pathToFileURL(join(root, enginePath)).href);

const mb = (bytes) => bytes / (1024 * 1024);
const t0 = performance.now();
const engine = await openEngine(loadConfig(), { indexDir, warm: true });
const openSeconds = (performance.now() - t0) / 1000;
const rssAfterOpenMB = mb(process.memoryUsage().rss);

const latency = await latencyByLanguage(questions, (q) => engine.ask(q, { k: 10 }));
await engine.close();
process.stdout.write(JSON.stringify({ openSeconds, rssAfterOpenMB, rssAfterQueriesMB: mb(process.memoryUsage().rss), latency }) + "\n");
