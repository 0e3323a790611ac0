/**
 * Article → a corpus file (`<doc-id>.md`, the format of README.md "The corpus"): front matter,
 * then one paragraph per blank-line block, section headings as `#` lines, list items on the
 * lines under their paragraph. The file is parsed back with the corpus's own parser before it
 * is written, so what `add` writes is exactly what `ingest` will read.
 */
import { parseDocument } from "../corpus/parse.js";
import { SummitError } from "../errors.js";
import { paragraphTexts, type Article } from "./article.js";

/** A front-matter value as a double-quoted string (JSON's quoting is the corpus reader's). */
const quoted = (value: string) => JSON.stringify(value);

/** What `add` and `sync` record beside the article's own metadata (front matter; docs/sources.md). */
export interface SourceRecord {
  /** A local file's folder and name (`press/statement.txt`), for `source_file:`: re-adding the file updates its article. */
  readonly sourceFile?: string;
  /** The date the feed gave the item (`feed_date:`) and its place among the items of that sync run (`feed_order:`). */
  readonly feedDate?: string;
  readonly feedOrder?: number;
  /** Its place among the inputs of one `add` of several (`input_order:`): the order the user gave them in. */
  readonly inputOrder?: number;
}

export interface RenderOptions extends SourceRecord {
  /** When the article was first fetched or added (ISO date-time), for `fetched:`. */
  readonly fetched?: string;
}

export function renderCorpusMarkdown(article: Article, options: RenderOptions = {}): string {
  const front = [
    "---",
    `title: ${quoted(article.title)}`,
    ...(article.source ? [`source: ${quoted(article.source)}`] : []),
    ...(article.url ? [`url: ${quoted(article.url)}`] : []),
    ...(article.published ? [`published: ${quoted(article.published)}`] : []),
    ...(article.lang ? [`lang: ${article.lang}`] : []),
    ...(options.fetched ? [`fetched: ${quoted(options.fetched)}`] : []),
    ...(options.sourceFile ? [`source_file: ${quoted(options.sourceFile)}`] : []),
    ...(options.feedDate ? [`feed_date: ${quoted(options.feedDate)}`] : []),
    ...(options.feedOrder ? [`feed_order: ${options.feedOrder}`] : []),
    ...(options.inputOrder ? [`input_order: ${options.inputOrder}`] : []),
    "---",
  ];
  const body: string[] = [];
  for (const block of article.blocks) {
    if (block.kind === "heading") body.push(`# ${block.text}`);
    else body.push([block.text, ...(block.items ?? [])].join("\n"));
  }
  return `${front.join("\n")}\n\n${body.join("\n\n")}\n`;
}

/**
 * Renders the article and checks the corpus parser reads back the same paragraphs (a paragraph
 * starting with `#` would be read as a heading, for one): refused rather than quoted wrong.
 */
export function corpusFileFor(docId: string, article: Article, options: RenderOptions = {}): string {
  const markdown = renderCorpusMarkdown(article, options);
  const file = `${docId}.md`;
  let parsed;
  try {
    parsed = parseDocument(file, Buffer.from(markdown));
  } catch (err) {
    throw new SummitError(
      "SOURCE",
      `${article.url ?? docId}: the extracted article does not make a valid corpus file: ${(err as Error).message}`,
    );
  }
  const wanted = paragraphTexts(article);
  const got = parsed.passages.map((p) => p.text);
  if (got.length !== wanted.length || got.some((t, i) => t !== wanted[i])) {
    const at = got.findIndex((t, i) => t !== wanted[i]);
    throw new SummitError(
      "SOURCE",
      `${article.url ?? docId}: expected the corpus file to read back as the ${wanted.length} extracted paragraphs, received ${got.length} (first difference at paragraph ${(at < 0 ? got.length : at) + 1})`,
    );
  }
  return markdown;
}
