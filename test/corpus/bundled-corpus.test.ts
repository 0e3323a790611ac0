/**
 * The five articles shipped in corpus/, checked against the seed texts they were converted from
 * (copied to test/fixtures/seeds/), and the committed index in embeddings/ checked against them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { type ParsedDocument } from "../../src/corpus/types.js";
import { openEngine } from "../../src/engine/open.js";
import { corpusChanges } from "../../src/index/storage/freshness.js";
import { corpusDirOf, readManifest } from "../../src/index/storage/store.js";
import { PROJECT_ROOT, testConfig } from "../helpers/fixtures.js";

const CORPUS = join(PROJECT_ROOT, "corpus");
const INDEX = join(PROJECT_ROOT, "embeddings");
const SEEDS = fileURLToPath(new URL("../fixtures/seeds/", import.meta.url));
const UNTITLED_SEED_START = "現地時間2024年7月3日午前";

interface Seed {
  readonly file: string;
  /** The headline line as scraped (null for the article that has none). */
  readonly headline: string | null;
  readonly body: readonly string[];
  /** The "Reference(s):" trailer: original headline and site. */
  readonly reference: { readonly title: string; readonly site: string } | null;
}

function readSeed(file: string): Seed {
  const lines = readFileSync(join(SEEDS, file), "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const headline = lines[0]!.startsWith(UNTITLED_SEED_START) ? null : lines[0]!;
  const at = lines.indexOf("Reference(s):");
  const body = lines.slice(headline === null ? 0 : 1, at >= 0 ? at : undefined);
  const reference = at >= 0 ? { title: lines[at + 1]!, site: lines[at + 2]! } : null;
  return { file, headline, body, reference };
}

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map(readSeed);
const corpus = loadCorpus(CORPUS);

/** The article converted from a seed: the one whose first paragraph is the seed's first body line. */
function articleOf(seed: Seed): ParsedDocument {
  const doc = corpus.documents.find((d) => d.passages[0]!.text === seed.body[0]);
  if (!doc) throw new Error(`no article in corpus/ starts with the first paragraph of seed ${seed.file}`);
  return doc;
}

describe("the bundled corpus", () => {
  it("holds the five seed articles as valid .md files, one per seed", () => {
    expect(seeds).toHaveLength(5);
    expect(corpus.errors.map((e) => e.message)).toEqual([]);
    expect(corpus.documents).toHaveLength(5);
    expect(corpus.documents.every((d) => d.meta.file.endsWith(".md"))).toBe(true);
    expect(new Set(seeds.map((s) => articleOf(s).meta.docId)).size).toBe(5);
  });

  it("keeps every line of each seed's text, verbatim, as a paragraph or a section heading", () => {
    for (const seed of seeds) {
      const doc = articleOf(seed);
      const sections = new Set(doc.passages.map((p) => p.section));
      const missing = seed.body.filter((line) => !sections.has(line) && !doc.passages.some((p) => p.text.split("\n").includes(line)));
      expect(missing, `${seed.file} → ${doc.meta.file}`).toEqual([]);
    }
  });

  it('takes titles from the headlines without the scraping artefact "video poster"', () => {
    for (const seed of seeds.filter((s) => s.headline !== null)) {
      const doc = articleOf(seed);
      expect(doc.meta.title).toBe(seed.headline!.replace(/\s*video poster$/, ""));
      expect(doc.meta).not.toHaveProperty("editorialTitle");
    }
    for (const doc of corpus.documents) {
      expect(doc.meta.title).not.toMatch(/video poster/i);
      expect(doc.passages.filter((p) => /video poster/i.test(p.text))).toEqual([]);
    }
  });

  it("gives the article without a headline a plain title marked as editorial, and no source", () => {
    const [untitled] = seeds.filter((s) => s.headline === null);
    const doc = articleOf(untitled!);
    expect(doc.passages[0]!.text.startsWith(UNTITLED_SEED_START)).toBe(true);
    expect(doc.meta.editorialTitle).toBe(true);
    expect(doc.meta.title.length).toBeGreaterThan(0);
    expect(untitled!.body).not.toContain(doc.meta.title);
    expect(doc.meta).not.toHaveProperty("source");
    expect(doc.meta).not.toHaveProperty("sourceTitle");
    expect(corpus.documents.filter((d) => d.meta.editorialTitle).map((d) => d.meta.docId)).toEqual([doc.meta.docId]);
  });

  it("takes source and source_title from the Reference(s) trailer, which is metadata and not a paragraph", () => {
    const withTrailer = seeds.filter((s) => s.reference !== null);
    expect(withTrailer).toHaveLength(4);
    for (const seed of withTrailer) {
      const doc = articleOf(seed);
      expect(doc.meta.sourceTitle).toBe(seed.reference!.title);
      expect(doc.meta.source).toContain(seed.reference!.site);
      const trailer = doc.passages.filter((p) => p.text.includes("Reference(s)") || p.text.includes(seed.reference!.title) || p.text.includes(seed.reference!.site));
      expect(trailer).toEqual([]);
    }
  });

  it("invents no URL", () => {
    for (const seed of seeds) {
      const doc = articleOf(seed);
      const seedText = readFileSync(join(SEEDS, seed.file), "utf8");
      if (doc.meta.url !== undefined) expect(seedText).toContain(doc.meta.url);
    }
    expect(corpus.documents.filter((d) => d.meta.url !== undefined)).toEqual([]);
  });

  it("gives a publication or event date only where the article's text states it", () => {
    for (const doc of corpus.documents) {
      const text = doc.passages.map((p) => p.text).join("\n");
      for (const date of [doc.meta.published, doc.meta.eventDate]) {
        if (date === undefined) continue;
        const [y, m, d] = date.split("-").map(Number);
        expect(text, `${doc.meta.file}: ${date}`).toContain(`${y}年${m}月${d}日`);
      }
    }
  });
});

describe("the committed index (embeddings/)", () => {
  it("was built from corpus/ as it is now: no file changed, added or removed since the last `summit-bot ingest`", () => {
    const manifest = readManifest(INDEX);
    expect(corpusDirOf(INDEX, manifest)).toBe(join(PROJECT_ROOT, "corpus"));
    expect(corpusChanges(CORPUS, manifest)).toEqual({ changed: [], added: [], removed: [] });
  });

  it("opens with the default configuration (fresh, and built by the default embedder) and answers from the articles", async () => {
    const engine = await openEngine(testConfig());
    try {
      expect(engine.documents().map((d) => d.docId)).toEqual(corpus.documents.map((d) => d.meta.docId));
      const answer = await engine.ask("西安で植えたザクロの木は何を象徴していますか？");
      expect(answer.answerable).toBe(true);
      expect(answer.results[0]!.text).toContain("ザクロ");
    } finally {
      await engine.close();
    }
  });
});
