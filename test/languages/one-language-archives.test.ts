/**
 * Issue 20: an archive of one language only works, either language. An English-only corpus used
 * to ingest "successfully" and then every search said the index was damaged: vocabulary.bin's
 * checksum was recorded as 00000000 (Node's crc32 returns 0 for a view of an empty buffer, and
 * an English-only vocabulary has empty katakana sections).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine, type Engine } from "../../src/engine/open.js";
import { buildFixtureIndex, tempDirs, testConfig } from "../helpers/fixtures.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/languages/", import.meta.url));
const tmp = tempDirs();

describe.each([
  ["English", "en", "Where will the third summit be held?", "third summit will be held in China in 2027"],
  ["Japanese", "ja", "第1回首脳会議はどこで開かれた？", "中国の西安で開かれた"],
])("an archive of %s paragraphs only", (_name, folder, question, answer) => {
  let engine: Engine;
  let index: string;
  beforeAll(async () => {
    index = tmp();
    await buildFixtureIndex(join(FIXTURES, folder), index);
    engine = await openEngine(testConfig(), { indexDir: index, skipFreshness: true });
  });
  afterAll(() => engine?.close());

  it("records a real checksum for every data file", () => {
    const manifest = JSON.parse(readFileSync(join(index, "manifest.json"), "utf8")) as {
      files: Record<string, { bytes: number; crc32: string }>;
    };
    for (const [name, f] of Object.entries(manifest.files)) if (f.bytes > 0) expect(f.crc32, name).not.toBe("00000000");
  });

  it("opens and answers a question in its language from the paragraph that says it", async () => {
    const a = await engine.ask(question, { k: 3 });
    expect(a.confidence).toBe("answer");
    expect(a.results[0]!.text).toContain(answer);
  });
});
