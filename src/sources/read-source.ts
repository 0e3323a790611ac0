/**
 * One input of `add` (a URL or a local file) → Article, by what it is: HTML, PDF, plain text or
 * Markdown. The web and the disk go through the same extractors, so a saved page and its URL
 * give the same article.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import { SummitError } from "../errors.js";
import { detectLanguage } from "../text/lang.js";
import { collapseSpace, type Article, type ArticleBlock } from "./article.js";
import { decodeBytes } from "./charset.js";
import type { Fetcher } from "./fetcher.js";
import { extractHtml } from "./html-extract.js";
import { extractPdf } from "./pdf-extract.js";

export type SourceKind = "html" | "pdf" | "text" | "markdown";

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

function kindOf(contentType: string | undefined, name: string, bytes: Uint8Array): SourceKind {
  const type = (contentType ?? "").toLowerCase();
  const ext = extname(name.replace(/[?#].*$/, "")).toLowerCase();
  if (type.includes("application/pdf") || ext === ".pdf") return "pdf";
  if (type.includes("html") || ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (type.includes("markdown") || ext === ".md" || ext === ".markdown") return "markdown";
  if (type.startsWith("text/plain") || ext === ".txt") return "text";
  // No type and no extension: sniff.
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  return /<html|<!doctype html|<body|<p[\s>]/i.test(head) ? "html" : "text";
}

/** Plain text: the first line is the title; blank lines separate paragraphs (each line is one when there are none). */
function textArticle(text: string, label: string): Article {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const title = collapseSpace(lines.shift() ?? "");
  const rest = lines.join("\n").trim();
  const chunks = /\n\s*\n/.test(rest) ? rest.split(/\n\s*\n/) : rest.split("\n");
  const blocks: ArticleBlock[] = chunks
    .map((c) => collapseSpace(c))
    .filter(Boolean)
    .map((t) => ({ kind: "paragraph", text: t }));
  if (!title || !blocks.length)
    throw new SummitError(
      "SOURCE",
      `${label}: expected a title line and paragraphs, received ${title ? "a title only" : "no text"}`,
    );
  return { title, lang: detectLanguage(rest), blocks };
}

/** Markdown: front matter `title:` (or the first `# ` heading) and blank-line blocks, `#` lines as section headings. */
function markdownArticle(text: string, label: string): Article {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const fields: Record<string, string> = {};
  let i = 0;
  if (lines[0]?.trim() === "---") {
    for (i = 1; i < lines.length && lines[i]!.trim() !== "---"; i++) {
      const m = /^([\w-]+)\s*:\s*(.*)$/.exec(lines[i]!);
      if (m)
        fields[m[1]!] = m[2]!
          .trim()
          .replace(/^"(.*)"$/, "$1")
          .replace(/^'(.*)'$/, "$1");
    }
    i++;
  }
  const blocks: ArticleBlock[] = [];
  let title = fields.title;
  let block: string[] = [];
  const flush = () => {
    const [first, ...more] = block;
    const items = more.filter((l) => /^\s*[-*+]\s/.test(l));
    if (first !== undefined)
      blocks.push({
        kind: "paragraph",
        text: collapseSpace([first, ...more.filter((l) => !items.includes(l))].join(" ")),
        ...(items.length ? { items: items.map((l) => `- ${collapseSpace(l.replace(/^\s*[-*+]\s/, ""))}`) } : {}),
      });
    block = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) flush();
    else if (/^\s*#/.test(line)) {
      flush();
      const h = collapseSpace(line.replace(/^\s*#+/, ""));
      if (!title && /^\s*#\s/.test(line)) title = h;
      else if (h && h !== title) blocks.push({ kind: "heading", text: h });
    } else block.push(line);
  }
  flush();
  if (!title)
    throw new SummitError(
      "SOURCE",
      `${label}: expected a title (front matter \`title:\` or a first \`# \` heading), received none`,
    );
  return {
    title,
    ...(fields.source ? { source: fields.source } : {}),
    ...(fields.url && isUrl(fields.url) ? { url: fields.url } : {}),
    ...(fields.published ? { published: fields.published } : {}),
    lang: fields.lang ?? detectLanguage(blocks.map((b) => b.text).join(" ")),
    blocks,
  };
}

/** Extracts an article from bytes of a known or sniffed kind. */
export async function extractArticle(
  bytes: Uint8Array,
  options: { label: string; name: string; contentType?: string; url?: string },
): Promise<Article> {
  const kind = kindOf(options.contentType, options.name, bytes);
  if (kind === "pdf") return extractPdf(bytes, options.label, options.url);
  const { text } = decodeBytes(options.label, bytes, options.contentType);
  if (kind === "html") return extractHtml(text, options.url, options.label);
  if (kind === "markdown") return markdownArticle(text, options.label);
  return textArticle(text, options.label);
}

export interface ReadSource {
  readonly article: Article;
  /** The URL asked for, after redirects (undefined for a file). */
  readonly fetchedUrl?: string;
}

/** Most bytes read from a local file: the same cap as a download. */
export async function readSource(input: string, fetcher: Fetcher, maxBytes: number): Promise<ReadSource> {
  if (isUrl(input)) {
    const res = await fetcher.get(input);
    const article = await extractArticle(res.body, {
      label: input,
      name: new URL(res.finalUrl).pathname,
      contentType: res.headers["content-type"],
      url: res.finalUrl,
    });
    return { article, fetchedUrl: res.finalUrl };
  }
  const path = resolve(input);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error("not a regular file");
    size = st.size;
  } catch (err) {
    throw new SummitError(
      "SOURCE",
      `${input}: expected a URL (http:// or https://) or a file, received ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "a path where there is no file" : (err as Error).message}`,
    );
  }
  if (size > maxBytes)
    throw new SummitError("SOURCE", `${input}: expected at most ${maxBytes} bytes, received ${size}`);
  const article = await extractArticle(readFileSync(path), { label: input, name: basename(path) });
  return { article };
}
