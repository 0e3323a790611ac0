/**
 * What the `/sources` tests share: the fake Discord over a copy of the fixture corpus, with adding
 * and removing articles on (fetching from the fixture site on 127.0.0.1 allowed, no pacing), and
 * the wait for a deferred reply's last edit.
 */
import { join } from "node:path";
import { loadConfig } from "../../src/config.js";
import { openEngine } from "../../src/engine/open.js";
import { createSourcesManager } from "../../src/sources/manager.js";
import { buildFixtureIndex, copyCorpus } from "../helpers/fixtures.js";
import { startHarness, type Harness } from "./harness.js";

/** A harness whose bot adds and removes articles in `corpus` (made under `dir`), its index rebuilt and reloaded after each. */
export async function startSourcesHarness(
  dir: () => string,
  env: Record<string, string> = {},
): Promise<{ h: Harness; corpus: string }> {
  const corpus = copyCorpus(join(dir(), "corpus"));
  const indexDir = join(dir(), "index");
  await buildFixtureIndex(corpus, indexDir);
  const all = {
    SUMMIT_EMBEDDER: "hash",
    SUMMIT_CORPUS_DIR: corpus,
    SUMMIT_INDEX_DIR: indexDir,
    SUMMIT_FETCH_ALLOW_PRIVATE: "true",
    SUMMIT_FETCH_HOST_INTERVAL_MS: "0",
    ...env,
  };
  const h = await startHarness(await openEngine(loadConfig(all), { indexDir }), all, {
    sources: (engines, config) =>
      createSourcesManager(config, async () => engines.swap(await openEngine(config, { indexDir }))),
  });
  return { h, corpus };
}

/**
 * The deferred reply's last edit once it carries `what` (progress edits come first). It waits as
 * long as the test may run: an add rebuilds the index, which on a loaded machine took past the
 * 15 s this used to wait.
 */
export async function finalEdit(h: Harness, token: string, what: (data: any) => boolean): Promise<any> {
  for (let i = 0; i < 1100; i++) {
    const edit = h.fake.interactions.get(token)?.events.find((e) => e.kind === "edit" && what(e.data));
    if (edit) return edit.data;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("no final edit");
}

/** Manage Server, as a member's permissions bit field. */
export const MANAGE_GUILD = String(1 << 5);

/** `/sources add:<url>` by a member with Manage Server: the card the reply ends with. */
export async function addedCard(h: Harness, url: string): Promise<any> {
  const handle = h.fake.slash("sources", { add: url }, { member: { permissions: MANAGE_GUILD } });
  return (await finalEdit(h, handle.token, (d) => d?.embeds?.length > 0)).embeds[0];
}
