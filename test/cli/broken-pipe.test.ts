/**
 * A reader that goes away (`summit-bot search --json … | head -1`) ends the CLI quietly with
 * status 0, as it does a Unix tool, instead of an unhandled `write EPIPE` stack trace and status 1.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { stopWhenOutputCloses } from "../../src/cli/broken-pipe.js";
import { buildFixtureIndex, copyCorpus, tempDirs } from "../helpers/fixtures.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const tmp = tempDirs();
const dir = tmp("summit-cli-pipe-");
const corpusDir = join(dir, "corpus");
const indexDir = join(dir, "index");

beforeAll(async () => {
  await buildFixtureIndex(copyCorpus(corpusDir), indexDir);
});

/** Runs `summit-bot <args>` from the sources with `input` on stdin, and closes its stdout after the first bytes arrive. */
function runAndCloseEarly(
  args: readonly string[],
  input: string,
): Promise<{ code: number | null; signal: string | null; err: string; got: number }> {
  const child = spawn(process.execPath, ["--import", TSX, join(root, "src/cli/main.ts"), ...args], {
    cwd: dir,
    env: {
      ...process.env,
      SUMMIT_EMBEDDER: "hash",
      SUMMIT_CORPUS_DIR: corpusDir,
      SUMMIT_INDEX_DIR: indexDir,
      DISCORD_TOKEN: "",
      NO_COLOR: "1",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let err = "";
  let got = 0;
  child.stderr.setEncoding("utf8").on("data", (s: string) => (err += s));
  child.stdout.once("data", (chunk: Buffer) => {
    got = chunk.length;
    child.stdout.destroy();
  });
  child.stdin.end(input);
  return new Promise((done) => child.on("close", (code, signal) => done({ code, signal, err, got })));
}

// Far more output than a pipe holds (64 KiB), so the CLI is still writing when its reader goes.
const QUESTIONS = Array.from({ length: 400 }, (_, i) => `第${(i % 9) + 1}回首脳会議はどこで開かれましたか？`);

describe("a reader that closes the pipe early", () => {
  it("ends search --json quietly with status 0 (questions on stdin)", async () => {
    const run = await runAndCloseEarly(["search", "--json", "--k", "10"], QUESTIONS.join("\n"));
    expect(run.got).toBeGreaterThan(0);
    expect({ code: run.code, signal: run.signal, err: run.err }).toEqual({ code: 0, signal: null, err: "" });
  });

  it("ends search --json quietly with status 0 (questions as arguments)", async () => {
    const run = await runAndCloseEarly(["search", "--json", "--k", "10", ...QUESTIONS], "");
    expect(run.got).toBeGreaterThan(0);
    expect({ code: run.code, signal: run.signal, err: run.err }).toEqual({ code: 0, signal: null, err: "" });
  });
});

/** A stream watched by stopWhenOutputCloses, with what it would exit with and report. */
function watched(): { stream: PassThrough; exits: number[]; reports: string[] } {
  const stream = new PassThrough();
  const exits: number[] = [];
  const reports: string[] = [];
  stopWhenOutputCloses(
    stream,
    (code) => exits.push(code),
    (m) => reports.push(m),
  );
  return { stream, exits, reports };
}

describe("stopWhenOutputCloses", () => {
  it("exits 0 on a broken pipe, saying nothing", () => {
    const { stream, exits, reports } = watched();
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect([exits, reports]).toEqual([[0], []]);
  });

  it("reports any other write failure in one line and exits 1", () => {
    const { stream, exits, reports } = watched();
    stream.emit("error", Object.assign(new Error("no space left on device, write"), { code: "ENOSPC" }));
    expect([exits, reports]).toEqual([[1], ["summit-bot: cannot write the output: no space left on device, write\n"]]);
  });
});
