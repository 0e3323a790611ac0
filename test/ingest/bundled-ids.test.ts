/**
 * The bundled articles' citation ids never move: the evaluation gold ids are `doc#n` by position
 * (summit-dev, neartopic, every bench), so stable numbering must leave an article that never
 * changed numbered exactly as before — and write nothing for it.
 */
import { cpSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { revisionsPath } from "../../src/corpus/revisions-store.js";
import { readManifest, readStoredPassages } from "../../src/index/storage/store.js";
import { buildFixtureIndex, PROJECT_ROOT, tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
const committed = join(PROJECT_ROOT, "embeddings");
const passagesOf = (index: string) =>
  readStoredPassages(index, readManifest(index))!.map((p) => ({ id: p.id, n: p.n, text: p.text }));

describe("the bundled corpus under stable numbering", () => {
  it("is numbered exactly as the committed index numbers it, with no revisions file beside it or in the index", async () => {
    const corpus = join(tmp(), "corpus");
    cpSync(join(PROJECT_ROOT, "corpus"), corpus, { recursive: true });
    const index = join(tmp(), "index");
    const summary = await buildFixtureIndex(corpus, index);
    expect(passagesOf(index)).toEqual(passagesOf(committed));
    expect(readManifest(index).files["passages.bin"]).toEqual(readManifest(committed).files["passages.bin"]);
    expect(Object.keys(readManifest(index).files)).toEqual(Object.keys(readManifest(committed).files));
    expect(summary.numbering.revised).toBe(0);
    expect(existsSync(revisionsPath(corpus))).toBe(false);

    // A new article beside them, ingested over the same index: the bundled ids stay as they were.
    writeFileSync(
      join(corpus, "new-article.md"),
      '---\ntitle: "新しい記事"\n---\n\n新しい段落。\n\nもう一つの段落。\n',
    );
    await buildFixtureIndex(corpus, index);
    const after = passagesOf(index);
    expect(after.filter((p) => !p.id.startsWith("new-article#"))).toEqual(passagesOf(committed));
    expect(after.filter((p) => p.id.startsWith("new-article#")).map((p) => p.id)).toEqual([
      "new-article#1",
      "new-article#2",
    ]);
    expect(existsSync(revisionsPath(corpus))).toBe(false);
  });
});
