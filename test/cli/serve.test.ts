import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { buildFixtureIndex, copyCorpus, isolateEnv, tempDirs } from "../helpers/fixtures.js";
import { fakeIo, runCli } from "../helpers/io.js";

const tmp = tempDirs();
const root = tmp("summit-cli-serve-");
const indexDir = join(root, "index");
isolateEnv({ corpusDir: join(root, "corpus"), indexDir: join(root, "unused-index") });

beforeAll(async () => {
  await buildFixtureIndex(copyCorpus(join(root, "corpus")), indexDir);
});

describe("summit-bot serve", () => {
  it("serves the archive on the port it prints until SIGINT, then stops with status 0", async () => {
    const io = fakeIo();
    const running = main(["serve", "--port", "0", "--host", "127.0.0.1", "--index", indexDir], io);
    await vi.waitFor(() => expect(io.out()).toMatch(/ at http:\/\/127\.0\.0\.1:\d+\//), {
      timeout: 20_000,
      interval: 50,
    });
    const url = / at (http:\/\/127\.0\.0\.1:\d+)\//.exec(io.out())![1]!;
    expect(io.out()).toContain("dashboard off (set DASHBOARD_TOKEN to turn it on)");
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('href="/doc/xian-summit-2023"');
    const article = await fetch(`${url}/doc/xian-summit-2023`);
    expect(await article.text()).toContain('<p class="para" id="3">');
    expect((await fetch(`${url}/dashboard`)).status).toBe(404);
    process.emit("SIGINT");
    expect(await running).toBe(0);
    expect(io.err()).toContain("summit-bot: stopped");
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });

  it("gives the site its own search limit: a reader can page through more searches than the bot's 5 a minute", async () => {
    const io = fakeIo();
    const running = main(["serve", "--port", "0", "--host", "127.0.0.1", "--index", indexDir], io);
    try {
      await vi.waitFor(() => expect(io.out()).toMatch(/ at http:\/\/127\.0\.0\.1:\d+\//), {
        timeout: 20_000,
        interval: 50,
      });
      const url = / at (http:\/\/127\.0\.0\.1:\d+)\//.exec(io.out())![1]!;
      const statuses = [];
      for (let i = 0; i < 8; i++)
        statuses.push((await fetch(`${url}/search?q=${encodeURIComponent(`サミット ${i}`)}`)).status);
      expect(statuses).toEqual(Array(8).fill(200));
    } finally {
      process.emit("SIGINT");
      expect(await running).toBe(0);
    }
  });

  it("refuses a port out of range, saying what it expected", async () => {
    const run = await runCli(["serve", "--port", "70000", "--index", indexDir]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("--port: expected a whole number from 0 to 65535, received");
  });
});

describe("search --json with PUBLIC_URL", () => {
  it("gives each result the permalink of its paragraph on the archive site", async () => {
    vi.stubEnv("PUBLIC_URL", "https://summits.example.org/");
    try {
      const run = await runCli([
        "search",
        "--json",
        "--index",
        indexDir,
        "中国は中央アジアにいくら融資すると表明した？",
      ]);
      expect(run.code).toBe(0);
      const line = JSON.parse(run.out) as {
        results: Array<{ id: string; paragraph: number; permalink?: string; source_link?: string }>;
      };
      expect(line.results.length).toBeGreaterThan(0);
      for (const r of line.results)
        expect(r.permalink).toBe(`https://summits.example.org/doc/${r.id.replace(/#\d+$/, "")}#${r.paragraph}`);
      expect(line.results[0]!.source_link).toMatch(/^https:\/\/example\.com\/news\/xian-summit-2023#:~:text=/);
    } finally {
      vi.stubEnv("PUBLIC_URL", undefined);
    }
  });
});
