// `summit-bot ask "<question>"` from process start to the printed answer, for several builds
// side by side: each run is a fresh `node bin/summit-bot.js ask …` process; the builds take turns
// (the first one rotates every round) so machine load falls on all of them alike.
//
//   node bench/ask-startup.mjs [--runs 9] [--question "…"]… [ROOT…]
//   (default roots: this checkout, /work/before, /work/release; the default embedder)
//
// Prints, per build and question, the median and p90 of the time until the last byte of the
// answer reached stdout, and of the time until the process exited. Each build answers from its
// own index (ROOT/embeddings); when that one does not open (stale, older format), the build's
// own `ingest` writes a fresh one into a temporary folder first. Measures; never fails on time.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const runs = Number(flag("--runs") ?? 9);
const questions = [];
for (let q = flag("--question"); q !== undefined; q = flag("--question")) questions.push(q);
if (questions.length === 0) questions.push("首脳会談では何が話し合われましたか", "What did Tokayev say about trade?");
const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const roots = (args.length ? args : [here, "/work/before", "/work/release"])
  .map((r) => resolve(r))
  .filter((r) => {
    const ok = existsSync(join(r, "bin/summit-bot.js")) && existsSync(join(r, "dist/cli/main.js"));
    if (!ok) console.error(`ask-startup: skipping ${r} (no built bin/summit-bot.js; run npm run build there)`);
    return ok;
  });
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number ≥ 1, received ${runs}`);

const baseEnv = { ...process.env, NO_COLOR: "1" };
for (const name of ["SUMMIT_EMBEDDER", "SUMMIT_INDEX_DIR", "SUMMIT_CORPUS_DIR", "FORCE_COLOR"]) delete baseEnv[name];
const temps = [];

/** The environment a build answers in: its own index, or a fresh one its own `ingest` built. */
function prepare(root) {
  const probe = spawnSync(process.execPath, [join(root, "bin/summit-bot.js"), "ask", questions[0]], {
    cwd: root,
    env: baseEnv,
    encoding: "utf8",
  });
  if (probe.status === 0) return { env: baseEnv, index: join(root, "embeddings") };
  const dir = mkdtempSync(join(tmpdir(), "summit-ask-startup-"));
  temps.push(dir);
  const indexDir = join(dir, "index");
  const env = { ...baseEnv, SUMMIT_INDEX_DIR: indexDir, SUMMIT_CORPUS_DIR: join(root, "corpus") };
  const built = spawnSync(process.execPath, [join(root, "bin/summit-bot.js"), "ingest", "--index", indexDir], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (built.status !== 0)
    throw new Error(
      `ask-startup: ${root}: ask failed (${probe.stderr.trim()}) and ingest failed too (${built.stderr.trim()})`,
    );
  return { env, index: `${indexDir} (built for this run: ${probe.stderr.trim().split("\n")[0]})` };
}

/** One process: ms until the last stdout byte, and until exit. */
function once(root, env, question) {
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    let printed = 0;
    let out = "";
    const child = spawn(process.execPath, [join(root, "bin/summit-bot.js"), "ask", question], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk) => {
      printed = performance.now() - t0;
      out += chunk;
    });
    let err = "";
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0 || !out.trim()) reject(new Error(`ask-startup: ${root} exited ${code}: ${err.trim()}`));
      else resolveRun({ printed, exited: performance.now() - t0 });
    });
  });
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const secs = (ms) => (ms / 1000).toFixed(3);

try {
  const builds = roots.map((root) => ({ root, ...prepare(root) }));
  const times = new Map(builds.flatMap((b) => questions.map((q) => [`${b.root}\n${q}`, []])));
  for (let round = 0; round < runs; round++) {
    for (const question of questions) {
      for (let i = 0; i < builds.length; i++) {
        const b = builds[(i + round) % builds.length];
        times.get(`${b.root}\n${question}`).push(await once(b.root, b.env, question));
      }
    }
  }
  console.log(
    `summit-bot ask: process start → answer printed (and → exit), ${runs} runs each, builds alternating; default embedder`,
  );
  for (const b of builds) console.log(`  ${b.root}: index ${b.index}`);
  questions.forEach((q, i) => console.log(`  q${i + 1}: ${q}`));
  const header = ["build", "question", "median s", "p90 s", "min s", "exit median s"];
  const rows = builds.flatMap((b) =>
    questions.map((q) => {
      const t = times.get(`${b.root}\n${q}`);
      const printed = t.map((x) => x.printed);
      return [
        b.root,
        `q${questions.indexOf(q) + 1}`,
        secs(quantile(printed, 0.5)),
        secs(quantile(printed, 0.9)),
        secs(Math.min(...printed)),
        secs(
          quantile(
            t.map((x) => x.exited),
            0.5,
          ),
        ),
      ];
    }),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
} finally {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}
