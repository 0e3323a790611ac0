/**
 * What the CLI tests of `add`, `feeds` and `sync` share: a fixture site on 127.0.0.1
 * (fetching from it allowed, no pacing), an isolated environment and a fresh corpus with its
 * index for each test.
 */
import { join } from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import { startFixtureSite, type FixtureSite } from "../fixtures/web/server.js";
import { buildFixtureIndex, copyCorpus, isolateEnv, tempDirs } from "./fixtures.js";

export interface WebCliSetup {
  /** The running site (set once beforeAll has run). */
  site(): FixtureSite;
  tmp: (prefix?: string) => string;
  corpusWithIndex(): Promise<{ corpus: string; index: string; dirs: string[] }>;
}

export function webCliSetup(name: string, set = "dev"): WebCliSetup {
  const tmp = tempDirs();
  const envRoot = tmp(`summit-${name}-env-`);
  isolateEnv({ corpusDir: join(envRoot, "corpus"), indexDir: join(envRoot, "index") });
  let site: FixtureSite | undefined;
  beforeAll(async () => {
    site = await startFixtureSite(set);
    vi.stubEnv("SUMMIT_FETCH_ALLOW_PRIVATE", "true");
    vi.stubEnv("SUMMIT_FETCH_HOST_INTERVAL_MS", "0");
  });
  afterAll(() => site?.close());
  return {
    site: () => site!,
    tmp,
    async corpusWithIndex() {
      const corpus = copyCorpus(join(tmp(), "corpus"));
      const index = join(tmp(), "index");
      await buildFixtureIndex(corpus, index);
      return { corpus, index, dirs: ["--corpus", corpus, "--index", index] };
    },
  };
}
