/**
 * `add`, `remove` and `sync` rebuild the index over the whole corpus, so a corpus file that cannot
 * be read stops them as it stops `ingest`. The error tells the user to pass --skip-bad: each of
 * the commands takes it, as `ingest` does (a user trial found `add` refusing the option its own
 * error named).
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";

const setup = webCliSetup("skip-bad");

describe("add, remove and sync beside a corpus file that cannot be read", () => {
  it("add stops and names --skip-bad; with --skip-bad it adds the page and leaves the bad file out", async () => {
    const { corpus, dirs } = await setup.corpusWithIndex();
    writeFileSync(join(corpus, "broken.md"), "\u0000 not an article");
    const page = `${setup.site().base}/pages/en-news.html`;
    const before = readdirSync(corpus).sort();

    const stopped = await runCli(["add", page, ...dirs]);
    expect(stopped.code).not.toBe(0);
    expect(stopped.err).toMatch(/broken\.md/);
    expect(stopped.err).toMatch(/--skip-bad/);
    expect(readdirSync(corpus).sort()).toEqual(before);

    const added = await runCli(["add", page, "--skip-bad", ...dirs]);
    expect(added.code).toBe(0);
    const id = /^added +([\w-]+):/m.exec(added.out)![1]!;
    expect((await runCli(["remove", id, ...dirs])).code).not.toBe(0);
    expect((await runCli(["remove", id, "--skip-bad", ...dirs])).code).toBe(0);
  });

  it("sync takes --skip-bad too", async () => {
    const { dirs } = await setup.corpusWithIndex();
    const run = await runCli(["sync", "--skip-bad", ...dirs]);
    expect(run.err).not.toMatch(/unknown option/);
  });
});
