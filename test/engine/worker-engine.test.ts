/**
 * The engine in worker threads (issue #8, item 2) answers exactly as the engine in the bot's
 * thread does, keeps SummitError codes across the thread boundary, and ends its threads on close.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openEngine } from "../../src/engine/open.js";
import { EngineHolder } from "../../src/engine/holder.js";
import type { Engine } from "../../src/engine/types.js";
import { EngineThread, openWorkerEngine } from "../../src/engine/worker-engine.js";
import { SummitError } from "../../src/errors.js";
import { openFileSource, passagesOnDemand } from "../../src/index/storage/passage-reader.js";
import { fixtureIndex } from "../helpers/fixture-engine.js";

let indexDir: string;
let local: Engine;
let remote: Engine;
beforeAll(async () => {
  indexDir = await fixtureIndex();
  const config = loadConfig({ SUMMIT_INDEX_DIR: indexDir });
  local = await openEngine(config, { indexDir });
  remote = await openWorkerEngine(config, { indexDir, workers: 2 });
});
afterAll(async () => {
  await local?.close();
  await remote?.close();
});

describe("the engine in worker threads", () => {
  it("gives the same answers as the engine in this thread, as plain data", async () => {
    for (const q of [
      "第1回首脳会議はどこで開幕した？",
      "Where did the first China–Central Asia summit open?",
      "火星探査機の打ち上げ日は？",
    ]) {
      expect(await remote.ask(q, { k: 4 })).toEqual(await local.ask(q, { k: 4 }));
    }
  });

  it("checks quotations in a worker with the same result", async () => {
    const p = local.suggestPassages("", Infinity)[2]!;
    const message = `記事には「${p.text.slice(0, 30)}」とある`;
    const found = await remote.findSources({ message, claim: message });
    expect(found).toEqual(await local.findSources({ message, claim: message }));
    expect(found.checks[0]).toMatchObject({ status: "verbatim", passageId: p.id });
  });

  it("answers lookups by id in this thread, from the passages the worker sent", () => {
    expect(remote.suggestPassages("", Infinity)).toEqual(local.suggestPassages("", Infinity));
    expect(remote.documents()).toEqual(local.documents());
    const id = local.suggestPassages("", Infinity)[1]!.id;
    expect(remote.passage(id)).toEqual(local.passage(id));
    expect(remote.context(id, 1)).toEqual(local.context(id, 1));
  });

  it("spreads concurrent questions over its threads and answers them all", async () => {
    const questions = Array.from({ length: 12 }, (_, i) =>
      i % 2 ? "中国と中央アジアの貿易額は？" : "次回の首脳会議はいつどこで開かれる？",
    );
    const answers = await Promise.all(questions.map((q) => remote.ask(q, { k: 2 })));
    expect(answers.map((a) => a.question)).toEqual(questions);
  });

  it("refuses an index it cannot open with the same SummitError as in this thread", async () => {
    const missing = join(indexDir, "missing");
    const err = await openWorkerEngine(loadConfig({}), { indexDir: missing }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SummitError);
    expect((err as SummitError).code).toBe("INDEX_MISSING");
    expect((err as SummitError).message).toContain(`expected an index at ${missing}`);
  });

  it("is swapped like any engine: the old one's threads end once its answers are done", async () => {
    const config = loadConfig({ SUMMIT_INDEX_DIR: indexDir });
    const first = await openWorkerEngine(config, { indexDir });
    const holder = new EngineHolder(first);
    const inFlight = holder.use((e) => e.ask("中国と中央アジアの貿易額は？"));
    await holder.swap(await openWorkerEngine(config, { indexDir }));
    expect((await inFlight).answerable).toBe(true);
    await expect(first.ask("貿易")).rejects.toThrow(/closed/);
    expect((await holder.current.ask("中国と中央アジアの貿易額は？")).answerable).toBe(true);
    await holder.close();
  });
});

describe("a thread whose index cannot be opened", () => {
  it("is not alive and is not replaced once it exits (no endless restarts)", async () => {
    const missing = join(indexDir, "missing");
    let replaced = 0;
    const thread = new EngineThread({ config: loadConfig({}), indexDir: missing }, () => replaced++);
    const exited = new Promise((resolve) => thread.worker.once("exit", resolve));
    await expect(thread.ready).rejects.toBeInstanceOf(SummitError);
    await exited;
    expect(thread.alive).toBe(false);
    expect(replaced).toBe(0);
  });
});

describe("what the threads send the bot's thread", () => {
  it("only the thread asked for the lookups sends them: the passages file to read on demand (its own copy only when asked), however many threads", async () => {
    const config = loadConfig({ SUMMIT_INDEX_DIR: indexDir });
    const sender = new EngineThread({ config, indexDir, lookups: true }, () => undefined);
    const other = new EngineThread({ config, indexDir }, () => undefined);
    try {
      const [sent, notSent] = await Promise.all([sender.ready, other.ready]);
      expect(notSent.lookups).toBeUndefined();
      expect(sent.lookups).toBeDefined();
      const all = local.suggestPassages("", Infinity);
      const file = sent.lookups!.passages as { path: string };
      expect(file.path).toMatch(/passages\.bin$/);
      const onDemand = passagesOnDemand(openFileSource(file.path));
      try {
        expect(onDemand.range(0, onDemand.length)).toEqual(all);
      } finally {
        onDemand.close();
      }
      // What the bot's thread asks for when the file has gone meanwhile.
      expect(await sender.call("passages", [])).toEqual(all);
      expect(sent.lookups!.documents).toEqual(local.documents());
    } finally {
      await Promise.all([sender.close(), other.close()]);
    }
  });
});
