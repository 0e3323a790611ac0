/**
 * Changed pages re-added (issue #21 part 4), the way a moderator meets them: each UTF-8 fixture
 * page is served by the fixture site on 127.0.0.1 and added with `summit-bot add`; the page then
 * changes (a paragraph inserted at the top, one edited, one deleted, or the three together) and
 * is added again. For the base build and this one, in the same run: the share of unchanged
 * paragraphs whose id still cites them, of edited paragraphs whose id cites the edited text, and
 * of old ids that now cite another paragraph's text. (bench/revisions.mjs measures hand edits
 * over larger sets.)
 *
 *   npm run build && npx tsx bench/revisions-add.ts --base DIR     (DIR: a built checkout of main)
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readManifest, readStoredPassages } from "../src/index/storage/store.js";
import { startFixtureSite, WEB_FIXTURES } from "../test/fixtures/web/server.js";
import { ENGINE_CORPUS } from "../test/helpers/fixtures.js";
import { table } from "./table.mjs";

const { values } = parseArgs({ options: { base: { type: "string" } } });
const root = resolve(import.meta.dirname, "..");
if (!values.base || !existsSync(join(values.base, "dist/cli/main.js"))) {
  console.error("bench/revisions-add: expected --base DIR, a built checkout of the branch to compare with");
  process.exit(2);
}
const builds = { base: join(resolve(values.base), "bin/summit-bot.js"), this: join(root, "bin/summit-bot.js") };
type Build = keyof typeof builds;
const env = {
  ...process.env,
  SUMMIT_EMBEDDER: "hash",
  SUMMIT_FETCH_ALLOW_PRIVATE: "true",
  SUMMIT_FETCH_HOST_INTERVAL_MS: "0",
};
// Asynchronous: the fixture site runs in this process and must answer while the CLI fetches.
const run = promisify(execFile);
const cli = async (build: Build, args: string[]) =>
  (await run(process.execPath, [builds[build], ...args], { encoding: "utf8", env })).stdout;
const work = mkdtempSync(join(tmpdir(), "summit-revisions-add-"));

/** The UTF-8 pages (Shift_JIS and EUC-JP pages are served re-encoded by name; a revised copy would not be). */
const PAGES: Array<[set: "dev" | "heldout", name: string]> = [
  ["dev", "en-news"],
  ["dev", "ja-news"],
  ["dev", "amp"],
  ["heldout", "blog"],
  ["heldout", "gov-press"],
  ["heldout", "ja-portal"],
];
const NOTE = { ja: "（訂正あり）", en: " (corrected)" };
const INSERTED = {
  ja: "【追記】この記事は公開後に更新され、冒頭にこの段落が加えられた。",
  en: "Update: this article was revised after publication, and this paragraph was added at the top.",
};

const textOf = (block: string) =>
  block
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

/** The `<p>` blocks of a page whose text is exactly one expected body paragraph, in page order. */
function bodyBlocks(html: string, expected: readonly string[]): Array<{ start: number; end: number }> {
  const wanted = new Set(expected.map((t) => t.replace(/\s+/g, " ").trim()));
  const out: Array<{ start: number; end: number }> = [];
  for (const m of html.matchAll(/<p(?:\s[^>]*)?>[^]*?<\/p>/g)) {
    if (wanted.has(textOf(m[0]))) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

type Scenario = "insert at top" | "edit one" | "delete one" | "insert + edit + delete";
const SCENARIOS: Scenario[] = ["insert at top", "edit one", "delete one", "insert + edit + delete"];

/** The page revised: edits applied from the end backwards so that offsets stay right. */
function revise(html: string, blocks: Array<{ start: number; end: number }>, scenario: Scenario, lang: "ja" | "en") {
  const edits: Array<{ at: number; remove: number; insert: string }> = [];
  const edit = blocks[Math.min(2, blocks.length - 1)]!;
  const gone = blocks[Math.min(1, blocks.length - 1)]!;
  if (scenario.includes("insert"))
    edits.push({ at: blocks[0]!.start, remove: 0, insert: `<p>${INSERTED[lang]}</p>\n` });
  if (scenario.includes("edit")) edits.push({ at: edit.end - "</p>".length, remove: 0, insert: NOTE[lang] });
  if (scenario.includes("delete")) edits.push({ at: gone.start, remove: gone.end - gone.start, insert: "" });
  edits.sort((a, b) => b.at - a.at);
  let out = html;
  for (const e of edits) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}

const site = await startFixtureSite("dev");
const rows: string[][] = [];
const totals = Object.fromEntries(SCENARIOS.map((s) => [s, { base: zero(), this: zero() }]));
function zero() {
  return { unchanged: 0, kept: 0, edited: 0, editedKept: 0, ids: 0, wrong: 0 };
}
try {
  for (const scenario of SCENARIOS) {
    for (const [set, name] of PAGES) {
      const html = readFileSync(join(WEB_FIXTURES, set, "pages", `${name}.html`), "utf8");
      const expected = readFileSync(join(WEB_FIXTURES, set, "expected", `${name}.txt`), "utf8")
        .split(/\n\s*\n/)
        .map((t) => t.trim())
        .filter(Boolean);
      const lang = /<html[^>]*lang="ja/.test(html) ? "ja" : "en";
      const blocks = bodyBlocks(html, expected);
      if (blocks.length < 3)
        throw new Error(`${name}: expected at least 3 plain body paragraphs, found ${blocks.length}`);
      const page = `revised-${set}-${name}-${SCENARIOS.indexOf(scenario)}.html`;
      for (const build of Object.keys(builds) as Build[]) {
        const dir = join(work, `${build}-${page}`);
        const corpus = join(dir, "corpus");
        const index = join(dir, "index");
        cpSync(ENGINE_CORPUS, corpus, { recursive: true });
        await cli(build, ["ingest", "--corpus", corpus, "--index", index]);
        const fixtureDocs = new Set(readStoredPassages(index, readManifest(index))!.map((p) => p.docId));
        site.setPage(page, html);
        await cli(build, ["add", `${site.base}/pages/${page}`, "--corpus", corpus, "--index", index]);
        const before = new Map(readStoredPassages(index, readManifest(index))!.map((p) => [p.id, p] as const));
        site.setPage(page, revise(html, blocks, scenario, lang));
        await cli(build, ["add", `${site.base}/pages/${page}`, "--corpus", corpus, "--index", index]);
        const after = readStoredPassages(index, readManifest(index))!;
        const now = new Map(after.map((p) => [p.id, p.text] as const));
        const texts = new Set(after.map((p) => p.text));
        const t = totals[scenario]![build];
        for (const [id, p] of before) {
          // Only the added article's paragraphs: the fixture corpus's are untouched.
          if (fixtureDocs.has(p.docId)) continue;
          t.ids++;
          const cites = now.get(id);
          const editedText = [...texts].find((x) => x !== p.text && x.replace(NOTE[lang], "").trim() === p.text.trim());
          if (texts.has(p.text)) {
            t.unchanged++;
            if (cites === p.text) t.kept++;
          } else if (editedText) {
            t.edited++;
            if (cites === editedText) t.editedKept++;
          }
          if (cites !== undefined && cites !== p.text && cites !== editedText) t.wrong++;
        }
      }
    }
    const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "–");
    const { base, this: mine } = totals[scenario]!;
    rows.push([
      scenario,
      String(PAGES.length),
      `${pct(base.kept, base.unchanged)} → **${pct(mine.kept, mine.unchanged)}**`,
      `${pct(base.editedKept, base.edited)} → **${pct(mine.editedKept, mine.edited)}**`,
      `${pct(base.wrong, base.ids)} → **${pct(mine.wrong, mine.ids)}**`,
    ]);
    console.error(`add: ${scenario} done`);
  }
} finally {
  await site.close();
  rmSync(work, { recursive: true, force: true });
}
table(
  "Pages re-added after they changed (base → this build)",
  [
    "edit",
    "pages",
    "unchanged paragraphs keeping their id",
    "edited paragraphs keeping their id",
    "old ids citing another paragraph's text",
  ],
  rows,
);
