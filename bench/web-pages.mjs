#!/usr/bin/env node
// bench/web-pages: what an article page of the archive site (`summit-bot serve`) weighs and how
// soon its first byte arrives, at 1k and 100k paragraphs (bench/scale's synthetic archive), the
// two servers running side by side and asked in alternation, so the ratio 100k/1k is fair.
// Also the article index (the first of its pages). Prints a table; never fails on time.
//
//   node bench/web-pages.mjs [--sizes 1k,100k] [--pages 200] [--rounds 3] [--cache DIR]
//
// --sizes   archive sizes (paragraphs) to serve (default 1k,100k)
// --pages   article pages asked per size and round, spread evenly over the archive (default 200)
// --rounds  rounds over the same pages (default 3); each figure is over every request of every round
// --cache   where the generated corpora and their indexes are kept (default $TMPDIR/summit-scale-<uid>, as bench/scale)
//
// Needs a build (npm run build) and /work/shared's JSQuAD corpus (SHARED_DIR) to generate the archive.
// Requests go to 127.0.0.1 only, one at a time.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { request } from "node:http";
import { tmpdir, userInfo } from "node:os";
import { join, resolve } from "node:path";
import { percentile } from "../dist/eval/score.js";
import { generateCorpus, parseSize } from "./scale/generate.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const sizes = flag("sizes", "1k,100k")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const pagesPerSize = Number(flag("pages", "200"));
const rounds = Number(flag("rounds", "3"));
const cacheDir = resolve(flag("cache", join(tmpdir(), `summit-scale-${userInfo().uid}`)));
const shared = resolve(root, process.env.SHARED_DIR ?? "../shared");
const jsquad = join(shared, "eval/jsquad-valid/corpus");
if (!existsSync(jsquad)) {
  console.error(`bench/web-pages: expected JSQuAD valid at ${jsquad}; set SHARED_DIR`);
  process.exit(2);
}
if (!existsSync(join(root, "dist/web/server.js"))) {
  console.error("bench/web-pages: expected a build in dist/ — run npm run build");
  process.exit(2);
}

/** The archive of `size` paragraphs and its index, generated and built once, then kept in the cache. */
function archive(size) {
  const n = parseSize(size);
  const corpusDir = join(cacheDir, `corpus-${n}`);
  generateCorpus(jsquad, corpusDir, n);
  const indexDir = join(cacheDir, `web-index-${n}`);
  if (!existsSync(join(indexDir, "manifest.json"))) {
    console.error(`[web-pages] ${size}: ingest…`);
    const r = spawnSync(
      process.execPath,
      [join(root, "bin/summit-bot.js"), "ingest", "--corpus", corpusDir, "--index", indexDir],
      { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, SUMMIT_EMBEDDER: "hash" } },
    );
    if (r.status !== 0) throw new Error(`ingest of ${size} failed (${r.status})`);
  }
  const docIds = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.slice(0, -3))
    .sort();
  return { size, n, corpusDir, indexDir, docIds };
}

/** `summit-bot serve` on a free port of 127.0.0.1, as a user starts it; resolves with its URL. */
function serve(a) {
  const child = spawn(
    process.execPath,
    [join(root, "bin/summit-bot.js"), "serve", "--index", a.indexDir, "--port", "0", "--host", "127.0.0.1"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      // One client asks for every page: lift the per-client page limit (600 a minute) for the run.
      env: { ...process.env, SUMMIT_EMBEDDER: "hash", SUMMIT_CORPUS_DIR: a.corpusDir, WEB_PAGES_PER_MINUTE: "1000000" },
    },
  );
  return new Promise((resolveUrl, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = / at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolveUrl({ url: m[1], child });
    });
    child.once("exit", (code) => reject(new Error(`serve ${a.size} exited (${code}) before listening`)));
  });
}

/** One GET: time to the response's first byte (headers), total time, body bytes. */
function fetchTimed(url) {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    let ttfb = 0;
    const req = request(url, (res) => {
      ttfb = Number(process.hrtime.bigint() - t0) / 1e6;
      let bytes = 0;
      res.on("data", (c) => (bytes += c.length));
      res.on("end", () =>
        done({ status: res.statusCode, ttfb, total: Number(process.hrtime.bigint() - t0) / 1e6, bytes }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

const median = (xs) => percentile(xs, 50);
const p95 = (xs) => percentile(xs, 95);

const archives = sizes.map(archive);
const servers = [];
try {
  for (const a of archives) servers.push({ a, ...(await serve(a)) });
  const samples = new Map(servers.map((s) => [s.a.size, { article: [], index: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < pagesPerSize; i++) {
      // The sizes take turns request by request, in the other order every other round.
      for (const s of r % 2 ? [...servers].reverse() : servers) {
        const ids = s.a.docIds;
        const docId = ids[Math.floor(((i + 0.5) * ids.length) / pagesPerSize)];
        const got = await fetchTimed(`${s.url}/doc/${encodeURIComponent(docId)}`);
        if (got.status !== 200) throw new Error(`${s.a.size}: /doc/${docId} answered ${got.status}`);
        samples.get(s.a.size).article.push(got);
        if (i % 20 === 0) samples.get(s.a.size).index.push(await fetchTimed(`${s.url}/`));
      }
    }
  }
  const rows = archives.map((a) => {
    const { article, index } = samples.get(a.size);
    return {
      size: a.size,
      paragraphs: a.n,
      articles: a.docIds.length,
      pageKB: median(article.map((x) => x.bytes)) / 1024,
      pageKBmax: Math.max(...article.map((x) => x.bytes)) / 1024,
      ttfb: median(article.map((x) => x.ttfb)),
      ttfb95: p95(article.map((x) => x.ttfb)),
      indexKB: median(index.map((x) => x.bytes)) / 1024,
      indexTtfb: median(index.map((x) => x.ttfb)),
      requests: article.length,
    };
  });
  console.log(
    `bench/web-pages: ${pagesPerSize} article pages × ${rounds} rounds per size, sizes alternating request by request (127.0.0.1, one at a time)\n`,
  );
  console.log(
    "| archive | articles | article page (median / max) | TTFB median | TTFB p95 | index page | index TTFB |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${r.articles} | ${r.pageKB.toFixed(1)} KB / ${r.pageKBmax.toFixed(1)} KB | ${r.ttfb.toFixed(2)} ms | ${r.ttfb95.toFixed(2)} ms | ${r.indexKB.toFixed(1)} KB | ${r.indexTtfb.toFixed(2)} ms |`,
    );
  }
  if (rows.length > 1) {
    const [small, large] = [rows[0], rows.at(-1)];
    console.log(
      `\n${large.size} / ${small.size}: article TTFB median ×${(large.ttfb / small.ttfb).toFixed(2)}, p95 ×${(large.ttfb95 / small.ttfb95).toFixed(2)}; page bytes ×${(large.pageKB / small.pageKB).toFixed(2)}`,
    );
  }
} finally {
  for (const s of servers) s.child.kill("SIGTERM");
}
