/**
 * The bot as operators run it — its own process, `node bin/summit-bot.js start` (the built dist/)
 * — driven through the fake Discord in this process, for the operations figures of issue #24:
 *
 *   1. soak  — --questions (2,000) spread evenly over --minutes (10), from 50 users on every
 *      surface: /ask (private, or public with a thread), mentions, follow-ups in those threads,
 *      replies to answers, DMs. Answers lost (none within 60 s), answered twice, reply p50/p95,
 *      follow-ups that said they continued the conversation, and the bot's RSS over the run.
 *   2. swaps — questions at --swap-rate per second (10) while the corpus is edited and
 *      `summit-bot ingest` rebuilds the live index --swaps times (6), the bot reloading each
 *      (its index watch): answers lost, reloads logged, failed reloads, /readyz's generation
 *      after each swap against the manifest's; then an index copied by hand (manifest first, its
 *      data 3 s later: retried? said in /readyz?) and a corpus edit without ingest (noticed?).
 *   3. kill  — --kill-questions (1,400) private /ask from 10 concurrent users, each answer rated
 *      with 1–3 of 👍/👎/"Wrong citation", while the bot is killed with SIGKILL --kills times (3)
 *      and started again on the same feedback database. Every rating the bot acknowledged
 *      ("Thanks — noted.") must be in the database afterwards, as must every question whose
 *      answer carried rating buttons. Before each kill a thread is opened on a public answer, and
 *      after the restart a follow-up asked there must continue the thread's conversation.
 *
 *   npm run build && npx tsx bench/discord-soak.ts [--only soak,swaps,kill] [--minutes 10] [--questions 2000]
 *     [--swaps 6] [--swap-rate 10] [--kill-questions 1400] [--kills 3] [--bot <built checkout>]
 *
 * --bot runs another build's bot (a built checkout of main, say) with the same driver, corpus and
 * index: run it beside this one to compare.
 *
 * Each part starts its own bot over a fresh copy of the bundled corpus and index. Prints tables;
 * never fails on time.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { FakeDiscord, user, type FakeUser, type InteractionHandle } from "../test/helpers/fake-discord.js";
import { percentile } from "../src/eval/score.js";
import { QUESTIONS } from "./discord-questions.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const ONLY = new Set(arg("only", "soak,swaps,kill").split(","));
const MINUTES = Number(arg("minutes", "10"));
const QUESTIONS_N = Number(arg("questions", "2000"));
const SWAPS = Number(arg("swaps", "6"));
const SWAP_RATE = Number(arg("swap-rate", "10"));
const KILL_QUESTIONS = Number(arg("kill-questions", "1400"));
const KILLS = Number(arg("kills", "3"));
const REPLY_TIMEOUT_MS = 60_000;

/** The checkout whose built bot runs (--bot, e.g. a built checkout of main before a change); this one by default. The corpus and index are always this checkout's. */
const HERE = fileURLToPath(new URL("..", import.meta.url));
const ROOT = arg("bot", HERE);
const BIN = join(ROOT, "bin", "summit-bot.js");
if (!existsSync(join(ROOT, "dist", "cli", "main.js")))
  throw new Error(`${join(ROOT, "dist")} is missing: run \`npm run build\` there first (the bench runs the built bot)`);

const FOLLOW_UPS = ["それはいつですか？", "どこで開かれた？", "What was signed there?", "その時の合意は？"];
const FOLLOW_UP_NOTES = ["（これまでの質問を踏まえて検索しました）", "(continuing from the earlier questions here)"];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (values: number[], p: number) => (values.length ? percentile(values, p) : NaN);
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : "—");
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function table(title: string, rows: Array<[string, string]>): void {
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${title}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
}

/** A scratch folder with a copy of the bundled corpus and index, and a feedback database path. */
function workspace(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `summit-soak-${name}-`));
  cpSync(join(HERE, "corpus"), join(dir, "corpus"), { recursive: true });
  cpSync(join(HERE, "embeddings"), join(dir, "index"), { recursive: true });
  return { dir, corpus: join(dir, "corpus"), index: join(dir, "index"), db: join(dir, "feedback.sqlite") };
}

/** Bot processes still running: killed when the bench ends, however it ends (no bot left behind). */
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** `summit-bot start` in a child process against the fake Discord; its JSON log lines parsed. */
class BotProcess {
  readonly logs: Array<Record<string, any>> = [];
  #child!: ChildProcess;
  #exited!: Promise<void>;

  private constructor(readonly env: Record<string, string>) {}

  static async start(fake: FakeDiscord, ws: ReturnType<typeof workspace>, healthPort: number): Promise<BotProcess> {
    const bot = new BotProcess({
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      SUMMIT_CORPUS_DIR: ws.corpus,
      SUMMIT_INDEX_DIR: ws.index,
      FEEDBACK_DB_PATH: ws.db,
      FEEDBACK_SALT: "soak-bench-salt-0123456789abcdef",
      HEALTH_PORT: String(healthPort),
      RATE_LIMIT_COUNT: "1000000",
      LOG_LEVEL: "info",
    });
    await bot.#spawn();
    return bot;
  }

  async #spawn(): Promise<void> {
    const before = this.logs.length;
    const child = spawn(process.execPath, [BIN, "start"], { env: this.env, stdio: ["ignore", "pipe", "pipe"] });
    this.#child = child;
    running.add(child);
    this.#exited = new Promise((resolve) => child.once("exit", () => resolve(void running.delete(child))));
    let rest = "";
    this.#child.stdout!.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) if (line.startsWith("{")) this.logs.push(JSON.parse(line));
    });
    let err = "";
    this.#child.stderr!.on("data", (c: Buffer) => (err += c.toString("utf8")));
    for (let i = 0; i < 6000; i++) {
      if (this.logs.slice(before).some((l) => l.event === "ready")) return;
      if (this.#child.exitCode !== null)
        throw new Error(`the bot exited during start-up (${this.#child.exitCode}): ${err.slice(-2000)}`);
      await sleep(10);
    }
    throw new Error("the bot did not get ready within 60 s");
  }

  get pid(): number {
    return this.#child.pid!;
  }

  /** The bot process's resident set, from /proc (Linux). */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  }

  async kill9AndRestart(): Promise<void> {
    this.#child.kill("SIGKILL");
    await this.#exited;
    await this.#spawn();
  }

  async stop(): Promise<void> {
    this.#child.kill("SIGTERM");
    await this.#exited;
  }
}

const buttonsOf = (data: any): any[] => (data?.components ?? []).flatMap((row: any) => row.components ?? []);

/** The message id a deferred interaction's answer became (the `@original` edit's response). */
function originalId(fake: FakeDiscord, handle: InteractionHandle): string | undefined {
  return fake.requests.find(
    (r) => r.method === "PATCH" && r.path.endsWith(`/${handle.token}/messages/@original`) && r.status < 300,
  )?.response?.id;
}

// ---------------------------------------------------------------------------------------------
// 1. soak

async function soak(fake: FakeDiscord): Promise<void> {
  const ws = workspace("soak");
  const bot = await BotProcess.start(fake, ws, await freePort());
  const users: FakeUser[] = Array.from({ length: 50 }, (_, i) => user(`soak${i}`));
  const mention = `<@${fake.botUser.id}>`;
  const threads: string[] = [];
  const channelAnswers: any[] = [];
  const replies: number[] = [];
  const surfaces = new Map<string, { sent: number; lost: number }>();
  let twice = 0;
  let followUps = 0;
  let followUpsNoted = 0;
  const rss: Array<[number, number]> = [[0, bot.rssMb()]];
  const interval = (MINUTES * 60_000) / QUESTIONS_N;
  const started = performance.now();
  const pending: Promise<void>[] = [];

  const ask = async (i: number): Promise<void> => {
    const who = users[i % users.length]!;
    const question = QUESTIONS[i % QUESTIONS.length]!;
    const kind = i % 20;
    const surface =
      kind < 8
        ? "slash"
        : kind < 10
          ? "slash+thread"
          : kind < 14
            ? "mention"
            : kind < 17 && threads.length
              ? "thread"
              : kind < 19 && channelAnswers.length
                ? "reply"
                : "dm";
    const count = surfaces.get(surface) ?? { sent: 0, lost: 0 };
    surfaces.set(surface, count);
    count.sent++;
    const sent = performance.now();
    try {
      if (surface === "slash" || surface === "slash+thread") {
        const handle = fake.slash(
          "ask",
          surface === "slash" ? { question } : { question, public: true, thread: true },
          { user: who },
        );
        await fake.reply(handle, REPLY_TIMEOUT_MS);
        replies.push(performance.now() - sent);
        if (surface === "slash+thread") {
          const id = originalId(fake, handle);
          const thread =
            id &&
            (await fake
              .request((r) => r.method === "POST" && r.path.endsWith(`/messages/${id}/threads`), 10_000)
              .catch(() => undefined));
          if (thread && thread.status < 300) threads.push(thread.response.id);
        }
        return;
      }
      const followUp = surface === "thread" || surface === "reply";
      const text = followUp ? FOLLOW_UPS[i % FOLLOW_UPS.length]! : question;
      const posted =
        surface === "mention"
          ? fake.post(`${mention} ${text}`, who)
          : surface === "thread"
            ? fake.post(`${mention} ${text}`, who, { channelId: threads[i % threads.length]! })
            : surface === "reply"
              ? fake.post(text, who, { replyTo: channelAnswers[i % channelAnswers.length] })
              : fake.dm(text, who);
      const reply = await fake.messageReply(posted.id, REPLY_TIMEOUT_MS);
      replies.push(performance.now() - sent);
      if (surface === "mention" && reply.response?.embeds?.length) channelAnswers.push(reply.response);
      if (followUp) {
        followUps++;
        if (FOLLOW_UP_NOTES.some((n) => String(reply.body?.content ?? "").includes(n))) followUpsNoted++;
      }
    } catch {
      count.lost++;
    }
  };

  for (let i = 0; i < QUESTIONS_N; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(ask(i));
    if ((i + 1) % Math.max(1, Math.floor(QUESTIONS_N / 10)) === 0) rss.push([i + 1, bot.rssMb()]);
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  // Answered twice: more than one bot reply to one message, or more than one answer edit to one /ask.
  const replyCounts = new Map<string, number>();
  for (const r of fake.requests) {
    const to = r.method === "POST" && r.status < 300 ? r.body?.message_reference?.message_id : undefined;
    if (to) replyCounts.set(to, (replyCounts.get(to) ?? 0) + 1);
  }
  twice += [...replyCounts.values()].filter((n) => n > 1).length;
  twice += [...fake.interactions.values()].filter(
    ({ events }) => events.filter((e) => e.kind === "edit").length > 1,
  ).length;
  await bot.stop();
  replies.sort((a, b) => a - b);
  const lost = [...surfaces.values()].reduce((n, s) => n + s.lost, 0);
  table(
    `soak: ${QUESTIONS_N} questions over ${seconds.toFixed(0)} s from ${users.length} users (bot pid ${bot.pid}, its own process)`,
    [
      ["answered", String(replies.length)],
      ["lost (no answer in 60 s)", String(lost)],
      ["answered twice", String(twice)],
      ["per surface (sent/lost)", [...surfaces].map(([k, v]) => `${k} ${v.sent}/${v.lost}`).join(", ")],
      [
        "reply p50 / p95 / max (ms)",
        `${ms(pct(replies, 50))} / ${ms(pct(replies, 95))} / ${ms(replies[replies.length - 1] ?? NaN)}`,
      ],
      ["follow-ups noted as such", `${followUpsNoted} of ${followUps} (threads and replies)`],
      ["bot RSS (MB) after n questions", rss.map(([n, mb]) => `${n}: ${mb.toFixed(0)}`).join(", ")],
      ["errors logged", String(bot.logs.filter((l) => l.level >= 50).length)],
    ],
  );
  rmSync(ws.dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// 2. swaps

function ingest(ws: ReturnType<typeof workspace>, indexDir = ws.index): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "ingest", "--corpus", ws.corpus, "--index", indexDir], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
    });
    let err = "";
    child.stderr!.on("data", (c: Buffer) => (err += c));
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`ingest exited ${code}: ${err.slice(-1000)}`)),
    );
  });
}

async function swaps(fake: FakeDiscord): Promise<void> {
  const ws = workspace("swaps");
  const port = await freePort();
  const bot = await BotProcess.start(fake, ws, port);
  const readyz = async () => (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as any;
  const asker = Array.from({ length: 20 }, (_, i) => user(`swap${i}`));
  let stop = false;
  let sent = 0;
  let lost = 0;
  const replies: number[] = [];
  const pending: Promise<void>[] = [];
  const driver = (async () => {
    const started = performance.now();
    for (let i = 0; !stop; i++) {
      const wait = started + (i * 1000) / SWAP_RATE - performance.now();
      if (wait > 0) await sleep(wait);
      sent++;
      const t = performance.now();
      const handle = fake.slash(
        "ask",
        { question: QUESTIONS[i % QUESTIONS.length]! },
        { user: asker[i % asker.length]! },
      );
      pending.push(
        fake.reply(handle, REPLY_TIMEOUT_MS).then(
          () => void replies.push(performance.now() - t),
          () => void lost++,
        ),
      );
    }
  })();
  const extra = join(ws.corpus, "zz-soak-extra.md");
  const generations: Array<{ manifest: string; readyz: string }> = [];
  const started = performance.now();
  await sleep(2_000);
  for (let k = 0; k < SWAPS; k++) {
    const reloadsBefore = bot.logs.filter((l) => l.event === "index_reloaded").length;
    // Alternately add and remove an article, so each build is a new generation.
    if (k % 2 === 0)
      writeFileSync(
        extra,
        `---\ntitle: "追加記事 ${k}"\nevent_date: 2025-06-18\nlang: ja\n---\n\n中央アジアとの協力について、第${k}回の追加段落。首脳会議の成果を確認した。\n`,
      );
    else rmSync(extra, { force: true });
    await ingest(ws);
    for (let i = 0; i < 3000 && bot.logs.filter((l) => l.event === "index_reloaded").length <= reloadsBefore; i++)
      await sleep(10);
    const manifest = JSON.parse(readFileSync(join(ws.index, "manifest.json"), "utf8")).generation as string;
    generations.push({ manifest, readyz: String((await readyz()).index?.generation) });
    await sleep(2_000);
  }

  // An index copied by hand, manifest first and its data 3 s later (issue #24, defect 3): the
  // first load fails; is it retried once the data is there, and does /readyz say so meanwhile?
  const side = join(ws.dir, "side");
  writeFileSync(
    extra,
    `---\ntitle: "手で写した索引"\nevent_date: 2025-06-18\nlang: ja\n---\n\n手で写した索引の段落。中央アジアとの協力を確認した。\n`,
  );
  await ingest(ws, side);
  const handCopied = JSON.parse(readFileSync(join(side, "manifest.json"), "utf8")).generation as string;
  const failedBefore = bot.logs.filter((l) => l.event === "index_reload_failed").length;
  cpSync(join(side, "manifest.json"), join(ws.index, "manifest.json"));
  await sleep(3_000);
  const whileMissing = await readyz();
  cpSync(join(side, handCopied), join(ws.index, handCopied), { recursive: true });
  const landed = performance.now();
  let servedAfter = "";
  for (let i = 0; i < 300 && servedAfter !== handCopied; i++) {
    await sleep(100);
    servedAfter = String((await readyz()).index?.generation);
  }
  const handCopy = {
    failures: bot.logs.filter((l) => l.event === "index_reload_failed").length - failedBefore,
    warnedWhileMissing: (whileMissing.warnings ?? []).some((w: string) => /failed to load/.test(w)),
    served: servedAfter === handCopied,
    seconds: servedAfter === handCopied ? (performance.now() - landed) / 1000 : NaN,
  };

  // The corpus edited while the bot runs, without ingest: does the running bot notice?
  const edited = performance.now();
  writeFileSync(extra, readFileSync(extra, "utf8") + "\n編集で加えた段落。\n");
  let noticedAfter = NaN;
  for (let i = 0; i < 300; i++) {
    const r = await readyz();
    if ((r.warnings ?? []).some((w: string) => /corpus changed/.test(w))) {
      noticedAfter = (performance.now() - edited) / 1000;
      break;
    }
    await sleep(100);
  }

  stop = true;
  await driver;
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  await bot.stop();
  replies.sort((a, b) => a - b);
  table(
    `swaps: ${sent} questions at ${SWAP_RATE}/s over ${seconds.toFixed(0)} s across ${SWAPS} index rebuilds (summit-bot ingest into the live folder), one index copied by hand, one corpus edit`,
    [
      ["answered", String(replies.length)],
      ["lost (no answer in 60 s)", String(lost)],
      [
        "reloads logged / failed",
        `${bot.logs.filter((l) => l.event === "index_reloaded").length} / ${bot.logs.filter((l) => l.event === "index_reload_failed").length}`,
      ],
      [
        "/readyz generation = manifest",
        `${generations.filter((g) => g.readyz === g.manifest).length} of ${generations.length} (${generations.map((g) => g.manifest).join(", ")})`,
      ],
      [
        "reply p50 / p95 / max (ms)",
        `${ms(pct(replies, 50))} / ${ms(pct(replies, 95))} / ${ms(replies[replies.length - 1] ?? NaN)}`,
      ],
      [
        "hand copy (manifest, data 3 s later)",
        `${handCopy.failures} failed load(s), /readyz warned meanwhile: ${handCopy.warnedWhileMissing ? "yes" : "no"}, served once the data landed: ${handCopy.served ? `yes, after ${handCopy.seconds.toFixed(1)} s` : "no (30 s)"}`,
      ],
      [
        "corpus edited, no ingest",
        Number.isFinite(noticedAfter)
          ? `noticed in /readyz after ${noticedAfter.toFixed(1)} s (${bot.logs.filter((l) => l.event === "corpus_stale").length} corpus_stale log line(s))`
          : "not noticed in 30 s",
      ],
    ],
  );
  rmSync(ws.dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// 3. kill -9 during ratings

async function kill(fake: FakeDiscord): Promise<void> {
  const ws = workspace("kill");
  const bot = await BotProcess.start(fake, ws, await freePort());
  const RATINGS = ["👍", "👎", "Wrong citation"];
  const thanks = "Thanks — noted.";
  const acked: Array<{ askId: number; rating: string }> = [];
  const askIds = new Set<number>();
  let asked = 0;
  let cutByKill = 0;
  let refusedRatings = 0;
  let up: Promise<void> = Promise.resolve();
  const killAt = Array.from({ length: KILLS }, (_, k) => Math.round(((k + 1) * KILL_QUESTIONS) / (KILLS + 1)));
  const kills: number[] = [];
  const TIMEOUT = 10_000;

  // Before each kill a thread is opened on a public answer; after the restart a follow-up is asked in it.
  const mention = `<@${fake.botUser.id}>`;
  let followUps = 0;
  let followUpsNoted = 0;
  const threadFollowUpAcrossKill = async (k: number) => {
    const who = user(`threader${k}`);
    const handle = fake.slash(
      "ask",
      { question: "第2回首脳会議はどこで開かれた？", public: true, thread: true },
      { user: who },
    );
    await fake.reply(handle, TIMEOUT);
    const id = originalId(fake, handle);
    const thread = id
      ? await fake
          .request((r) => r.method === "POST" && r.path.endsWith(`/messages/${id}/threads`), TIMEOUT)
          .catch(() => undefined)
      : undefined;
    return async () => {
      if (!thread || thread.status >= 300) return;
      followUps++;
      const posted = fake.post(`${mention} それはいつですか？`, who, { channelId: thread.response.id });
      const reply = await fake.messageReply(posted.id, TIMEOUT).catch(() => undefined);
      if (FOLLOW_UP_NOTES.some((n) => String(reply?.body?.content ?? "").includes(n))) followUpsNoted++;
    };
  };

  const worker = async (w: number) => {
    const who = user(`rater${w}`);
    while (asked < KILL_QUESTIONS) {
      await up;
      const i = asked++;
      if (killAt.includes(i)) {
        // Killed while the other workers' questions and ratings are in flight.
        const afterRestart = await threadFollowUpAcrossKill(kills.length);
        const t = performance.now();
        up = bot.kill9AndRestart();
        await up;
        kills.push(performance.now() - t);
        await afterRestart();
      }
      try {
        const answer = await fake.reply(
          fake.slash("ask", { question: QUESTIONS[i % QUESTIONS.length]! }, { user: who }),
          TIMEOUT,
        );
        const buttons = buttonsOf(answer.data).filter((b) => RATINGS.includes(b.label));
        if (!buttons.length) continue;
        const askId = Number(String(buttons[0].custom_id).split(":")[2]);
        askIds.add(askId);
        const card = fake.message(answer.data.content ?? "", fake.botUser, {
          flags: 64,
          components: answer.data.components,
        });
        // One to three ratings per answer, in the order of the buttons: 👍; 👍 then 👎; 👍, 👎 and "Wrong citation".
        for (const b of buttons.slice(0, 1 + (i % 3))) {
          await up;
          const r = await fake.reply(fake.button(b.custom_id, card, { user: who }), TIMEOUT);
          if (String(r.data?.content ?? "").startsWith(thanks))
            acked.push({ askId, rating: String(b.custom_id).split(":")[1]! });
          else refusedRatings++;
        }
      } catch {
        cutByKill++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: 10 }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  await bot.stop();
  const db = new Database(ws.db, { readonly: true });
  const stored = new Set(
    (db.prepare("SELECT ask_id AS askId, rating FROM feedback").all() as Array<{ askId: number; rating: string }>).map(
      (r) => `${r.askId}:${r.rating}`,
    ),
  );
  const storedAsks = new Set((db.prepare("SELECT id FROM asks").all() as Array<{ id: number }>).map((r) => r.id));
  db.close();
  // 👍 and 👎 replace each other (the store keeps a user's latest): a 👍 followed by an acknowledged 👎 is not expected.
  const replaced = new Set(acked.filter((a) => a.rating === "down").map((a) => `${a.askId}:up`));
  const expected = acked.filter((a) => !replaced.has(`${a.askId}:${a.rating}`));
  const lostRatings = expected.filter((a) => !stored.has(`${a.askId}:${a.rating}`)).length;
  const lostAsks = [...askIds].filter((id) => !storedAsks.has(id)).length;
  table(
    `kill: ${asked} questions from 10 users, ${acked.length} ratings acknowledged, ${kills.length} × SIGKILL and restart, over ${seconds.toFixed(0)} s`,
    [
      [
        "ratings acknowledged / expected / stored",
        `${acked.length} / ${expected.length} (a 👎 replaces the same user's 👍) / ${stored.size}`,
      ],
      ["acknowledged ratings lost", String(lostRatings)],
      ["answered questions not on record", `${lostAsks} of ${askIds.size}`],
      ["not acknowledged (feedback off)", String(refusedRatings)],
      ["interactions cut by a kill", String(cutByKill)],
      ["kill → ready again (ms)", kills.map((k) => k.toFixed(0)).join(", ")],
      [
        "thread follow-ups across a kill",
        `${followUpsNoted} of ${followUps} continued the thread's conversation (the card says so)`,
      ],
    ],
  );
  rmSync(ws.dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const fake = await FakeDiscord.start();
  fake.setMaxListeners(0);
  console.log(
    `bot: node ${ROOT === HERE ? "bin/summit-bot.js" : BIN} start (${ROOT === HERE ? "this checkout" : "--bot"}), bundled corpus and index of this checkout; fake Discord in the bench process`,
  );
  try {
    if (ONLY.has("soak")) await soak(fake);
    if (ONLY.has("swaps")) await swaps(fake);
    if (ONLY.has("kill")) await kill(fake);
  } finally {
    await fake.close();
  }
}

await main();
