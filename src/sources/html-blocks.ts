/**
 * Readability's content → the article's blocks (headings and paragraphs, each list kept inside
 * the paragraph before it), each with the page element it came from: the extractor marks every
 * element of the page with SOURCE_ATTR before Readability runs (Readability keeps data
 * attributes), so a block can be judged afterwards by where it stood on the untouched page.
 */
import { collapseSpace, type ArticleBlock } from "./article.js";

/** The attribute that numbers the page's elements in document order. */
export const SOURCE_ATTR = "data-summit-block";

/** The DOM element type of linkedom, kept structural so this file needs no DOM import. */
export interface BlockElement {
  readonly tagName: string;
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly parentElement: BlockElement | null;
  readonly children: ArrayLike<BlockElement>;
  readonly childNodes: ArrayLike<{ readonly nodeType: number; readonly textContent: string | null }>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selectors: string): BlockElement | null;
  querySelectorAll(selectors: string): ArrayLike<BlockElement>;
}

/** Numbers every element under `root` in document order (the same page parsed twice gets the same numbers). */
export function numberElements(root: BlockElement): BlockElement[] {
  const all = Array.from(root.querySelectorAll("*"));
  all.forEach((el, i) => el.setAttribute(SOURCE_ATTR, String(i)));
  return all;
}

/** The number of the nearest numbered element at or above `el` (Readability wraps loose text in new <p>s). */
function sourceOf(el: BlockElement | null): number | undefined {
  for (let e = el; e; e = e.parentElement) {
    const n = e.getAttribute(SOURCE_ATTR);
    if (n !== null) return Number(n);
  }
  return undefined;
}

const HEADING = /^H[1-6]$/;
const CONTAINERS = new Set([
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "BLOCKQUOTE",
  "HEADER",
  "SPAN",
  "CENTER",
  "FONT",
  "DETAILS",
]);
const SKIPPED = new Set([
  "FIGURE",
  "TABLE",
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "IMG",
  "PICTURE",
  "SVG",
  "IFRAME",
  "FORM",
  "BUTTON",
  "NAV",
  "ASIDE",
  "FOOTER",
  "HR",
]);

export interface SourcedBlocks {
  readonly blocks: ArticleBlock[];
  /** Each block's page element number (SOURCE_ATTR), where the page said. */
  readonly source: ReadonlyMap<ArticleBlock, number>;
}

/** Readability's content → headings and paragraphs, each list kept inside the paragraph before it. */
export function blocksOf(root: BlockElement, title: string): SourcedBlocks {
  const blocks: ArticleBlock[] = [];
  const sources: (number | undefined)[] = [];
  const lastParagraph = () => {
    const last = blocks[blocks.length - 1];
    return last?.kind === "paragraph" ? last : undefined;
  };
  const push = (block: ArticleBlock, from: BlockElement) => {
    blocks.push(block);
    sources.push(sourceOf(from));
  };
  const addParagraph = (raw: string, from: BlockElement) => {
    const t = collapseSpace(raw);
    if (t) push({ kind: "paragraph", text: t }, from);
  };
  const addList = (list: BlockElement) => {
    const items = [...Array.from(list.children)]
      .filter((li) => li.tagName === "LI")
      .map((li) => collapseSpace(li.textContent ?? ""))
      .filter(Boolean)
      .map((t) => `- ${t}`);
    if (!items.length) return;
    const last = lastParagraph();
    if (last) blocks[blocks.length - 1] = { ...last, items: [...(last.items ?? []), ...items] };
    else push({ kind: "paragraph", text: "", items }, list);
  };
  const walk = (el: BlockElement) => {
    let inline = "";
    const flushInline = () => {
      addParagraph(inline, el);
      inline = "";
    };
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        inline += node.textContent ?? "";
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as unknown as BlockElement;
      const tag = child.tagName;
      if (SKIPPED.has(tag)) continue;
      if (HEADING.test(tag)) {
        flushInline();
        const h = collapseSpace(child.textContent ?? "");
        if (h && h !== title) push({ kind: "heading", text: h }, child);
      } else if (tag === "P" || tag === "PRE") {
        flushInline();
        addParagraph(child.textContent ?? "", child);
      } else if (tag === "UL" || tag === "OL") {
        flushInline();
        addList(child);
      } else if (CONTAINERS.has(tag) && child.querySelector("p, h1, h2, h3, h4, h5, h6, ul, ol, div, pre")) {
        flushInline();
        walk(child);
      } else if (tag === "BR") {
        inline += " ";
      } else {
        inline += child.textContent ?? "";
      }
    }
    flushInline();
  };
  walk(root);
  const out = blocks.map((b) =>
    b.kind === "paragraph" && !b.text && b.items
      ? ({ kind: "paragraph", text: b.items[0]!, items: b.items.slice(1) } as ArticleBlock)
      : b,
  );
  const source = new Map<ArticleBlock, number>();
  out.forEach((b, i) => {
    const n = sources[i];
    if (n !== undefined) source.set(b, n);
  });
  return { blocks: out, source };
}
