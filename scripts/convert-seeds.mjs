#!/usr/bin/env node
// One-off conversion of the five seed articles (../shared/seeds, one paragraph per line) into
// the corpus format. Kept so the conversion can be reviewed and re-run; the corpus files are
// the source of truth afterwards.
//   node scripts/convert-seeds.mjs [SEEDS_DIR] [OUT_DIR]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const seeds = process.argv[2] ?? "../shared/seeds";
const out = process.argv[3] ?? "corpus";

// Seed file → doc id, plus metadata the text itself states (dates only where written).
const plan = [
  { file: "000_ff0b421c79f1064a.txt", id: "xi-tokayev-astana-2025" },
  { file: "001_3df02a6eb0705662.txt", id: "china-central-asia-spirit" },
  {
    file: "002_006229f725d2ab95.txt",
    id: "xi-tokayev-talks-2024-07",
    // This seed has no headline; the title below is ours and is marked as such.
    title: "習近平国家主席とトカエフ大統領がアスタナで会談(2024年7月3日)",
    editorial: true,
    eventDate: "2024-07-03",
  },
  { file: "003_17a9cfc1479b7aa8.txt", id: "kazakh-voices-silk-road", eventDate: "2025-06-17" },
  { file: "004_abbb3800eb002eea.txt", id: "china-central-asia-mechanism" },
];

const isListItem = (l) => l.startsWith("- ");
// The seeds' convention: a short line without a final 「。」 is a heading — except a line ending
// in 「、」 or a colon, which leads into the list after it.
const isHeading = (l) => !isListItem(l) && l.length <= 50 && !/[。、:：]$/.test(l);
const yaml = (s) => JSON.stringify(s);

mkdirSync(out, { recursive: true });
for (const p of plan) {
  const lines = readFileSync(join(seeds, p.file), "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim());
  const refAt = lines.indexOf("Reference(s):");
  const trailer = refAt >= 0 ? lines.slice(refAt + 1).filter(Boolean) : [];
  let body = (refAt >= 0 ? lines.slice(0, refAt) : lines).filter(Boolean);
  let title = p.title;
  if (!p.editorial) {
    title = body[0].replace(/\s*video poster\s*$/i, "").trim();
    body = body.slice(1);
  }
  const front = [`title: ${yaml(title)}`];
  if (p.editorial) front.push("title_editorial: true");
  const sourceTitle = trailer.find((l) => !/^[\w.-]+\.(com|org|net|cn)$/i.test(l));
  const source = trailer.find((l) => /^[\w.-]+\.(com|org|net|cn)$/i.test(l));
  if (source) front.push(`source: ${yaml(source.toLowerCase() === "cgtn.com" ? "CGTN (cgtn.com)" : source)}`);
  if (sourceTitle) front.push(`source_title: ${yaml(sourceTitle)}`);
  if (p.eventDate) front.push(`event_date: ${p.eventDate}`);
  front.push("lang: ja");

  const blocks = [];
  for (const line of body) {
    const last = blocks.at(-1);
    if (isListItem(line)) {
      // A list stays with the paragraph that introduces it (or with the list it continues).
      if (last && last.kind !== "heading") last.lines.push(line);
      else blocks.push({ kind: "para", lines: [line] });
    } else if (isHeading(line)) {
      blocks.push({ kind: "heading", lines: [`# ${line}`] });
    } else if (last && last.kind === "para" && isListItem(last.lines.at(-1)) && /、$/.test(last.lines[0])) {
      // "将来的には、<list>といった形で…": the sentence that the list interrupts goes on here.
      last.lines.push(line);
    } else {
      blocks.push({ kind: "para", lines: [line] });
    }
  }
  const text = `---\n${front.join("\n")}\n---\n\n${blocks.map((b) => b.lines.join("\n")).join("\n\n")}\n`;
  writeFileSync(join(out, `${p.id}.md`), text);
  console.log(`${p.file} → ${out}/${p.id}.md (${blocks.filter((b) => b.kind === "para").length} paragraphs)`);
}
