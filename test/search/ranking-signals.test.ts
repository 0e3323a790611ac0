import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HASH_DIMS } from "../../src/embed/registry.js";
import { HashEmbedder } from "../../src/embed/hash.js";
import { readIndex, type IndexData } from "../../src/index/storage/store.js";
import { defaultPlanner, LATIN_WORD_WEIGHT, questionTerms, type QueryPlanner } from "../../src/search/plan.js";
import { Retriever } from "../../src/search/retriever.js";
import type { RetrieverTuning } from "../../src/search/tuning.js";
import { buildFixtureIndex, tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
let data: IndexData;

function retrieverWith(tuning: Partial<RetrieverTuning> = {}, planner?: QueryPlanner): Retriever {
  return new Retriever({
    ...(planner ? { planner } : {}),
    passages: data.passages,
    documents: data.manifest.documents,
    keyword: data.keyword,
    vectors: data.vectors,
    embedder: new HashEmbedder(HASH_DIMS, data.keyword),
    tuning,
  });
}

/*
 * One article, two paragraphs about its building: the first says the topic's words over and
 * over, the second holds each of the question's words once among other text. BM25 saturates
 * but still pays for repeats; coverage counts what the question asks for.
 */
const QUESTION = "本部ビルの設計者と着工の年は？";
beforeAll(async () => {
  const corpus = tmp("summit-signals-corpus-");
  mkdirSync(corpus, { recursive: true });
  writeFileSync(
    join(corpus, "hq.md"),
    [
      "---",
      'title: "協会の歴史"',
      "---",
      "本部ビルは本部ビルとして本部ビルの役目を果たし、本部ビルの前には広場がある。本部ビルは協会の顔である。",
      "",
      "ビルの設計者は小林良雄で、2000年に着工し、2005年に完成した。総工費は85億円だった。",
      "",
      "協会は1950年に設立され、会員は全国に広がった。",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(corpus, "other.md"),
    ["---", 'title: "港の話"', "---", "港には船が集まり、市場が開かれる。", "", "漁師は朝早く海に出る。", ""].join(
      "\n",
    ),
  );
  const indexDir = tmp("summit-signals-index-");
  await buildFixtureIndex(corpus, indexDir);
  data = readIndex(indexDir);
});

describe("ranking signals", () => {
  it("ranks the paragraph holding each of the question's words above one repeating the topic", async () => {
    const answer = await retrieverWith().ask(QUESTION, { k: 3 });
    expect(answer.results[0]!.id).toBe("hq#2");
  });

  it("owes that order to coverage: without it (and without phrase overlap) the repeating paragraph wins", async () => {
    const answer = await retrieverWith({ supportWeight: 0, phraseWeight: 0 }).ask(QUESTION, { k: 3 });
    expect(answer.results[0]!.id).toBe("hq#1");
  });

  it("lets support re-order only the head of the fused list (supportDepth)", async () => {
    // Every candidate quoted (no minimum strength for secondary passages): this is about order.
    const answer = await retrieverWith({
      supportDepth: 1,
      phraseWeight: 0,
      answer: { answerStrength: 0.12, secondaryStrength: 0 },
    }).ask(QUESTION, { k: 3 });
    expect(answer.results.map((r) => r.id)).toEqual(["hq#1", "hq#2", "hq#3"]);
  });

  it("takes support from the plan's own evidence when it has one (translated questions)", async () => {
    // A plan that vouches for the repeating paragraph, which term coverage ranks second.
    const planner: QueryPlanner = (q) => ({
      ...defaultPlanner(q),
      evidence: (text) => (text.includes("広場") ? 1 : 0.3),
    });
    const answer = await retrieverWith({}, planner).ask(QUESTION, { k: 3 });
    expect(answer.results[0]!.id).toBe("hq#1");
    expect(answer.evidence).toBe(1);
  });
});

describe("question terms", () => {
  it("weights a Latin-script word like the Japanese words around it", () => {
    const terms = questionTerms("EAQFは何年に発行されたか");
    expect(terms.get("w:eaqf")).toBe(LATIN_WORD_WEIGHT);
    expect(terms.get("発行")).toBe(1);
  });

  it("adds repeats of a Latin word before weighting them", () => {
    expect(questionTerms("ISO 9001 と ISO 14001")?.get("w:iso")).toBe(2 * LATIN_WORD_WEIGHT);
  });
});
