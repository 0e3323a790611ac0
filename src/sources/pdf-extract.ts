/**
 * A PDF → Article through pdfjs-dist (Mozilla's PDF.js, its legacy build for Node): text items
 * grouped into lines by position, lines re-joined into paragraphs (a paragraph ends at a wider
 * gap than the page's usual line spacing, or at a short line), hyphenation at line ends undone,
 * running headers and footers (the same line at the top or bottom of most pages, page numbers
 * masked) and bare page numbers dropped, larger type read as a heading.
 */
import { SummitError } from "../errors.js";
import { detectLanguage } from "../text/lang.js";
import { collapseSpace, type Article, type ArticleBlock } from "./article.js";
import { normaliseDate } from "./dates.js";
import { pdfPublisher } from "./pdf-publisher.js";

interface Line {
  text: string;
  y: number;
  x: number;
  /** Right edge, to tell a full line from the short last line of a paragraph. */
  right: number;
  size: number;
}

const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const PAGE_NUMBER =
  /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$|^\d{1,4}\s*ページ$|^[ivxlc]{1,6}$/i;
const SENTENCE_END = /[.!?。！？」』”":;]$/;
/** The shape of a running line with its page number masked: "Page 3 of 9" and "Page 4 of 9" are one line. */
const shape = (text: string) => text.replace(/\d+/g, "#").toLowerCase();

/** Joins two lines of one paragraph: Japanese lines meet without a space; "interna-" + "tional" is one word again. */
export function joinLines(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  if (/-$/.test(a) && /^\p{Lu}/u.test(b)) return a + b;
  if (CJK_END.test(a) && CJK_START.test(b)) return a + b;
  return `${a} ${b}`;
}

type TextItem = { str: string; transform: number[]; width: number; height: number };

async function pageLines(page: { getTextContent(): Promise<{ items: unknown[] }> }): Promise<Line[]> {
  const content = await page.getTextContent();
  const items = (content.items as TextItem[]).filter((i) => typeof i.str === "string" && i.str.trim() !== "");
  const lines: Line[] = [];
  // Items whose baselines are within a third of the type size share a line.
  for (const item of items.sort((a, b) => b.transform[5]! - a.transform[5]! || a.transform[4]! - b.transform[4]!)) {
    const [x, y, size] = [item.transform[4]!, item.transform[5]!, Math.abs(item.transform[3]!) || item.height];
    const line = lines.find((l) => Math.abs(l.y - y) < Math.max(size, l.size) / 3);
    if (line) {
      const gap = x - line.right;
      line.text =
        gap > size * 0.15 && !(CJK_END.test(line.text) && CJK_START.test(item.str))
          ? `${line.text} ${item.str}`
          : line.text + item.str;
      line.right = Math.max(line.right, x + item.width);
      line.size = Math.max(line.size, size);
    } else {
      lines.push({ text: item.str, y, x, right: x + item.width, size });
    }
  }
  for (const l of lines) l.text = collapseSpace(l.text);
  return lines.filter((l) => l.text).sort((a, b) => b.y - a.y);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/** Lines that run on most pages at the top or the bottom (headers, footers), by their masked shape. */
function runningShapes(pages: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const ends = new Set(
      [lines[0], lines[1], lines[lines.length - 1], lines[lines.length - 2]]
        .filter((l): l is Line => l !== undefined)
        .map((l) => shape(l.text)),
    );
    for (const s of ends) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= least).map(([s]) => s));
}

export async function extractPdf(bytes: Uint8Array, label: string, url?: string): Promise<Article> {
  if (Buffer.from(bytes.subarray(0, 1024)).toString("latin1").indexOf("%PDF-") < 0) {
    throw new SummitError(
      "SOURCE",
      `${label}: expected a PDF (a file starting with %PDF-), received ${describeStart(bytes)}`,
    );
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false,
    }).promise;
  } catch (err) {
    throw new SummitError(
      "SOURCE",
      `${label}: expected a readable PDF, received one PDF.js cannot open (${(err as Error).message})`,
    );
  }
  try {
    const pages: Line[][] = [];
    for (let p = 1; p <= doc.numPages; p++) pages.push(await pageLines(await doc.getPage(p)));
    const running = pages.length >= 2 ? runningShapes(pages) : new Set<string>();
    const kept = pages.map((lines) => lines.filter((l) => !running.has(shape(l.text)) && !PAGE_NUMBER.test(l.text)));
    const all = kept.flat();
    if (!all.length)
      throw new SummitError(
        "SOURCE",
        `${label}: expected text in the PDF, received pages with none (a scan needs OCR first)`,
      );
    const bodySize = median(all.map((l) => l.size));
    const fullWidth = Math.max(...all.filter((l) => Math.abs(l.size - bodySize) < 0.5).map((l) => l.right));
    const left = Math.min(...all.map((l) => l.x));
    const spacing = median(
      kept.flatMap((lines) =>
        lines
          .slice(1)
          .map((l, i) => lines[i]!.y - l.y)
          .filter((g) => g > 0),
      ),
    );

    const blocks: ArticleBlock[] = [];
    let para: string | undefined;
    let prev: Line | undefined;
    const flush = () => {
      if (para) blocks.push({ kind: "paragraph", text: para });
      para = undefined;
    };
    kept.forEach((lines, p) => {
      lines.forEach((line, i) => {
        if (line.size > bodySize * 1.2 && line.text.length < 160) {
          flush();
          const last = blocks[blocks.length - 1];
          // A heading broken over two lines is one heading.
          if (last?.kind === "heading" && prev && prev.size > bodySize * 1.2 && i > 0)
            blocks[blocks.length - 1] = { kind: "heading", text: joinLines(last.text, line.text) };
          else blocks.push({ kind: "heading", text: line.text });
          prev = line;
          return;
        }
        // Proportional type makes full lines differ in width by a tenth or more: a line ends its
        // paragraph when it stops well short of the margin *and* ends a sentence.
        const previousEndsSentence = prev !== undefined && SENTENCE_END.test(prev.text);
        const previousEndedShort = previousEndsSentence && prev!.right < left + (fullWidth - left) * 0.85;
        const gap = i > 0 ? lines[i - 1]!.y - line.y : 0;
        const newParagraph =
          para === undefined ||
          previousEndedShort ||
          (i > 0 && gap > spacing * 1.4) ||
          (i === 0 && p > 0 && previousEndsSentence);
        if (newParagraph) {
          flush();
          para = line.text;
        } else {
          para = joinLines(para!, line.text);
        }
        prev = line;
      });
    });
    flush();
    const meta = await doc.getMetadata().catch(() => undefined);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const infoTitle = typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : undefined;
    const title = infoTitle ?? blocks.find((b) => b.kind === "heading")?.text ?? blocks[0]?.text.slice(0, 120) ?? label;
    const created = typeof info.CreationDate === "string" ? /^D:(\d{4})(\d{2})(\d{2})/.exec(info.CreationDate) : null;
    const body = blocks.filter((b) => !(b.kind === "heading" && b.text === title));
    if (!body.some((b) => b.kind === "paragraph"))
      throw new SummitError("SOURCE", `${label}: expected paragraphs in the PDF, received none`);
    return {
      title,
      // The publisher the PDF names for itself, else (for a download) the host; sync puts the feed's title before a host.
      ...(url ? { url } : {}),
      ...withSource(pdfPublisher(info, meta?.metadata ?? undefined) ?? (url ? hostOf(url) : undefined)),
      ...(created ? { published: normaliseDate(`${created[1]}-${created[2]}-${created[3]}`)! } : {}),
      lang: detectLanguage(body.map((b) => b.text).join(" ")),
      blocks: body,
    };
  } finally {
    await doc.destroy();
  }
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, "");
const withSource = (source: string | undefined) => (source ? { source } : {});

function describeStart(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 64)).toString("latin1");
  if (/^\s*</.test(head)) return "HTML or XML";
  if (!bytes.length) return "an empty body";
  return `bytes starting ${JSON.stringify(head.slice(0, 12))}`;
}
