/**
 * Regression test (issue #8, item 10): escape sequences inside an article (a screen clear, a
 * hidden OSC 8 hyperlink, a window title) were printed raw by `summit-bot ask`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { stripControls } from "../../src/render/controls.js";
import { buildFixtureIndex, isolateEnv, tempDirs } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";

const tmp = tempDirs();
const root = tmp("summit-cli-escapes-");
const corpusDir = join(root, "corpus");
const indexDir = join(root, "index");
isolateEnv({ corpusDir, indexDir });

const CLEAR = "\x1b[2J\x1b[H";
const LINK = "\x1b]8;;https://evil.example/\x07公式サイト\x1b]8;;\x07";
const TITLE = "\x1b]0;pwned\x07";

beforeAll(async () => {
  mkdirSync(corpusDir);
  writeFileSync(
    join(corpusDir, "escapes.md"),
    `---\ntitle: 見出し${TITLE}\nsource: 通信社\n---\n${CLEAR}首脳会議は西安で開かれた。詳しくは${LINK}を参照。\u202e逆順\u202c\n`,
  );
  await buildFixtureIndex(corpusDir, indexDir);
});

describe("summit-bot ask prints article text without control characters", () => {
  it("removes ESC, BEL and bidi overrides from quotes and citations, keeping the visible text", async () => {
    const run = await runCli(["ask", "首脳会議はどこで開かれた？"]);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
    expect(run.out).toContain("首脳会議は西安で開かれた。");
    expect(run.out).toContain("公式サイト");
    expect(run.out).toContain("見出し]0;pwned");
  });

  it("stripControls keeps newlines and tabs", () => {
    expect(stripControls("a\tb\nc\x1b[31md\x9be\r")).toBe("a\tb\nc[31mde");
  });
});
