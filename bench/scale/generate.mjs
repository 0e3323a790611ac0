// The synthetic archive of bench/scale: the JSQuAD valid articles replicated with light mutation,
// deterministically (same size → byte-identical corpus on every machine and run).
//   node bench/scale/generate.mjs OUT_DIR SIZE [--source DIR]     SIZE: 1k, 10k, 100k or a number
// Replica 0 is the JSQuAD corpus itself (so 1k is exactly the evaluation corpus); replica r > 0
// renames each article `<id>-r<r>`, marks its title, and per paragraph rotates the sentences (half
// of the time), replaces ~3% of the Japanese characters by characters drawn from the corpus's own
// character distribution (new bigrams appear, as in a real archive) and changes some digits.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, renameSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../../test/helpers/random.mjs";

export const GENERATOR_VERSION = 1;

/** Paragraph count of a size label: 1k, 10k, 100k, 2.5k or a plain number. */
export function parseSize(label) {
  const m = /^(\d+(?:\.\d+)?)(k?)$/i.exec(String(label).trim());
  if (!m)
    throw new Error(`size: expected a paragraph count like 1k, 10k, 100k or 2500, received ${JSON.stringify(label)}`);
  return Math.round(Number(m[1]) * (m[2] ? 1000 : 1));
}

function hashString(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Reads the source articles: front matter lines, title, and paragraph blocks. */
function readSource(sourceDir) {
  return readdirSync(sourceDir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(sourceDir, file), "utf8");
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${file}: expected front matter between --- lines`);
      const front = m[1].split("\n");
      const blocks = m[2]
        .split(/\n\s*\n/)
        .map((b) => b.trim())
        .filter(Boolean);
      return { id: file.replace(/\.md$/, ""), front, blocks };
    });
}

function mutateParagraph(text, rand, alphabet) {
  let sentences = text.split(/(?<=。)/).filter(Boolean);
  if (sentences.length > 1 && rand() < 0.5) {
    const k = 1 + Math.floor(rand() * (sentences.length - 1));
    sentences = [...sentences.slice(k), ...sentences.slice(0, k)];
  }
  let out = "";
  for (const c of sentences.join("")) {
    if (JAPANESE.test(c) && rand() < 0.03) out += alphabet[Math.floor(rand() * alphabet.length)];
    else if (c >= "0" && c <= "9" && rand() < 0.3) out += String(Math.floor(rand() * 10));
    else out += c;
  }
  return out;
}

/**
 * Writes the corpus for `paragraphs` (rounded to whole replicas of the source) into `outDir`
 * and returns { documents, paragraphs }. Reuses a complete earlier generation of the same version.
 */
export function generateCorpus(sourceDir, outDir, paragraphs) {
  const marker = join(outDir, ".complete.json");
  if (existsSync(marker)) {
    const done = JSON.parse(readFileSync(marker, "utf8"));
    if (done.version === GENERATOR_VERSION && done.requested === paragraphs) return done;
  }
  const source = readSource(sourceDir);
  const perReplica = source.reduce((n, d) => n + d.blocks.length, 0);
  const replicas = Math.max(1, Math.round(paragraphs / perReplica));
  // Characters drawn in proportion to their frequency in the source (an array with repeats).
  const alphabet = [];
  for (const d of source) for (const b of d.blocks) for (const c of b) if (JAPANESE.test(c)) alphabet.push(c);

  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  let documents = 0;
  for (let r = 0; r < replicas; r++) {
    for (const d of source) {
      const id = r === 0 ? d.id : `${d.id}-r${r}`;
      const rand = seededRandom(hashString(id));
      const front = d.front.map((line) => (r > 0 && /^title:/.test(line) ? line.replace(/"\s*$/, `（${r}）"`) : line));
      const blocks = r === 0 ? d.blocks : d.blocks.map((b) => mutateParagraph(b, rand, alphabet));
      writeFileSync(join(tmp, `${id}.md`), `---\n${front.join("\n")}\n---\n${blocks.join("\n\n")}\n`);
      documents++;
    }
  }
  const done = { version: GENERATOR_VERSION, requested: paragraphs, documents, paragraphs: replicas * perReplica };
  writeFileSync(join(tmp, ".complete.json"), JSON.stringify(done) + "\n");
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
  return done;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--source");
  const sourceDir =
    at >= 0 ? args.splice(at, 2)[1] : new URL("../../../shared/eval/jsquad-valid/corpus", import.meta.url).pathname;
  const [outDir, size] = args;
  if (!outDir || !size) {
    console.error("usage: node bench/scale/generate.mjs OUT_DIR SIZE [--source JSQUAD_CORPUS_DIR]");
    process.exit(2);
  }
  console.log(JSON.stringify(generateCorpus(sourceDir, outDir, parseSize(size))));
}
