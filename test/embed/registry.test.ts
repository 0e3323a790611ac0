import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDER_NAMES } from "../../src/config.js";
import { createEmbedder, EMBEDDERS, embedderOfIndex } from "../../src/embed/registry.js";
import { ENGINE_CORPUS, PROJECT_ROOT, tempDirs, testConfig } from "../helpers/fixtures.js";

const tmp = tempDirs();

describe("embedder registry", () => {
  it("has one entry per name SUMMIT_EMBEDDER accepts, each declaring its id, dims and whether it is multilingual", () => {
    expect(Object.keys(EMBEDDERS).sort()).toEqual([...EMBEDDER_NAMES].sort());
    const model = testConfig().model;
    for (const spec of Object.values(EMBEDDERS)) {
      expect(spec.id(model)).toMatch(/\S/);
      expect(typeof spec.multilingual).toBe("boolean");
      if (spec.dims !== undefined) expect(Number.isInteger(spec.dims)).toBe(true);
    }
    expect(EMBEDDERS.hash.multilingual).toBe(false);
    expect(EMBEDDERS.transformers.multilingual).toBe(true);
  });

  it("tells which embedder built an index from the id its manifest records", () => {
    expect(embedderOfIndex("hash-ngram-v2")).toBe("hash");
    expect(embedderOfIndex(EMBEDDERS.hash.id())).toBe("hash");
    expect(embedderOfIndex(EMBEDDERS.transformers.id(testConfig().model))).toBe("transformers");
    expect(embedderOfIndex("word2vec:300")).toBeUndefined();
  });

  it("creates the hash embedder with the id and dims its entry declares", async () => {
    const config = testConfig();
    const embedder = await createEmbedder(config, { idf: () => 1, has: () => true });
    expect(embedder.id).toBe(EMBEDDERS.hash.id());
    expect(embedder.dims).toBe(EMBEDDERS.hash.dims);
  });

  it("ingest, search and ask with the default hash embedder never load @huggingface/transformers", () => {
    const dir = tmp("summit-registry-");
    const log = join(dir, "loaded.txt");
    writeFileSync(log, "");
    // A module resolve hook (it runs on the loader thread) that records every module URL resolved.
    const hooks = `import { appendFileSync } from "node:fs"; export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + "\\n"); return r; }`;
    const register = `import { register } from "node:module"; register("data:text/javascript,${encodeURIComponent(hooks)}");`;
    const index = join(dir, "index");
    const env = { ...process.env, SUMMIT_EMBEDDER: "hash", SUMMIT_CORPUS_DIR: ENGINE_CORPUS, SUMMIT_INDEX_DIR: index };
    const run = (...args: string[]) => {
      const r = spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "--import",
          `data:text/javascript,${encodeURIComponent(register)}`,
          join(PROJECT_ROOT, "src/cli/main.ts"),
          ...args,
        ],
        { env, encoding: "utf8", cwd: PROJECT_ROOT },
      );
      expect(r.status, `${args.join(" ")}: ${r.stderr}`).toBe(0);
    };
    run("ingest");
    run("search", "--json", "第2回首脳会議はどこで開かれた？");
    run("ask", "What did Xi say about trade?");
    const loaded = readFileSync(log, "utf8").split("\n");
    expect(loaded.some((url) => url.includes("/src/embed/registry.ts"))).toBe(true);
    expect(
      loaded.filter((url) => url.includes("@huggingface/transformers") || url.includes("/src/embed/transformers.ts")),
    ).toEqual([]);
  }, 120_000);
});
