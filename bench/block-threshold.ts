/**
 * Chooses the furniture score's threshold (src/sources/block-score.ts) leaving each fixture set
 * out in turn, and reports the set left out. Every HTML page of every set under
 * test/fixtures/web/ is fetched from the fixture site on 127.0.0.1 and extracted twice: as `add`
 * does (the class-word, link and label rules on) and with those rules off, so that each set has
 * furniture for the score to find, not only what the rules left. For each threshold, each page's
 * paragraph precision and recall are recomputed from the blocks' scores.
 *
 * The choice, on the training sets: no page may lose a body paragraph it has without the score
 * (recall kept, in both extractions), even at one unit below the threshold (a margin: a lost body
 * paragraph is worse than a kept disclaimer); of those thresholds, the best mean precision over
 * both extractions' pages; of equal ones, the highest (it drops least).
 *
 *   npx tsx bench/block-threshold.ts [--dump] [--exclude SET]…
 *   (--dump prints every block's score and features; --exclude leaves a set out of everything,
 *   e.g. a blind set that must not take part in any choice)
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { collapseSpace, paragraphTexts, type ArticleBlock } from "../src/sources/article.js";
import type { BlockFeatures } from "../src/sources/block-features.js";
import { BOILERPLATE_THRESHOLD, blockScore } from "../src/sources/block-score.js";
import { decodeBytes } from "../src/sources/charset.js";
import { Fetcher } from "../src/sources/fetcher.js";
import { extractHtml } from "../src/sources/html-extract.js";
import { fixtureSets, startFixtureSite, FIXTURE_FETCH_SETTINGS, WEB_FIXTURES } from "../test/fixtures/web/server.js";
import { expectedParagraphs } from "../test/helpers/extraction-quality.js";
import { table } from "./table.mjs";

const { values } = parseArgs({
  options: { dump: { type: "boolean", default: false }, exclude: { type: "string", multiple: true, default: [] } },
});
const fetchSettings = FIXTURE_FETCH_SETTINGS;
const THRESHOLDS = [1, 2, 3, 4, 5, 6, 7, 8, Infinity];

interface Page {
  readonly set: string;
  readonly name: string;
  readonly rules: boolean;
  readonly expected: readonly string[];
  /** Each paragraph's text (as quality() compares it), score, and whether it is a body paragraph. */
  readonly paragraphs: readonly { text: string; score: number; body: boolean; features: BlockFeatures }[];
}

// As the tests and bench/sources.ts compare (collapseSpace keeps the ideographic space, U+3000).
const norm = (p: string) =>
  p
    .split("\n")
    .map((l) => collapseSpace(l))
    .filter(Boolean)
    .join("\n");

async function pagesOf(set: string): Promise<Page[]> {
  const site = await startFixtureSite(set);
  const fetcher = new Fetcher(fetchSettings);
  const out: Page[] = [];
  try {
    for (const file of readdirSync(join(WEB_FIXTURES, set, "expected")).sort()) {
      const name = file.replace(/\.txt$/, "");
      if (!readdirSync(join(WEB_FIXTURES, set, "pages")).includes(`${name}.html`)) continue;
      const expected = expectedParagraphs(join(WEB_FIXTURES, set, "expected", file));
      const want = new Set(expected);
      const res = await fetcher.get(`${site.base}/pages/${name}.html`);
      const { text } = decodeBytes(name, res.body, res.headers["content-type"]);
      for (const rules of [true, false]) {
        let seen: { blocks: readonly ArticleBlock[]; features: readonly BlockFeatures[] } | undefined;
        extractHtml(text, res.finalUrl, name, {
          furnitureRules: rules,
          boilerplateThreshold: Infinity,
          onFeatures: (blocks, features) => (seen = { blocks, features }),
        });
        const paragraphs = seen!.blocks.flatMap((b, i) => {
          if (b.kind !== "paragraph") return [];
          const t = norm(paragraphTexts({ title: "", blocks: [b] })[0] ?? "");
          return t
            ? [{ text: t, score: blockScore(seen!.features[i]!), body: want.has(t), features: seen!.features[i]! }]
            : [];
        });
        out.push({ set, name, rules, expected, paragraphs });
      }
    }
  } finally {
    await site.close();
  }
  return out;
}

function qualityAt(page: Page, threshold: number) {
  const kept = page.paragraphs.filter((p) => p.score < threshold);
  const found = new Set(kept.filter((p) => p.body).map((p) => p.text));
  return {
    precision: kept.length ? kept.filter((p) => p.body).length / kept.length : 0,
    recall: page.expected.length ? page.expected.filter((e) => found.has(e)).length / page.expected.length : 1,
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function choose(training: readonly Page[]): number {
  let best = { t: Infinity, precision: -1 };
  for (const t of THRESHOLDS) {
    const keepsRecall = training.every((p) => qualityAt(p, t - 1).recall >= qualityAt(p, Infinity).recall);
    if (!keepsRecall) continue;
    const precision = mean(training.map((p) => qualityAt(p, t).precision));
    if (precision > best.precision + 1e-9 || (Math.abs(precision - best.precision) < 1e-9 && t > best.t))
      best = { t, precision };
  }
  return best.t;
}

const pages: Page[] = [];
for (const set of fixtureSets().filter((s) => !values.exclude!.includes(s))) pages.push(...(await pagesOf(set)));
const sets = [...new Set(pages.map((p) => p.set))];

if (values.dump)
  for (const p of pages)
    for (const q of p.paragraphs)
      console.log(
        `${p.rules ? "add  " : "bare "}${p.set}/${p.name} ${q.body ? "BODY" : "FURN"} ${q.score} ${Object.entries(
          q.features,
        )
          .filter(([, v]) => v)
          .map(([k]) => k)
          .join(",")} | ${q.text.slice(0, 70)}`,
      );

const summary = (ps: readonly Page[], t: number) => {
  const q = ps.map((p) => qualityAt(p, t));
  return `${mean(q.map((x) => x.precision)).toFixed(3)} / ${mean(q.map((x) => x.recall)).toFixed(3)} (${q.filter((x) => x.precision >= 0.95 && x.recall >= 0.95).length} of ${q.length} pages ≥ 0.95)`;
};

const rows = sets.map((left) => {
  const t = choose(pages.filter((p) => p.set !== left));
  const shipped = pages.filter((p) => p.set === left && p.rules);
  const bare = pages.filter((p) => p.set === left && !p.rules);
  return [left, String(t), summary(shipped, Infinity), summary(shipped, t), summary(bare, Infinity), summary(bare, t)];
});
table(
  "Furniture score threshold, each set left out in turn (chosen on the other sets; precision / recall mean)",
  [
    "left out",
    "threshold chosen",
    "as `add`, no score",
    "as `add`, with score",
    "rules off, no score",
    "rules off, with score",
  ],
  rows,
);
console.log(`\nchosen on every set: ${choose(pages)}; shipped (block-score.ts): ${BOILERPLATE_THRESHOLD}`);
