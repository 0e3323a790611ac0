/**
 * The corpus formats, one parser per file extension: adding a format is one entry in FORMATS.
 * A parser turns a file's lines into its title, its front-matter fields and its paragraphs;
 * parse.ts checks what every format must satisfy (a title, paragraphs within the limits).
 */
import { CorpusError } from "../errors.js";
import { parseFrontMatter } from "./front-matter.js";

export interface RawParagraph {
  text: string;
  line: number;
  section?: string;
}

export interface ParsedBody {
  readonly title: string | undefined;
  readonly fields: Readonly<Record<string, string | boolean>>;
  readonly paragraphs: RawParagraph[];
}

export type FormatParser = (file: string, lines: readonly string[]) => ParsedBody;

export const str = (v: string | boolean | undefined): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** Markdown: paragraphs are blank-line-separated blocks; `#` lines are headings and belong to no paragraph. */
function markdownParagraphs(lines: readonly string[], start: number): RawParagraph[] {
  const out: RawParagraph[] = [];
  let section: string | undefined;
  let block: string[] = [];
  let blockLine = 0;
  let blockSection: string | undefined;
  const flush = () => {
    if (block.length) out.push({ text: block.join("\n"), line: blockLine, ...(blockSection ? { section: blockSection } : {}) });
    block = [];
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+$/, "");
    if (line.trim() === "") {
      flush();
    } else if (/^\s*#/.test(line)) {
      section = line.replace(/^\s*#+\s*/, "").trim() || undefined;
    } else {
      if (!block.length) {
        blockLine = i + 1;
        blockSection = section;
      }
      block.push(line);
    }
  }
  flush();
  return out;
}

/** Plain text: the first line is the title, every further non-empty line a paragraph. */
function textParagraphs(lines: readonly string[]): RawParagraph[] {
  const out: RawParagraph[] = [];
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text) out.push({ text, line: i + 1 });
  }
  return out;
}

/** Markdown with front matter (`title:` required); `#` headings name the sections. */
function markdown(file: string, lines: readonly string[]): ParsedBody {
  const fm = parseFrontMatter(file, lines);
  const title = str(fm.fields.title);
  if (!title) throw new CorpusError(file, 1, "front matter: expected a `title:` field, received none");
  return { title, fields: fm.fields, paragraphs: markdownParagraphs(lines, fm.bodyStart) };
}

/** Plain text: the title on the first line. */
function text(_file: string, lines: readonly string[]): ParsedBody {
  return { title: lines[0]?.trim(), fields: {}, paragraphs: textParagraphs(lines) };
}

export const FORMATS: Readonly<Record<string, FormatParser>> = Object.freeze({ ".md": markdown, ".txt": text });

/** The extensions of corpus files, for messages: `.md or .txt`, `.md/.txt`. */
export const EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** Matches a corpus file's extension at the end of a name (case-insensitive). */
export function extensionPattern(): RegExp {
  return new RegExp(`(${EXTENSIONS.map((e) => e.replace(".", "\\.")).join("|")})$`, "i");
}

/** Whether `file` has a corpus format's extension. */
export function isCorpusFormat(file: string): boolean {
  return extensionPattern().test(file);
}

/** The parser for `file`'s extension; a file of no known extension is read as Markdown. */
export function formatOf(file: string): FormatParser {
  const ext = extensionPattern().exec(file)?.[1]?.toLowerCase();
  return (ext !== undefined ? FORMATS[ext] : undefined) ?? markdown;
}
