import { afterAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/types.js";
import { engineOver, tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
let engine: Engine | undefined;

afterAll(async () => {
  await engine?.close();
});

describe("an index of an English-only corpus", () => {
  // Regression: its vocabulary has no katakana words, and the empty sections' checksum made the
  // manifest's CRC-32 of vocabulary.bin 00000000, so every later open refused the index as damaged.
  it("opens after ingest (its vocabulary's checksum matches) and is searched", async () => {
    engine = await engineOver(
      {
        "super-bowl.md":
          "---\ntitle: Super Bowl 50\nlang: en\n---\n\nThe Denver Broncos defeated the Carolina Panthers 24–10 to win Super Bowl 50.\n\nThe game was played at Levi's Stadium in Santa Clara, California.\n",
      },
      tmp,
    );
    await expect(engine.ask("Where was Super Bowl 50 played?", { k: 2 })).resolves.toMatchObject({ lang: "en" });
  });
});
