// The synthetic archive of bench/scale: the JSQuAD valid articles replicated with light mutation,
// deterministically (same size → byte-identical corpus on every machine and run).
//   node bench/scale/generate.mjs OUT_DIR SIZE [--source DIR] [--mixed [--english DIR]]     SIZE: 1k, 10k, 100k or a number
// Replica 0 is the JSQuAD corpus itself (so 1k is exactly the evaluation corpus); replica r > 0
// renames each article `<id>-r<r>`, marks its title, and per paragraph rotates the sentences (half
// of the time), replaces ~3% of the Japanese characters by characters drawn from the corpus's own
// character distribution (new bigrams appear, as in a real archive) and changes some digits.
// --mixed: a mixed-language archive, half of the paragraphs from JSQuAD as above and half from
// English articles (default: the XQuAD dev corpus, `lang: en`), each part at least one whole
// replica (so small sizes are not exactly half: 1k mixed = 1,145 Japanese + 480 English). An
// English replica r > 0 renames the article `<id>-r<r>`, appends ` (r)` to its title, and per
// paragraph rotates the sentences (half of the time), replaces ~3% of the words by words drawn
// from the English corpus's own word distribution, swaps ~2% of neighbouring words, drops ~1%
// of the bare words and changes some digits. The Japanese-only output is unchanged by --mixed's
// existence (same files, same .complete.json).
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

export function hashString(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Reads the source articles: front matter lines, title, and paragraph blocks. */
export function readSource(sourceDir) {
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

const ENGLISH_TOKEN = /^([^A-Za-z]*)([A-Za-z][A-Za-z'’-]*)(.*)$/s;

/** The light mutation of an English paragraph (see the header): words, not characters, change. */
export function mutateEnglishParagraph(text, rand, vocabulary) {
  let sentences = text.split(/(?<=[.!?])\s+(?=[A-Z"“(])/).filter(Boolean);
  if (sentences.length > 1 && rand() < 0.5) {
    const k = 1 + Math.floor(rand() * (sentences.length - 1));
    sentences = [...sentences.slice(k), ...sentences.slice(0, k)];
  }
  const tokens = sentences.join(" ").split(/\s+/).filter(Boolean);
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = ENGLISH_TOKEN.exec(tokens[i]);
    const roll = rand();
    if (!m) out.push(tokens[i]);
    else if (roll < 0.03 && vocabulary.length) {
      const word = vocabulary[Math.floor(rand() * vocabulary.length)];
      // Keep the capital of a sentence start or a name, so the paragraph still reads as prose.
      const cased = /^[A-Z]/.test(m[2]) ? word[0].toUpperCase() + word.slice(1) : word;
      out.push(m[1] + cased + m[3]);
    } else if (roll < 0.05 && i + 1 < tokens.length) {
      out.push(tokens[i + 1], tokens[i]);
      i++;
    } else if (roll < 0.06 && !m[1] && !m[3]) {
      // dropped: a bare word only, so no punctuation goes with it
    } else out.push(tokens[i]);
  }
  let result = "";
  for (const c of out.join(" ")) result += c >= "0" && c <= "9" && rand() < 0.3 ? String(Math.floor(rand() * 10)) : c;
  return result;
}

/** Writes `replicas` replicas of `source` into `dir`; returns the number of documents written. */
function writeReplicas(dir, source, replicas, mutate, titleMark) {
  let documents = 0;
  for (let r = 0; r < replicas; r++) {
    for (const d of source) {
      const id = r === 0 ? d.id : `${d.id}-r${r}`;
      const rand = seededRandom(hashString(id));
      const front = d.front.map((line) =>
        r > 0 && /^title:/.test(line) ? line.replace(/"\s*$/, `${titleMark(r)}"`) : line,
      );
      const blocks = r === 0 ? d.blocks : d.blocks.map((b) => mutate(b, rand));
      writeFileSync(join(dir, `${id}.md`), `---\n${front.join("\n")}\n---\n${blocks.join("\n\n")}\n`);
      documents++;
    }
  }
  return documents;
}

/**
 * Writes the corpus for `paragraphs` (rounded to whole replicas of the source) into `outDir`
 * and returns { documents, paragraphs } (mixed: also { japanese, english } paragraph counts).
 * Reuses a complete earlier generation of the same version and mode.
 * @param {{ englishDir?: string }} [options] englishDir: the mixed mode's English articles
 */
export function generateCorpus(sourceDir, outDir, paragraphs, options = {}) {
  const { englishDir } = options;
  const marker = join(outDir, ".complete.json");
  if (existsSync(marker)) {
    const done = JSON.parse(readFileSync(marker, "utf8"));
    if (
      done.version === GENERATOR_VERSION &&
      done.requested === paragraphs &&
      Boolean(done.mixed) === Boolean(englishDir)
    )
      return done;
  }
  const source = readSource(sourceDir);
  const perReplica = source.reduce((n, d) => n + d.blocks.length, 0);
  // Mixed: the Japanese part gets half of the paragraphs (the English part the other half, below).
  const replicas = Math.max(1, Math.round((englishDir ? paragraphs / 2 : paragraphs) / perReplica));
  // Characters drawn in proportion to their frequency in the source (an array with repeats).
  const alphabet = [];
  for (const d of source) for (const b of d.blocks) for (const c of b) if (JAPANESE.test(c)) alphabet.push(c);

  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  let documents = writeReplicas(
    tmp,
    source,
    replicas,
    (b, rand) => mutateParagraph(b, rand, alphabet),
    (r) => `（${r}）`,
  );
  let done = { version: GENERATOR_VERSION, requested: paragraphs, documents, paragraphs: replicas * perReplica };
  if (englishDir) {
    const english = readSource(englishDir);
    const clash = english.find((d) => source.some((j) => j.id === d.id));
    if (clash) throw new Error(`--mixed: expected distinct article ids, ${clash.id} is in both sources`);
    const perEnglish = english.reduce((n, d) => n + d.blocks.length, 0);
    const englishReplicas = Math.max(1, Math.round(paragraphs / 2 / perEnglish));
    const vocabulary = [];
    for (const d of english)
      for (const b of d.blocks) for (const w of b.match(/\b[a-z]{3,}\b/g) ?? []) vocabulary.push(w);
    documents += writeReplicas(
      tmp,
      english,
      englishReplicas,
      (b, rand) => mutateEnglishParagraph(b, rand, vocabulary),
      (r) => ` (${r})`,
    );
    const japanese = replicas * perReplica;
    const englishParagraphs = englishReplicas * perEnglish;
    done = {
      ...done,
      mixed: true,
      documents,
      paragraphs: japanese + englishParagraphs,
      japanese,
      english: englishParagraphs,
    };
  }
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
  const atEnglish = args.indexOf("--english");
  const englishArg = atEnglish >= 0 ? args.splice(atEnglish, 2)[1] : undefined;
  const atMixed = args.indexOf("--mixed");
  const mixed = atMixed >= 0 && args.splice(atMixed, 1).length > 0;
  const englishDir = mixed
    ? (englishArg ?? new URL("../../../shared/eval/xquad-en-dev/corpus", import.meta.url).pathname)
    : undefined;
  const [outDir, size] = args;
  if (!outDir || !size || (englishArg && !mixed)) {
    console.error(
      "usage: node bench/scale/generate.mjs OUT_DIR SIZE [--source JSQUAD_CORPUS_DIR] [--mixed [--english ENGLISH_CORPUS_DIR]]",
    );
    process.exit(2);
  }
  console.log(JSON.stringify(generateCorpus(sourceDir, outDir, parseSize(size), { englishDir })));
}
