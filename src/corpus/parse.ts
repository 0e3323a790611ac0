import { sha256Hex } from "../util/hash.js";
import { CorpusError } from "../errors.js";
import { extensionPattern, formatOf, str } from "./formats.js";
import type { DocumentMeta, ParsedDocument, Passage } from "./types.js";

export const LIMITS = Object.freeze({
  fileBytes: 5 * 1024 * 1024,
  paragraphChars: 20_000,
  titleChars: 300,
});

const DOC_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Decodes bytes as UTF-8, refusing binary data and invalid sequences with the offending line. */
function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length > LIMITS.fileBytes) {
    throw new CorpusError(file, undefined, `expected at most ${LIMITS.fileBytes} bytes, received ${bytes.length}`);
  }
  if (bytes.length === 0) throw new CorpusError(file, undefined, "expected an article, received an empty file (0 bytes)");
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    throw new CorpusError(file, undefined, `expected UTF-8 text, received UTF-16 (${utf16}); convert it, e.g. \`iconv -f UTF-16 -t UTF-8 ${file.replace(/^.*[\\/]/, "")} > converted.md\``);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CorpusError(file, lineAt(bytes, nul), "expected UTF-8 text, received binary data (a NUL byte)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new CorpusError(file, firstInvalidUtf8Line(bytes), "expected UTF-8 text, received bytes that are not valid UTF-8");
  }
}

/**
 * UTF-16 files (Windows editors' "Unicode") start with a byte-order mark, or, without one, have
 * a zero byte beside nearly every ASCII character; binary data has zeros with no such rhythm.
 */
function utf16Kind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "little-endian, with a byte-order mark";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "big-endian, with a byte-order mark";
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros === 0) return "little-endian";
  if (evenZeros >= pairs * 0.4 && oddZeros === 0) return "big-endian";
  return undefined;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return 1;
}

function docIdOf(file: string): string {
  const base = file.replace(/^.*[\\/]/, "").replace(extensionPattern(), "");
  if (!DOC_ID.test(base)) {
    throw new CorpusError(file, undefined, `expected a file name of letters, digits, ".", "_" or "-" (it becomes the citation id), received ${JSON.stringify(base)}`);
  }
  return base;
}

/** Parses one corpus file (already read) into metadata and citable passages. */
export function parseDocument(file: string, bytes: Uint8Array): ParsedDocument {
  const docId = docIdOf(file);
  const text = decodeText(file, bytes);
  if (text.trim() === "") throw new CorpusError(file, undefined, `expected an article, received a file of only white space (${bytes.length} bytes)`);
  const lines = text.split(/\r\n|\r|\n/);
  const { title, fields, paragraphs: raw } = formatOf(file)(file, lines);
  if (!title) throw new CorpusError(file, 1, "expected a title on the first line, received an empty line");
  if (title.length > LIMITS.titleChars) throw new CorpusError(file, 1, `expected a title of at most ${LIMITS.titleChars} characters, received ${title.length}`);
  const url = str(fields.url);
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
    throw new CorpusError(file, lineOfKey(lines, "url"), `front matter: expected url to be an http(s) address, received ${JSON.stringify(url.slice(0, 80))}`);
  }
  if (raw.length === 0) throw new CorpusError(file, undefined, "expected at least one paragraph, received none");
  for (const p of raw) {
    if (p.text.length > LIMITS.paragraphChars) {
      throw new CorpusError(file, p.line, `expected a paragraph of at most ${LIMITS.paragraphChars} characters, received ${p.text.length}`);
    }
  }
  const passages: Passage[] = raw.map((p, i) => ({
    id: `${docId}#${i + 1}`,
    docId,
    n: i + 1,
    text: p.text,
    line: p.line,
    ...(p.section ? { section: p.section } : {}),
  }));
  const meta: DocumentMeta = {
    docId,
    title,
    file,
    hash: sha256Hex(bytes),
    paragraphs: passages.length,
    ...opt("source", str(fields.source)),
    ...opt("sourceTitle", str(fields.source_title)),
    ...opt("url", str(fields.url)),
    ...opt("published", str(fields.published)),
    ...opt("fetched", str(fields.fetched)),
    ...opt("feedDate", str(fields.feed_date)),
    ...(fields.feed_order !== undefined ? { feedOrder: Number(fields.feed_order) } : {}),
    ...(fields.input_order !== undefined ? { inputOrder: Number(fields.input_order) } : {}),
    ...opt("eventDate", str(fields.event_date)),
    ...opt("lang", str(fields.lang)),
    ...(fields.title_editorial === true ? { editorialTitle: true } : {}),
  };
  return { meta, passages };
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function lineOfKey(lines: readonly string[], key: string): number {
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : 1;
}
