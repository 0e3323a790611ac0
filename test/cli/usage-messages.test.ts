import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixtureIndex, copyCorpus, isolateEnv, tempDirs } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";

const tmp = tempDirs();
const root = tmp("summit-cli-usage-");
const corpusDir = join(root, "corpus");
const indexDir = join(root, "index");
isolateEnv({ corpusDir, indexDir });

beforeAll(async () => {
  copyCorpus(corpusDir);
  await buildFixtureIndex(corpusDir, indexDir);
});

describe("remove names what arrived instead of one article id", () => {
  it("`remove` alone says none arrived", async () => {
    expect(await runCli(["remove"])).toEqual({
      code: 2,
      out: "",
      err: "summit-bot remove: expected one article id (its file name without .md/.txt), e.g. `remove steppe-daily-amu-darya-basin-fund`, received none\n",
    });
  });

  it("`remove` with two ids names both", async () => {
    const run = await runCli(["remove", "a-story", "b-story"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/received 2: "a-story" "b-story"\n$/);
  });
});

describe("feeds add and remove without their URL say the URL is missing", () => {
  it("`feeds add` alone names the missing URL, not an unknown action", async () => {
    expect(await runCli(["feeds", "add"])).toEqual({
      code: 2,
      out: "",
      err: "summit-bot feeds: add: expected one feed URL, e.g. `feeds add https://example.com/world/rss.xml`, received none\n",
    });
  });

  it("`feeds remove` with two URLs says how many arrived", async () => {
    const run = await runCli(["feeds", "remove", "https://a.example/rss", "https://b.example/rss"]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'summit-bot feeds: remove: expected one feed URL, e.g. `feeds remove https://example.com/world/rss.xml`, received 2: "https://a.example/rss" "https://b.example/rss"\n',
    );
  });

  it("an unknown action still lists the three", async () => {
    const run = await runCli(["feeds", "ad", "https://a.example/rss"]);
    expect(run.err).toMatch(
      /^summit-bot feeds: expected `feeds add URL \[--match REGEX\]`, `feeds list` or `feeds remove URL`, received "ad"/,
    );
  });
});

describe("cite with an id that names nothing says what would", () => {
  it("a paragraph number past the article's end gives the article's range", async () => {
    const run = await runCli(["cite", "astana-brief#999"]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    expect(run.err).toMatch(
      /^summit-bot cite: no paragraph has the id astana-brief#999 in this index \(nor had one\); astana-brief's paragraphs run from astana-brief#1 to astana-brief#\d+\n$/,
    );
  });

  it("a misspelt article suggests the nearest one, keeping the paragraph number", async () => {
    const run = await runCli(["cite", "astana-breif#2"]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'summit-bot cite: no paragraph has the id astana-breif#2 in this index (nor had one): no article "astana-breif" (did you mean astana-brief#2?)\n',
    );
  });

  it("an article nothing is near is named as unknown, with no guess", async () => {
    const run = await runCli(["cite", "zzzzzzzzzzzz#1"]);
    expect(run.err).toBe(
      'summit-bot cite: no paragraph has the id zzzzzzzzzzzz#1 in this index (nor had one): no article "zzzzzzzzzzzz"\n',
    );
  });
});

describe("serve on a port it cannot have says which setting to change, not a stack trace", () => {
  it("a port another program holds", async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const { port } = other.address() as AddressInfo;
    try {
      expect(await runCli(["serve", "--port", String(port)])).toEqual({
        code: 2,
        out: "",
        err: `summit-bot serve: cannot listen on 127.0.0.1:${port} (EADDRINUSE); expected a free port in --port (or WEB_PORT)\n`,
      });
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it("an address this machine does not have", async () => {
    const run = await runCli(["serve", "--port", "0", "--host", "192.0.2.1"]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "summit-bot serve: cannot listen on 192.0.2.1:0 (EADDRNOTAVAIL); expected in --host (or WEB_HOST) an address of this machine (127.0.0.1, 0.0.0.0, or one of its interfaces)\n",
    );
  });
});
