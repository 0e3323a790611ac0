import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
const GENERATE = fileURLToPath(new URL("../../bench/scale/generate.mjs", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../fixtures/scale-mixed", import.meta.url));
const JA = join(FIXTURE, "ja"); // 2 articles, 4 paragraphs
const EN = join(FIXTURE, "en"); // 2 articles, 3 paragraphs

/** Runs generate.mjs as bench/scale/run.mjs's users do; returns its summary line. */
function generate(outDir: string, size: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [GENERATE, outDir, size, "--source", JA, ...flags], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`generate.mjs failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim()) as Record<string, unknown>;
}

/** Every generated article: file name, language and paragraphs (blocks after the front matter). */
function readCorpus(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      return {
        file,
        text,
        lang: /^lang: (\w+)$/m.exec(front)?.[1],
        paragraphs: body.split(/\n\s*\n/).filter((b) => b.trim()),
      };
    });
}

describe("bench/scale/generate.mjs --mixed", () => {
  it("makes half of the paragraphs English, from the English source, with unique article ids", () => {
    const out = join(tmp(), "mixed");
    const summary = generate(out, "24", "--mixed", "--english", EN);
    expect(summary).toMatchObject({ mixed: true, paragraphs: 24, japanese: 12, english: 12, documents: 14 });
    const docs = readCorpus(out);
    const count = (lang: string) => docs.filter((d) => d.lang === lang).reduce((n, d) => n + d.paragraphs.length, 0);
    expect(count("en")).toBe(12);
    expect(count("ja")).toBe(12);
    expect(docs).toHaveLength(14);
    const ids = docs.map((d) => d.file.replace(/\.md$/, ""));
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
    // Replica 0 is the source itself, so the evaluation's gold ids still name it.
    expect(readFileSync(join(out, "Astana.md"), "utf8")).toBe(readFileSync(join(EN, "Astana.md"), "utf8"));
    expect(ids).toContain("Astana-r3");
  });

  it("mutates English replicas lightly: changed, yet mostly the same words, and titled by replica", () => {
    const out = join(tmp(), "mixed");
    generate(out, "24", "--mixed", "--english", EN);
    const original = readCorpus(EN).find((d) => d.file === "Astana.md")!;
    for (const r of [1, 2, 3]) {
      const replica = readCorpus(out).find((d) => d.file === `Astana-r${r}.md`)!;
      expect(replica.text).toMatch(new RegExp(`^title: "Astana \\(test fixture\\) \\(${r}\\)"$`, "m"));
      expect(replica.paragraphs).toHaveLength(original.paragraphs.length);
      const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]+/g));
      const before = words(original.paragraphs.join(" "));
      const after = words(replica.paragraphs.join(" "));
      const kept = [...before].filter((w) => after.has(w)).length / before.size;
      expect(kept).toBeGreaterThan(0.8);
    }
    const bodies = [0, 1, 2, 3].map(
      (r) => readCorpus(out).find((d) => d.file === (r ? `Astana-r${r}.md` : "Astana.md"))!.paragraphs,
    );
    expect(new Set(bodies.map((b) => b.join("\n"))).size).toBe(4);
  });

  it("is deterministic: the same size and sources give byte-identical corpora", () => {
    const a = join(tmp(), "a");
    const b = join(tmp(), "b");
    generate(a, "24", "--mixed", "--english", EN);
    generate(b, "24", "--mixed", "--english", EN);
    const files = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f), "utf8")).toBe(readFileSync(join(a, f), "utf8"));
  });

  it("leaves the Japanese-only mode as it was: its corpus is the Japanese part of the mixed one of twice the size", () => {
    const mixed = join(tmp(), "mixed");
    const japanese = join(tmp(), "ja");
    generate(mixed, "24", "--mixed", "--english", EN);
    const summary = generate(japanese, "12");
    expect(summary).toEqual({ version: 1, requested: 12, documents: 6, paragraphs: 12 });
    for (const d of readCorpus(japanese)) expect(readFileSync(join(mixed, d.file), "utf8")).toBe(d.text);
  });
});
