/**
 * Sources from the web (#21), two measurements:
 *
 * 1. Extraction quality per fixture page, for every set under test/fixtures/web/ (dev: the
 *    pages the extractor was developed on; heldout: written afterwards, since studied; heldout2
 *    and later: written blind, measured once): paragraph precision (extracted
 *    paragraphs that are body paragraphs, exactly) and recall (body paragraphs extracted), from
 *    test/helpers/extraction-quality.ts. Pages are served by the fixture site on 127.0.0.1 and go
 *    through the real fetcher, as `add` reads them.
 * 2. `add` → first answer: wall time of `summit-bot add URL` (fetch, extract, write, rebuild the
 *    index) and then of `summit-bot ask` answering from the new article, each a fresh process as
 *    a user runs them, over the test fixture corpus with the hash embedder (median of --runs).
 *
 *   npm run build && npx tsx bench/sources.ts [--runs 5]
 *
 * Prints tables; never fails on time.
 */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Fetcher } from "../src/sources/fetcher.js";
import { readSource } from "../src/sources/read-source.js";
import { fixtureSets, startFixtureSite, FIXTURE_FETCH_SETTINGS, WEB_FIXTURES } from "../test/fixtures/web/server.js";
import { expectedParagraphs, quality } from "../test/helpers/extraction-quality.js";
import { table } from "./table.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Math.max(1, Number(values.runs));
const root = resolve(import.meta.dirname, "..");
const cli = join(root, "bin/summit-bot.js");
const fetchSettings = FIXTURE_FETCH_SETTINGS;

async function extractionTable(set: string) {
  const site = await startFixtureSite(set);
  const fetcher = new Fetcher(fetchSettings);
  const rows: (string | number)[][] = [];
  let [p, r, n] = [0, 0, 0];
  try {
    for (const file of readdirSync(join(WEB_FIXTURES, set, "expected")).sort()) {
      const name = file.replace(/\.txt$/, "");
      const url = readdirSync(join(WEB_FIXTURES, set, "pages")).includes(`${name}.pdf.json`)
        ? `${site.base}/docs/${name}.pdf`
        : `${site.base}/pages/${name}.html`;
      const expected = expectedParagraphs(join(WEB_FIXTURES, set, "expected", file));
      try {
        const { article } = await readSource(url, fetcher, fetchSettings.maxBytes);
        const q = quality(article, expected);
        rows.push([
          name,
          q.expected,
          q.extracted,
          q.precision,
          q.recall,
          [
            ...q.extra.map((e) => `extra: ${e.slice(0, 40)}…`),
            ...q.missing.map((m) => `missing: ${m.slice(0, 40)}…`),
          ].join("; ") || "—",
        ]);
        p += q.precision;
        r += q.recall;
      } catch (err) {
        rows.push([name, expected.length, 0, 0, 0, `failed: ${(err as Error).message.slice(0, 80)}`]);
      }
      n++;
    }
  } finally {
    await site.close();
  }
  rows.push(["**mean**", "", "", p / n, r / n, ""]);
  table(
    `Extraction quality, ${set} pages (target: precision and recall ≥ 0.95)`,
    ["page", "body paragraphs", "extracted", "precision", "recall", "differences"],
    rows,
  );
}

const run = promisify(execFile);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function addToAnswer(hostIntervalMs: string) {
  const site = await startFixtureSite("dev");
  const env = {
    ...process.env,
    SUMMIT_EMBEDDER: "hash",
    SUMMIT_FETCH_ALLOW_PRIVATE: "true",
    SUMMIT_FETCH_HOST_INTERVAL_MS: hostIntervalMs,
    NO_COLOR: "1",
  };
  const question = "鉄道貨物の通関の単一窓口で、国境での待ち時間を何時間以内に短縮することを目指していますか？";
  const adds: number[] = [];
  const asks: number[] = [];
  let answered = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const work = mkdtempSync(join(tmpdir(), "summit-bench-sources-"));
      try {
        const corpus = join(work, "corpus");
        const index = join(work, "index");
        cpSync(join(root, "test/fixtures/engine-corpus"), corpus, { recursive: true });
        execFileSync(process.execPath, [cli, "ingest", "--corpus", corpus, "--index", index], { env, stdio: "ignore" });
        let t = performance.now();
        // Asynchronously: the fixture site answers from this process's event loop.
        await run(
          process.execPath,
          [cli, "add", `${site.base}/pages/ja-news.html`, "--corpus", corpus, "--index", index],
          { env },
        );
        adds.push(performance.now() - t);
        t = performance.now();
        const out = execFileSync(process.execPath, [cli, "ask", "--index", index, question], { env, encoding: "utf8" });
        asks.push(performance.now() - t);
        if (out.includes("silkroad-tsushin-rail-customs#") && out.includes("12時間以内")) answered++;
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  } finally {
    await site.close();
  }
  const [a, q] = [median(adds), median(asks)];
  table(
    `\`add\` → first answer (fixture corpus + 1 page, hash embedder, SUMMIT_FETCH_HOST_INTERVAL_MS=${hostIntervalMs}, median of ${runs} runs)`,
    ["step", "median ms", "min ms", "max ms"],
    [
      ["`summit-bot add URL` (fetch, extract, write, rebuild index)", a, Math.min(...adds), Math.max(...adds)],
      ["`summit-bot ask` (from the new article)", q, Math.min(...asks), Math.max(...asks)],
      ["**add → answer**", a + q, "", ""],
    ],
  );
  console.log(`\nanswered from the new article: ${answered}/${runs}`);
}

for (const set of fixtureSets()) await extractionTable(set);
// The default pacing (1000 ms) also spaces robots.txt and the page; 0 shows the rest of the cost.
await addToAnswer("1000");
await addToAnswer("0");
