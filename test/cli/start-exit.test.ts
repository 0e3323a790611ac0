/**
 * `summit-bot start` ends its process after a graceful stop, even when Discord went away first:
 * discord.js, reconnecting a lost gateway, keeps a timer or socket alive that `destroy()` leaves,
 * and the process used to print "stopped" and then run on forever (found in a user trial).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FakeDiscord } from "../helpers/fake-discord.js";
import { fixtureIndex } from "../helpers/fixture-engine.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const children: Array<ReturnType<typeof spawn>> = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
});

describe("summit-bot start", () => {
  it("exits after SIGTERM when Discord went away while it ran", async () => {
    const fake = await FakeDiscord.start();
    const index = await fixtureIndex();
    const child = spawn(process.execPath, ["--import", "tsx", MAIN, "start"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE: fake.apiBase,
        SUMMIT_INDEX_DIR: index,
        LOG_LEVEL: "info",
        DISCORD_WATCH_INDEX: "false",
        SUMMIT_WARM_UP_QUESTIONS: "0",
        FEEDBACK_DB_PATH: join(index, "feedback-start-exit.sqlite"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    let out = "";
    let err = "";
    child.stdout!.on("data", (c) => (out += String(c)));
    child.stderr!.on("data", (c) => (err += String(c)));
    const until = async (probe: () => boolean, what: string) => {
      for (let i = 0; i < 3000 && !probe(); i++) await new Promise((r) => setTimeout(r, 20));
      if (!probe()) throw new Error(`timed out waiting for ${what}:\n${out}\n${err}`);
    };
    await until(() => out.includes('"event":"ready"'), "the bot to be ready");
    await fake.close();
    await until(() => out.includes('"event":"gateway_disconnected"'), "the bot to see the gateway go");
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(out).toContain('"event":"stopped"');
    expect(err).toContain("summit-bot: stopped");
  }, 120_000);
});
