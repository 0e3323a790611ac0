/**
 * The second held-out pages (test/fixtures/web/heldout2/), measured once blind and since studied
 * (pull quotes, lone labels, standfirsts, bio boxes and related lists came from their misses),
 * so they are pinned like the dev and first held-out pages: every body paragraph and nothing else.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Fetcher } from "../../src/sources/fetcher.js";
import { readSource } from "../../src/sources/read-source.js";
import { startFixtureSite, WEB_FIXTURES, type FixtureSite } from "../fixtures/web/server.js";
import { expectedParagraphs, quality } from "../helpers/extraction-quality.js";

const fetchSettings = {
  allowPrivate: true,
  timeoutMs: 10_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  hostIntervalMs: 0,
};
let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite("heldout2");
});
afterAll(() => site.close());

describe("second held-out pages", () => {
  const pages = readdirSync(join(WEB_FIXTURES, "heldout2", "expected")).map((f) => f.replace(/\.txt$/, ""));
  it.each(pages)("%s: every body paragraph extracted verbatim, and nothing else", async (name) => {
    const { article } = await readSource(
      `${site.base}/pages/${name}.html`,
      new Fetcher(fetchSettings),
      fetchSettings.maxBytes,
    );
    const q = quality(article, expectedParagraphs(join(WEB_FIXTURES, "heldout2", "expected", `${name}.txt`)));
    expect(q.missing).toEqual([]);
    expect(q.extra).toEqual([]);
  });
});
