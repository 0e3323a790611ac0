import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../src/cli/command.js";
import { start } from "../../src/cli/commands/start.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/discord/log.js";
import { runBot } from "../../src/discord/run.js";
import { readManifest } from "../../src/index/storage/store.js";
import { buildIndex } from "../../src/ingest/pipeline.js";
import { FakeDiscord } from "../helpers/fake-discord.js";
import { FIXTURE_CORPUS } from "../helpers/fixture-engine.js";

let fake: FakeDiscord;
let indexDir: string;
beforeAll(async () => {
  fake = await FakeDiscord.start();
  indexDir = mkdtempSync(join(tmpdir(), "summit-run-"));
  await buildIndex({ corpusDir: FIXTURE_CORPUS, indexDir, config: loadConfig({}) });
});
afterAll(async () => {
  await fake?.close();
  rmSync(indexDir, { recursive: true, force: true });
});

const until = async (probe: () => boolean, what: string) => {
  for (let i = 0; i < 1000 && !probe(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!probe()) throw new Error(`timed out waiting for ${what}`);
};

describe("summit-bot start", () => {
  it("stops before loading the index when DISCORD_TOKEN is missing, naming the variable", async () => {
    const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough() };
    await expect(
      runCommand(start, [], loadConfig({ SUMMIT_INDEX_DIR: join(indexDir, "missing") }), io),
    ).rejects.toThrow(/^DISCORD_TOKEN is not set/);
  });

  it("rejects a bad --shards value", async () => {
    const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough() };
    await expect(runCommand(start, ["--shards", "0"], loadConfig({}), io)).rejects.toThrow(
      /--shards: expected "auto" or a whole number/,
    );
  });

  it("runs until SIGTERM, reloading the index on SIGHUP and when ingest replaces it", async () => {
    const logs: Array<Record<string, any>> = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) logs.push(JSON.parse(line));
        done();
      },
    });
    const signals = new EventEmitter();
    const config = loadConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      SUMMIT_INDEX_DIR: indexDir,
      LOG_LEVEL: "info",
      FEEDBACK_DB_PATH: join(indexDir, "feedback.sqlite"),
    });
    const running = runBot(config, { signals, log: createLogger("info", sink) });
    await until(() => logs.some((l) => l.event === "ready"), "ready");
    // The ready line names the index it serves: folder, generation, documents, paragraphs.
    const manifest = readManifest(indexDir);
    const ready = logs.find((l) => l.event === "ready")!;
    expect(ready.index).toEqual({
      dir: indexDir,
      generation: manifest.generation,
      documents: manifest.documents.length,
      paragraphs: manifest.passages,
    });
    expect(manifest.documents.length).toBeGreaterThan(1);
    expect(ready.msg).toBe(
      `bot ready: index ${indexDir} (generation ${manifest.generation}), ${manifest.documents.length} documents, ${manifest.passages} paragraphs`,
    );

    const answered = await fake.reply(fake.slash("ask", { question: "中国は中央アジアにいくら融資すると表明した？" }));
    expect(answered.data.embeds.length).toBeGreaterThan(0);

    signals.emit("SIGHUP");
    await until(
      () =>
        logs.some(
          (l) =>
            l.event === "index_reloaded" &&
            l.reason === "SIGHUP" &&
            l.reloads === 1 &&
            l.generation === manifest.generation,
        ),
      "SIGHUP reload",
    );
    expect(logs.find((l) => l.event === "index_reloaded")!.index).toEqual(ready.index);

    await buildIndex({ corpusDir: FIXTURE_CORPUS, indexDir, config: loadConfig({}) });
    await until(
      () => logs.some((l) => l.event === "index_reloaded" && l.reason === "index manifest changed"),
      "reload on manifest change",
    );

    const after = await fake.reply(fake.slash("ask", { question: "中国は中央アジアにいくら融資すると表明した？" }));
    expect(after.data.embeds.length).toBeGreaterThan(0);

    signals.emit("SIGTERM");
    signals.emit("SIGTERM");
    expect(await running).toBe(0);
    expect(logs.filter((l) => l.event === "shutdown")).toHaveLength(1);
    expect(logs.some((l) => l.event === "stopped")).toBe(true);
  });
});
