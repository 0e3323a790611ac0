/**
 * What the running bot says about its index (issue #24): a reload that fails is retried until the
 * index is complete (defect 3: an index copied by hand lands its manifest before its data), a
 * corpus edited after the build is noticed, and both show in the log, in /readyz (with the
 * generation named by its content hash, as the logs name it) and in `summit-bot doctor`.
 */
import { EventEmitter } from "node:events";
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../src/cli/command.js";
import { doctor } from "../../src/cli/commands/doctor.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/discord/log.js";
import { runBot } from "../../src/discord/run.js";
import { readManifest } from "../../src/index/storage/store.js";
import { buildIndex } from "../../src/ingest/pipeline.js";
import { FakeDiscord } from "../helpers/fake-discord.js";
import { FIXTURE_CORPUS } from "../helpers/fixture-engine.js";

let fake: FakeDiscord;
let root: string;
beforeAll(async () => {
  fake = await FakeDiscord.start();
  root = mkdtempSync(join(tmpdir(), "summit-index-status-"));
});
afterAll(async () => {
  await fake?.close();
  rmSync(root, { recursive: true, force: true });
});

const until = async (probe: () => boolean, what: string) => {
  for (let i = 0; i < 2000 && !probe(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!probe()) throw new Error(`timed out waiting for ${what}`);
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe("the running bot's view of its index", () => {
  it("notices a corpus edit, retries a reload that failed on a half-copied index, and says so in the log, /readyz and doctor", async () => {
    const corpus = join(root, "corpus");
    const live = join(root, "live");
    const next = join(root, "next");
    cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
    mkdirSync(live);
    await buildIndex({ corpusDir: corpus, indexDir: live, config: loadConfig({}) });
    const first = readManifest(live).generation;

    const logs: Array<Record<string, any>> = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) logs.push(JSON.parse(line));
        done();
      },
    });
    const port = await freePort();
    const env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      SUMMIT_INDEX_DIR: live,
      SUMMIT_CORPUS_DIR: corpus,
      HEALTH_PORT: String(port),
      FEEDBACK_ENABLED: "false",
      LOG_LEVEL: "info",
    };
    const config = loadConfig(env);
    const signals = new EventEmitter();
    const running = runBot(config, { signals, log: createLogger("info", sink), corpusPollMs: 50, reloadRetryMs: 200 });
    const readyz = async () => (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as any;
    const doctorSays = async () => {
      const out = new PassThrough();
      let text = "";
      out.on("data", (c) => (text += c));
      await runCommand(doctor, ["--offline"], config, {
        stdout: out,
        stderr: new PassThrough(),
        stdin: new PassThrough(),
      });
      return text;
    };
    try {
      await until(() => logs.some((l) => l.event === "ready"), "ready");
      const fresh = await readyz();
      expect(fresh.index).toMatchObject({ generation: first, reloads: 0 });
      expect(fresh.warnings).toBeUndefined();
      expect(await doctorSays()).toMatch(new RegExp(`OK +running bot +.*serving ${first}`));

      // Someone edits an article while the bot runs.
      const [article] = Object.keys(readManifest(live).corpus.files);
      appendFileSync(join(corpus, article!), "\n\n2026年の会議では新しい協力分野が話し合われた。\n");
      await until(() => logs.some((l) => l.event === "corpus_stale"), "the corpus change noticed");
      const stale = await readyz();
      expect(stale.ready).toBe(true);
      expect(stale.index.corpusChanged.changed).toEqual([article]);
      expect(stale.warnings.join("\n")).toMatch(
        /corpus changed since the index was built .*a restart would refuse the index/,
      );
      expect(await doctorSays()).toMatch(/WARN +running bot +the corpus changed since the index was built/);

      // The new index is copied by hand: the manifest first, its data a moment later.
      await buildIndex({ corpusDir: corpus, indexDir: next, config: loadConfig({}) });
      const second = readManifest(next).generation;
      expect(second).not.toBe(first);
      copyFileSync(join(next, "manifest.json"), join(live, "manifest.json"));
      await until(() => logs.some((l) => l.event === "index_reload_failed"), "the failed reload");
      const failed = await readyz();
      expect(failed.ready).toBe(true);
      expect(failed.index.generation).toBe(first);
      expect(failed.index.reloadFailed.attempts).toBeGreaterThanOrEqual(1);
      expect(failed.warnings.join("\n")).toMatch(
        new RegExp(`newest index in .* failed to load .*still serving generation ${first}, and a restart would fail`),
      );
      expect(await doctorSays()).toMatch(/WARN +running bot +the newest index .* failed to load/);

      cpSync(join(next, second), join(live, second), { recursive: true });
      await until(
        () => logs.some((l) => l.event === "index_reloaded" && l.generation === second),
        "the retried reload",
      );
      expect(logs.find((l) => l.event === "index_reloaded")!.reason).toBe("retry after a failed reload");
      await until(() => logs.some((l) => l.event === "corpus_fresh"), "the corpus fresh again");
      const recovered = await readyz();
      expect(recovered.index).toMatchObject({ generation: second, reloads: 1 });
      expect(recovered.index.reloadFailed).toBeUndefined();
      expect(recovered.warnings).toBeUndefined();
    } finally {
      signals.emit("SIGTERM");
      expect(await running).toBe(0);
    }
  });
});
