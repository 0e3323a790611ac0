/**
 * The bot under pressure, through the fake Discord (real discord.js client, real engine), this
 * version side by side with another build (the previous release) in the same run:
 *
 *   1. faults — 500 /ask from 20 users (each waits for its answer before asking again) while
 *      Discord answers some callbacks 429, some edits 500, and the gateway drops 3 times: lost,
 *      answered twice, reply p50/p95.
 *   2. heavy  — /ask acknowledgements while heavy "Find sources" run: ten 4,000-character
 *      near-quotes of bundled articles, then three of a 20,000-character paragraph; /ask probes
 *      every 50 ms; the worst and p95 acknowledgement.
 *   3. burst  — /ask at 200 interactions/s (--rate) for 5 s (distinct users): ack and reply p50/p95.
 *
 * Acknowledgement = the deferral reaching Discord, measured from when Discord sent the
 * interaction (its scheduled time: a blocked bot cannot delay the clock). The fake Discord runs in
 * the bot's process, as the bot's HTTP peer, except in the burst, where by default
 * (--fake-discord process) it runs in a child process of its own (bench/fake-discord-process.ts)
 * and takes every time there: the fake's own HTTP/WebSocket/JSON work no longer competes with the
 * bot's main thread, as in a real deployment (--fake-discord same: the old in-process setup). Both builds index the same corpus (the release's
 * corpus plus one article with a 20,000-character paragraph) into temporary folders.
 *
 *   npx tsx bench/discord-hardening.ts [--baseline /work/release | --no-baseline] [--only faults,heavy,burst] [--workers 1] [--rate 200] [--fake-discord process|same]
 *
 * Prints tables; never fails on time.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeDiscord, user, type InteractionHandle } from "../test/helpers/fake-discord.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const BASELINE = arg("baseline", "/work/release");
const ONLY = new Set(arg("only", "faults,heavy,burst").split(","));
const WORKERS = arg("workers", "1");
const REPLY_TIMEOUT_MS = 60_000;
const BURST_RATE = Number(arg("rate", "200"));
/** "process": the burst's fake Discord runs in a child process (bench/fake-discord-process.ts), as real Discord would; "same": in the bot's process. */
const FAKE_DISCORD = arg("fake-discord", "process");
if (FAKE_DISCORD !== "process" && FAKE_DISCORD !== "same")
  throw new Error(`--fake-discord: expected "process" or "same", got "${FAKE_DISCORD}"`);

/** What a build must provide; both this source tree and a built release's dist/ have it. */
interface Build {
  readonly name: string;
  loadConfig(env: Record<string, string>): any;
  createBot(options: { config: any; engines: any; log: any }): {
    start(): Promise<void>;
    stop(ms?: number): Promise<void>;
  };
  createLogger(level: string): any;
  EngineHolder: new (engine: any) => { close(): Promise<void>; current: any };
  openEngine(config: any): Promise<any>;
  buildIndex(options: { corpusDir: string; indexDir: string; config: any }): Promise<unknown>;
}

async function currentBuild(): Promise<Build> {
  const [config, bot, log, holder, serve, index] = await Promise.all([
    import("../src/config.js"),
    import("../src/discord/bot.js"),
    import("../src/discord/log.js"),
    import("../src/engine/holder.js"),
    import("../src/engine/serve.js"),
    import("../src/ingest/pipeline.js"),
  ]);
  return {
    name: `this build (${WORKERS} engine worker${WORKERS === "1" ? "" : "s"})`,
    loadConfig: config.loadConfig,
    createBot: bot.createBot as Build["createBot"],
    createLogger: log.createLogger,
    EngineHolder: holder.EngineHolder,
    openEngine: serve.openServingEngine,
    buildIndex: index.buildIndex as Build["buildIndex"],
  };
}

async function baselineBuild(root: string): Promise<Build> {
  const dist = (p: string) => import(join(root, "dist", p));
  const [config, bot, log, holder, engine, index] = await Promise.all([
    dist("config.js"),
    dist("discord/bot.js"),
    dist("discord/log.js"),
    dist("engine-holder.js"),
    dist("engine.js"),
    dist("index/index.js"),
  ]);
  return {
    name: `previous release (${root})`,
    loadConfig: config.loadConfig,
    createBot: bot.createBot,
    createLogger: log.createLogger,
    EngineHolder: holder.EngineHolder,
    openEngine: (c: unknown) => engine.openEngine(c, { warm: true }),
    buildIndex: index.buildIndex,
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus: the release's articles plus one with a 20,000-character paragraph.

const CORPUS_SOURCE = join(BASELINE, "corpus");
const SYLLABLES = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん";
function longParagraph(): string {
  let out = "";
  let x = 42;
  while (out.length < 19_990) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += SYLLABLES[x % SYLLABLES.length]!;
    if (x % 29 === 0) out += "。";
  }
  return out.slice(0, 19_990) + "。";
}
const LONG = longParagraph();

function makeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "summit-bench-corpus-"));
  cpSync(CORPUS_SOURCE, dir, { recursive: true });
  writeFileSync(join(dir, "long-paragraph.md"), `---\ntitle: 長い段落の記事\nsource: bench\n---\n\n${LONG}\n`);
  return dir;
}

/** Every 40th character changed: a near-quote only alignment can place. */
const alter = (t: string) =>
  Array.from(t)
    .map((c, i) => (i % 40 === 20 ? "X" : c))
    .join("");

/** A 4,000-character near-quote of bundled article text (its paragraphs in a row, quotation marks removed). */
function articleNearQuote(passages: ReadonlyArray<{ docId: string; text: string }>, k: number): string {
  const docs = [...new Set(passages.map((p) => p.docId))].filter((d) => d !== "long-paragraph");
  const doc = docs[k % docs.length]!;
  const text = passages
    .filter((p) => p.docId === doc)
    .map((p) => p.text.replace(/[「」『』“”"]/g, ""))
    .join("");
  let body = text;
  while (body.length < 4_000 + k * 37) body += text;
  return `“${alter(body.slice(k * 37, k * 37 + 4_000))}”`;
}
const longNearQuote = (k: number) => `“${alter(LONG.slice(3_000 + k * 4_000, 7_000 + k * 4_000))}”`;

// ---------------------------------------------------------------------------------------------

const QUESTIONS = [
  "第1回首脳会議はどこで開幕した？",
  "中国は中央アジアにいくら融資すると表明した？",
  "次回の首脳会議はいつどこで開かれる？",
  "中国と中央アジアの貿易額は？",
  "How many sister-city pairs do China and Central Asia have?",
  "永久善隣友好協力条約とは何か",
  "2024年パリ五輪で日本が獲得した金メダルの数は？",
];

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : "—");
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

/** Per interaction: deferral and final message times, and how often it was acknowledged or answered. */
function outcome(fake: FakeDiscord, handle: InteractionHandle) {
  const events = fake.interactions.get(handle.token)?.events ?? [];
  const callbacks = events.filter((e) => e.kind === "callback");
  const finals = events.filter(
    (e) => e.kind === "edit" || e.kind === "followup" || (e.kind === "callback" && e.type === 4),
  );
  return { ack: callbacks[0]?.at, reply: finals[0]?.at, callbacks: callbacks.length, finals: finals.length };
}

async function waitAll(fake: FakeDiscord, handles: InteractionHandle[], timeoutMs = REPLY_TIMEOUT_MS): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && handles.some((h) => outcome(fake, h).reply === undefined)) await sleep(50);
}

interface Running {
  readonly fake: FakeDiscord;
  stop(): Promise<void>;
}

async function startBot(build: Build, indexDir: string): Promise<Running> {
  const fake = await FakeDiscord.start();
  const env = {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    SUMMIT_INDEX_DIR: indexDir,
    LOG_LEVEL: "silent",
    RATE_LIMIT_COUNT: "1000000",
    SUMMIT_ENGINE_WORKERS: WORKERS,
  };
  const config = build.loadConfig(env);
  const engines = new build.EngineHolder(await build.openEngine(config));
  const bot = build.createBot({ config, engines, log: build.createLogger("silent") });
  await bot.start();
  // Warm-up: JIT and caches on both sides.
  const warm = Array.from({ length: 20 }, (_, i) =>
    fake.slash("ask", { question: QUESTIONS[i % QUESTIONS.length]! }, { user: user(`warm${i}`) }),
  );
  await waitAll(fake, warm);
  return {
    fake,
    async stop() {
      await bot.stop(2_000);
      await engines.close();
      await fake.close();
    },
  };
}

async function faults(build: Build, indexDir: string) {
  const { fake, stop } = await startBot(build, indexDir);
  try {
    const users = Array.from({ length: 20 }, (_, i) => user(`user${i}`));
    const handles: Array<{ handle: InteractionHandle; sentAt: number }> = [];
    let sent = 0;
    const drops = new Set([125, 250, 375]);
    const one = async (u: ReturnType<typeof user>) => {
      while (sent < 500) {
        const i = sent++;
        if (drops.has(i)) fake.drop(4000);
        const handle = fake.slash("ask", { question: QUESTIONS[i % QUESTIONS.length]! }, { user: u });
        // Every 20th callback answered 429 once (Retry-After 0.3 s); every 20th edit answered 500 once.
        if (i % 20 === 3)
          fake.fail((r) => r.path.includes(handle.token) && r.path.endsWith("/callback"), {
            status: 429,
            headers: { "Retry-After": "0.3", "X-RateLimit-Scope": "shared" },
            body: { message: "You are being rate limited.", retry_after: 0.3, global: false },
          });
        if (i % 20 === 13) fake.fail((r) => r.method === "PATCH" && r.path.includes(handle.token), { status: 500 });
        handles.push({ handle, sentAt: handle.sentAt });
        await waitAll(fake, [handle]);
      }
    };
    await Promise.all(users.map(one));
    const outs = handles.map(({ handle }) => ({ handle, ...outcome(fake, handle) }));
    const replies = outs.filter((o) => o.reply !== undefined).map((o) => o.reply! - o.handle.sentAt);
    const injected = fake.requests.filter((r) => r.status === 429 || r.status === 500).length;
    return {
      lost: outs.filter((o) => o.reply === undefined).length,
      twice: outs.filter((o) => o.callbacks > 1 || o.finals > 1).length,
      replyP50: pct(replies, 50),
      replyP95: pct(replies, 95),
      injected,
      resumes: fake.resumes,
    };
  } finally {
    await stop();
  }
}

async function heavy(build: Build, indexDir: string, passages: ReadonlyArray<{ docId: string; text: string }>) {
  const { fake, stop } = await startBot(build, indexDir);
  try {
    const phase = async (messages: string[], probes: number) => {
      const heavyHandles = messages.map((content, k) =>
        fake.messageCommand("Find sources", fake.message(content, user(`quoter${k}`)), { user: user(`checker${k}`) }),
      );
      const t0 = performance.now();
      const probeHandles: Array<{ handle: InteractionHandle; due: number }> = [];
      for (let i = 0; i < probes; i++) {
        const due = t0 + 20 + i * 50;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        probeHandles.push({
          handle: fake.slash("ask", { question: QUESTIONS[i % QUESTIONS.length]! }, { user: user(`probe${i}`) }),
          due,
        });
      }
      await waitAll(fake, [...heavyHandles, ...probeHandles.map((p) => p.handle)]);
      const acks = probeHandles.map((p) => (outcome(fake, p.handle).ack ?? Infinity) - p.due);
      const heavyDone = heavyHandles.map((h) => (outcome(fake, h).reply ?? Infinity) - t0);
      const statuses = heavyHandles.map((h) => {
        const edit = fake.interactions.get(h.token)?.events.find((e) => e.kind === "edit");
        return JSON.stringify(edit?.data?.embeds ?? []).match(/Verbatim|Altered|Not found/)?.[0] ?? "?";
      });
      return {
        worst: Math.max(...acks),
        p95: pct(acks, 95),
        p50: pct(acks, 50),
        heavyAllDone: Math.max(...heavyDone),
        statuses: [...new Set(statuses)].join("/"),
      };
    };
    const ten = await phase(
      Array.from({ length: 10 }, (_, k) => articleNearQuote(passages, k)),
      40,
    );
    const three = await phase([0, 1, 2].map(longNearQuote), 120);
    return { ten, three };
  } finally {
    await stop();
  }
}

/** The burst with the fake Discord in a child process: only the bot runs in this one. */
async function burstOutOfProcess(build: Build, indexDir: string) {
  const { fork } = await import("node:child_process");
  const child = fork(new URL("./fake-discord-process.ts", import.meta.url).pathname, [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = <T>(kind: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: any) => {
        if (m?.kind !== kind) return;
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(m as T);
      };
      const onExit = (code: number | null) =>
        reject(new Error(`fake Discord process exited (${code}) before sending "${kind}"`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  const exited = new Promise((r) => child.once("exit", r));
  try {
    const { token, apiBase } = await next<{ token: string; apiBase: string }>("ready");
    const env = {
      DISCORD_TOKEN: token,
      DISCORD_API_BASE: apiBase,
      SUMMIT_INDEX_DIR: indexDir,
      LOG_LEVEL: "silent",
      RATE_LIMIT_COUNT: "1000000",
      SUMMIT_ENGINE_WORKERS: WORKERS,
    };
    const config = build.loadConfig(env);
    const engines = new build.EngineHolder(await build.openEngine(config));
    const bot = build.createBot({ config, engines, log: build.createLogger("silent") });
    await bot.start();
    try {
      const result = next<{ sent: number; rate: number; acks: Array<number | null>; replies: number[]; lost: number }>(
        "result",
      );
      child.send({ kind: "burst", rate: BURST_RATE, seconds: 5, questions: QUESTIONS });
      const r = await result;
      const acks = r.acks.map((a) => a ?? Infinity);
      return {
        sent: r.sent,
        rate: r.rate,
        ackP50: pct(acks, 50),
        ackP95: pct(acks, 95),
        ackMax: Math.max(...acks),
        replyP50: pct(r.replies, 50),
        replyP95: pct(r.replies, 95),
        lost: r.lost,
      };
    } finally {
      await bot.stop(2_000);
      await engines.close();
    }
  } finally {
    if (child.connected) child.send({ kind: "close" });
    await Promise.race([exited, sleep(3_000)]);
    if (child.exitCode === null) child.kill();
  }
}

async function burst(build: Build, indexDir: string) {
  if (FAKE_DISCORD === "process") return burstOutOfProcess(build, indexDir);
  const { fake, stop } = await startBot(build, indexDir);
  try {
    const n = BURST_RATE * 5;
    const t0 = performance.now() + 20;
    const handles: Array<{ handle: InteractionHandle; due: number }> = [];
    for (let i = 0; i < n; i++) {
      const due = t0 + (i * 1000) / BURST_RATE;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      handles.push({
        handle: fake.slash("ask", { question: QUESTIONS[i % QUESTIONS.length]! }, { user: user(`b${i}`) }),
        due,
      });
    }
    const sendSeconds = (performance.now() - t0) / 1000;
    await waitAll(
      fake,
      handles.map((h) => h.handle),
      120_000,
    );
    const outs = handles.map((h) => ({ due: h.due, ...outcome(fake, h.handle) }));
    const acks = outs.map((o) => (o.ack ?? Infinity) - o.due);
    const replies = outs.filter((o) => o.reply !== undefined).map((o) => o.reply! - o.due);
    return {
      sent: n,
      rate: n / sendSeconds,
      ackP50: pct(acks, 50),
      ackP95: pct(acks, 95),
      ackMax: Math.max(...acks),
      replyP50: pct(replies, 50),
      replyP95: pct(replies, 95),
      lost: outs.filter((o) => o.reply === undefined).length,
    };
  } finally {
    await stop();
  }
}

async function main() {
  const builds = process.argv.includes("--no-baseline")
    ? [await currentBuild()]
    : [await baselineBuild(BASELINE), await currentBuild()];
  const corpus = makeCorpus();
  const dirs: string[] = [corpus];
  try {
    const indexes = new Map<Build, string>();
    for (const b of builds) {
      const dir = mkdtempSync(join(tmpdir(), "summit-bench-index-"));
      dirs.push(dir);
      await b.buildIndex({ corpusDir: corpus, indexDir: dir, config: b.loadConfig({}) });
      indexes.set(b, dir);
    }
    const current = builds[builds.length - 1]!;
    const probeEngine = await current.openEngine(
      current.loadConfig({ SUMMIT_INDEX_DIR: indexes.get(current)!, SUMMIT_ENGINE_WORKERS: "0" }),
    );
    const passages = probeEngine.passages() as ReadonlyArray<{ docId: string; text: string }>;
    await probeEngine.close();
    console.log(
      `corpus: ${corpus} (${passages.length} paragraphs; one of ${LONG.length} characters); node ${process.version}; load ${(
        await import("node:os")
      )
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );

    // Alternate the builds in each scenario so both see the same machine load.
    if (ONLY.has("faults")) {
      console.log("\n1. 500 /ask from 20 users; 25 callbacks answered 429, 25 edits answered 500, 3 gateway drops");
      console.log("build | lost | answered twice | reply p50 | reply p95 | injected failures seen | resumes");
      for (const b of builds) {
        const r = await faults(b, indexes.get(b)!);
        console.log(
          `${b.name} | ${r.lost} | ${r.twice} | ${ms(r.replyP50)} | ${ms(r.replyP95)} | ${r.injected} | ${r.resumes}`,
        );
      }
    }
    if (ONLY.has("heavy")) {
      console.log("\n2. /ask acknowledgement (probe every 50 ms) while heavy Find sources run");
      console.log("build | load | ack worst | ack p95 | ack p50 | heavy ones all answered after | quote check result");
      for (const b of builds) {
        const r = await heavy(b, indexes.get(b)!, passages);
        console.log(
          `${b.name} | ten 4,000-char near-quotes of articles | ${ms(r.ten.worst)} | ${ms(r.ten.p95)} | ${ms(r.ten.p50)} | ${ms(r.ten.heavyAllDone)} | ${r.ten.statuses}`,
        );
        console.log(
          `${b.name} | three 4,000-char near-quotes of a 20,000-char paragraph | ${ms(r.three.worst)} | ${ms(r.three.p95)} | ${ms(r.three.p50)} | ${ms(r.three.heavyAllDone)} | ${r.three.statuses}`,
        );
      }
    }
    if (ONLY.has("burst")) {
      console.log(
        `\n3. /ask burst: ${BURST_RATE * 5} interactions at ${BURST_RATE}/s for 5 s, distinct users; fake Discord ${FAKE_DISCORD === "process" ? "in its own process" : "in the bot's process"}`,
      );
      console.log("build | sent/s | ack p50 | ack p95 | ack max | reply p50 | reply p95 | lost");
      for (const b of builds) {
        const r = await burst(b, indexes.get(b)!);
        console.log(
          `${b.name} | ${r.rate.toFixed(0)} | ${ms(r.ackP50)} | ${ms(r.ackP95)} | ${ms(r.ackMax)} | ${ms(r.replyP50)} | ${ms(r.replyP95)} | ${r.lost}`,
        );
      }
    }
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
