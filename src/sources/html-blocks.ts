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

/** Every element under `root` in document order: an element's index is its number (the same page parsed twice gets the same numbers). */
export const pageElements = (root: BlockElement): BlockElement[] => Array.from(root.querySelectorAll("*"));

/** Numbers every element under `root` in document order (SOURCE_ATTR), as pageElements indexes them; returns them. */
export function numberElements(root: BlockElement): BlockElement[] {
  const page = pageElements(root);
  page.forEach((el, i) => el.setAttribute(SOURCE_ATTR, String(i)));
  return page;
}

/** Where a block came from: the nearest numbered element, and whether that is the block's own element. */
export interface BlockSource {
  readonly n: number;
  readonly own: boolean;
}

/**
 * The nearest numbered element at or above `el`: Readability wraps loose text in new <p>s, and
 * under linkedom the <p> it makes of a <div> loses the div's attributes.
 */
function sourceOf(el: BlockElement | null): BlockSource | undefined {
  for (let e = el, own = true; e; e = e.parentElement, own = false) {
    const n = e.getAttribute(SOURCE_ATTR);
    if (n !== null) return { n: Number(n), own };
  }
  return undefined;
}

/**
 * A finder of each block's element on the untouched page (`page`: its elements by number): the
 * numbered element itself, or, when the block's own element lost its number, the deepest element
 * under it whose whole text is the block's (one text index per such ancestor, built once).
 */
export function pageElementFinder(page: readonly BlockElement[]) {
  const byText = new Map<number, Map<string, BlockElement>>();
  return (block: ArticleBlock, source: BlockSource | undefined): BlockElement | undefined => {
    if (!source) return undefined;
    const el = page[source.n];
    if (!el || source.own) return el;
    let index = byText.get(source.n);
    if (!index) {
      index = new Map();
      // Document order puts a descendant after its ancestor, so the deepest element with a text wins.
      for (const d of Array.from(el.querySelectorAll("*"))) index.set(collapseSpace(d.textContent ?? ""), d);
      byText.set(source.n, index);
    }
    return index.get(block.text) ?? el;
  };
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
  "DL",
  // Old sites lay the page out in tables: a cell holding paragraphs is a container, not one run of text.
  "TD",
  "TH",
  "TR",
  "TBODY",
  "THEAD",
  "TFOOT",
]);
/** A table is a data table (skipped) unless it holds paragraphs or headings: then it lays out the page. */
const LAYOUT_TABLE_CONTENT = "p, h1, h2, h3, h4, h5, h6, ul, ol";
const SKIPPED = new Set([
  "FIGURE",
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

/** An element's text with each <br> as a space: a line break inside a paragraph still parts its words. */
export function textWithBreaks(el: BlockElement): string {
  if (!el.querySelector("br")) return el.textContent ?? "";
  let out = "";
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.textContent ?? "";
    else if (node.nodeType === 1) {
      const child = node as unknown as BlockElement;
      out += child.tagName === "BR" ? " " : textWithBreaks(child);
    }
  }
  return out;
}

export interface SourcedBlocks {
  readonly blocks: ArticleBlock[];
  /** Each block's page element (SOURCE_ATTR), where the page said. */
  readonly source: ReadonlyMap<ArticleBlock, BlockSource>;
}

/** Readability's content → headings and paragraphs, each list kept inside the paragraph before it. */
export function blocksOf(root: BlockElement, title: string): SourcedBlocks {
  const blocks: ArticleBlock[] = [];
  const sources: (BlockSource | undefined)[] = [];
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
    let afterBreak = false;
    // The one element child the inline text came from, when it came from one (a site header's links
    // gathered into a line): the block is judged by that element, not by the container around it.
    let inlineFrom: BlockElement | null | undefined;
    const flushInline = () => {
      addParagraph(inline, inlineFrom ?? el);
      inline = "";
      inlineFrom = undefined;
      afterBreak = false;
    };
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        inline += node.textContent ?? "";
        if (/\S/.test(node.textContent ?? "")) {
          afterBreak = false;
          inlineFrom = null;
        }
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as unknown as BlockElement;
      const tag = child.tagName;
      if (tag !== "BR") afterBreak = false;
      if (SKIPPED.has(tag)) continue;
      if (tag === "TABLE" && !child.querySelector(LAYOUT_TABLE_CONTENT)) continue;
      if (HEADING.test(tag)) {
        flushInline();
        const h = collapseSpace(child.textContent ?? "");
        if (h && h !== title) push({ kind: "heading", text: h }, child);
      } else if (tag === "P" || tag === "PRE" || tag === "DT" || tag === "DD") {
        // A definition list's terms and descriptions (an interview's questions and answers) are blocks each.
        flushInline();
        addParagraph(textWithBreaks(child), child);
      } else if (tag === "UL" || tag === "OL") {
        flushInline();
        addList(child);
      } else if (
        (CONTAINERS.has(tag) || tag === "TABLE") &&
        child.querySelector("p, h1, h2, h3, h4, h5, h6, ul, ol, div, pre, dt, dd")
      ) {
        flushInline();
        walk(child);
      } else if (tag === "BR") {
        // Two line breaks in a row (only spaces between) end a paragraph, as the page shows it.
        if (afterBreak) flushInline();
        else {
          inline += " ";
          afterBreak = true;
        }
      } else {
        const t = child.textContent ?? "";
        if (/\S/.test(t)) inlineFrom = inlineFrom === undefined && !/\S/.test(inline) ? child : null;
        inline += t;
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
  const source = new Map<ArticleBlock, BlockSource>();
  out.forEach((b, i) => {
    const n = sources[i];
    if (n !== undefined) source.set(b, n);
  });
  return { blocks: out, source };
}
