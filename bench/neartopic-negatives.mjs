#!/usr/bin/env node
// Generates near-topic negatives from JSQuAD deterministically: two corpora, each with every
// other paragraph of every article removed (variant "odd" drops paragraphs 1, 3, 5…, variant
// "even" drops 2, 4, 6…). The rest of each article stays, so the question's names and topic words
// still match; a question whose gold paragraph was removed is a near-topic negative (the right
// outcome is not to answer), one whose gold paragraph stayed is answerable (gold_text = the
// paragraph). Nothing is written into the repository.
//
//   node bench/neartopic-negatives.mjs CORPUS_DIR QA.jsonl OUT_DIR
//   → OUT_DIR/{odd,even}/corpus/*.md, OUT_DIR/{odd,even}/negatives.jsonl, OUT_DIR/{odd,even}/positives.jsonl
//
// Caveat: JSQuAD sometimes states the same fact in two paragraphs, so a few "negatives" are
// answerable from the paragraph that stayed; the refusal rate is a lower bound.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function generate(corpusDir, qaPath, outDir) {
  const paragraphs = new Map(); // "doc#n" -> text
  const articles = [];
  for (const file of readdirSync(corpusDir)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const raw = readFileSync(join(corpusDir, file), "utf8");
    const m = /^---\n[\s\S]*?\n---\n/.exec(raw);
    if (!m) throw new Error(`${file}: expected front matter between --- lines`);
    const docId = file.slice(0, -3);
    // Paragraph n is the n-th blank-line-separated block with text once heading lines are out.
    const blocks = raw
      .slice(m[0].length)
      .split(/\n\s*\n/)
      .map((b) =>
        b
          .split("\n")
          .filter((l) => !/^#{1,6}\s/.test(l))
          .join("\n")
          .trim(),
      )
      .filter(Boolean);
    blocks.forEach((b, i) => paragraphs.set(`${docId}#${i + 1}`, b));
    articles.push({ file, front: m[0], blocks });
  }
  const qa = readFileSync(qaPath, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const counts = {};
  for (const [variant, dropped] of [
    ["odd", 1],
    ["even", 0],
  ]) {
    const dir = join(outDir, variant);
    mkdirSync(join(dir, "corpus"), { recursive: true });
    for (const a of articles) {
      const kept = a.blocks.filter((_, i) => (i + 1) % 2 !== dropped);
      if (kept.length) writeFileSync(join(dir, "corpus", a.file), `${a.front}\n${kept.join("\n\n")}\n`);
    }
    const negatives = [];
    const positives = [];
    for (const q of qa) {
      const gold = q.gold_ids ?? [];
      const removed = gold.every((id) => Number(id.split("#")[1]) % 2 === dropped);
      if (removed) negatives.push({ id: q.id, question: q.question, lang: q.lang, answerable: false });
      else
        positives.push({
          id: q.id,
          question: q.question,
          lang: q.lang,
          gold_text: gold.filter((id) => Number(id.split("#")[1]) % 2 !== dropped).map((id) => paragraphs.get(id)),
        });
    }
    writeFileSync(join(dir, "negatives.jsonl"), negatives.map((q) => JSON.stringify(q)).join("\n") + "\n");
    writeFileSync(join(dir, "positives.jsonl"), positives.map((q) => JSON.stringify(q)).join("\n") + "\n");
    counts[variant] = { negatives: negatives.length, positives: positives.length };
  }
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [corpusDir, qaPath, outDir] = process.argv.slice(2);
  if (!corpusDir || !qaPath || !outDir) {
    console.error("usage: node bench/neartopic-negatives.mjs CORPUS_DIR QA.jsonl OUT_DIR");
    process.exit(2);
  }
  console.log(JSON.stringify(generate(corpusDir, qaPath, outDir)));
}
