/**
 * `summit-bot search --json` with the offline translation planner plugged in, for scoring with
 * ../shared/eval/score.mjs before the CLI wires it in itself. Questions come one per line on
 * stdin; `--plain` runs the engine without translation (the "before" column).
 *
 *   jq -r .question QA.jsonl | npx tsx bench/translate-search.ts --index DIR [--plain] > OUT.jsonl
 *   node ../shared/eval/score.mjs QA.jsonl OUT.jsonl
 */
import { readFileSync } from "node:fs";
import { loadConfig } from "../src/config.js";
import { openEngine } from "../src/engine.js";
import { answerToJsonLine } from "../src/render/json.js";
import { buildVocabulary, loadDictionary } from "../src/translate/index.js";
import { translatingPlanner } from "./translate-planner.js";

const args = process.argv.slice(2);
const at = args.indexOf("--index");
const indexDir = at >= 0 ? args[at + 1] : undefined;
const plain = args.includes("--plain");
const k = Number(args[args.indexOf("--k") + 1]) || 10;
const config = loadConfig();
const base = await openEngine(config, { ...(indexDir ? { indexDir } : {}), skipFreshness: true });
let engine = base;
if (!plain) {
  const dict = loadDictionary(config.dictPath);
  const vocab = buildVocabulary([...base.passages().map((p) => p.text), ...base.documents().flatMap((d) => [d.title, d.sourceTitle ?? ""])]);
  engine = await openEngine(config, { ...(indexDir ? { indexDir } : {}), skipFreshness: true, planner: translatingPlanner(dict, vocab) });
}
const questions = readFileSync(0, "utf8").split("\n").filter((l) => l.trim());
for (const q of questions) process.stdout.write(answerToJsonLine(await engine.ask(q, { k })) + "\n");
await engine.close();
if (engine !== base) await base.close();
