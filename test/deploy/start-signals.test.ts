/**
 * `npm start` and a supervisor's SIGTERM (issue #24, defect 7). npm runs a script through `sh -c`;
 * a shell that stays between npm and node (dash does) takes the SIGTERM npm forwards and dies,
 * and the bot goes on running under pid 1 — a restart then runs two bots. The scripts `exec` node,
 * so the signal reaches it. Checked on the scripts as package.json ships them, run by npm in a
 * scratch folder where dist/cli/main.js is a stand-in that only records the signals it gets (the
 * real bot's graceful stop on SIGTERM is test/discord/run.test.ts's).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts;

const STAND_IN = `
const { writeFileSync, appendFileSync } = require("node:fs");
// The handler first: the test signals as soon as the pid file exists.
process.on("SIGTERM", () => { appendFileSync("signals", "SIGTERM\\n"); process.exit(0); });
writeFileSync("pid", String(process.pid));
setInterval(() => {}, 1000);
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "summit-npm-start-"));
  mkdirSync(join(dir, "dist", "cli"), { recursive: true });
  writeFileSync(join(dir, "dist", "cli", "main.js"), STAND_IN);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "start-signals", version: "1.0.0", private: true, scripts }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const until = async (probe: () => boolean, what: string) => {
  for (let i = 0; i < 1000 && !probe(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!probe()) throw new Error(`timed out waiting for ${what}`);
};

describe("npm start under a supervisor", () => {
  it.each(["start", "ingest"])(
    "passes SIGTERM sent to npm on to the node process of `npm run %s`, which exits: no orphan",
    async (script) => {
      rmSync(join(dir, "pid"), { force: true });
      rmSync(join(dir, "signals"), { force: true });
      const npm = spawn("npm", ["run", "--silent", script], { cwd: dir, stdio: "ignore" });
      const exited = new Promise<number | null>((resolve) => npm.on("exit", (code) => resolve(code)));
      let botPid = 0;
      try {
        await until(
          () => existsSync(join(dir, "pid")) && readFileSync(join(dir, "pid"), "utf8").length > 0,
          "the bot process",
        );
        botPid = Number(readFileSync(join(dir, "pid"), "utf8"));
        npm.kill("SIGTERM");
        await exited;
        await until(() => !alive(botPid), `process ${botPid} to exit`);
        expect(readFileSync(join(dir, "signals"), "utf8")).toBe("SIGTERM\n");
      } finally {
        // Never leave the stand-in behind, whatever failed above.
        if (botPid && alive(botPid)) process.kill(botPid, "SIGKILL");
        if (npm.exitCode === null) npm.kill("SIGKILL");
      }
    },
  );
});
