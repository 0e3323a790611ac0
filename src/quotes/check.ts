/**
 * The misquote checker behind "Find sources": finds the quotations in a message and aligns each
 * against the corpus. A quotation is
 *  - verbatim  when, after NFKC and ignoring whitespace (and case), it occurs in a paragraph;
 *  - altered   when a close match exists: semi-global edit-distance alignment (the quote must be
 *              used whole, the paragraph may be entered and left anywhere) finds a stretch of a
 *              paragraph within the similarity threshold; the differences are reported as a diff;
 *  - not found otherwise.
 * Elisions ("…", "(略)") split a quotation into fragments that must appear in order in one
 * paragraph. Pure: the only input is the message and the passages (with their stored bigram index,
 * see corpus-index.ts).
 */
import type { Passage } from "../corpus/types.js";
import { alignWithin, Budget, diffOps, type Alignment } from "./align.js";
import { Normalizations, quoteCorpus, type QuoteCorpus } from "./corpus-index.js";
import { findQuotes } from "./find.js";
import { codeUnitOffset, joined, normalizeWithMap, units, type Normalized } from "../text/quote-form.js";
import type { DiffOp, QuoteCheck, QuoteCheckOptions, QuotedSpan } from "./types.js";

// 24 M cells (a 4,000-character quotation against a 6,000-character stretch) take about 0.7 s
// and 96 MB here: the most one message may cost, where the unbounded check of a 4,000-character
// near-quote of a 20,000-character paragraph took 2.9 s.
const DEFAULTS = {
  minLength: 5,
  threshold: 0.6,
  implicit: true,
  maxQuotes: 8,
  budgetCells: 24_000_000,
  maxAlignCells: 24_000_000,
} as const;

/** A fresh work budget for one message. */
const budgetOf = (options: QuoteCheckOptions) =>
  new Budget(options.budgetCells ?? DEFAULTS.budgetCells, options.maxAlignCells ?? DEFAULTS.maxAlignCells);

const ELISION = /\.{2,}|\(略\)|〔略〕|\[略\]|\[\.{2,}\]/g;

interface Fragment {
  readonly norm: Normalized;
  readonly units: string[];
  /** Offset of the fragment within the quote's original text. */
  readonly offset: number;
  readonly original: string;
}

function fragmentsOf(quote: string): Fragment[] {
  const whole = normalizeWithMap(quote);
  const out: Fragment[] = [];
  let last = 0;
  const cut = (from: number, to: number) => {
    if (to - from < 1) return;
    const s = whole.starts[from]!;
    const e = whole.ends[to - 1]!;
    const original = quote.slice(s, e);
    const norm = normalizeWithMap(original);
    if (norm.text) out.push({ norm, units: units(norm), offset: s, original });
  };
  // Match offsets are UTF-16; the map is per code point.
  const cpIndex = (utf16: number) => Array.from(whole.text.slice(0, utf16)).length;
  for (const m of whole.text.matchAll(ELISION)) {
    const at = cpIndex(m.index ?? 0);
    cut(last, at);
    last = at + Array.from(m[0]).length;
  }
  cut(last, whole.starts.length);
  return out;
}

interface Located {
  readonly passage: number;
  /** The following paragraph when the match spans two. */
  readonly through?: number;
  readonly src: Normalized;
  readonly text: string;
  readonly distance: number;
  readonly length: number;
  readonly parts: ReadonlyArray<{ frag: Fragment; a: Alignment }>;
}

/** Aligns the fragments, in order, within one paragraph (or two joined ones). */
function locateIn(
  norms: Normalizations,
  idx: number,
  frags: readonly Fragment[],
  budget: Budget,
  through?: number,
): Located {
  const index = norms.corpus;
  const src =
    through === undefined
      ? norms.of(idx)
      : joined(norms.of(idx), norms.of(through), index.passages[idx]!.text.length + PARAGRAPH_BREAK.length);
  const text =
    through === undefined
      ? index.passages[idx]!.text
      : index.passages[idx]!.text + PARAGRAPH_BREAK + index.passages[through]!.text;
  const srcUnits = units(src);
  const parts: Array<{ frag: Fragment; a: Alignment }> = [];
  let cursor = 0;
  let distance = 0;
  for (const frag of frags) {
    const exact = src.text.indexOf(frag.norm.text, codeUnitOffset(srcUnits, cursor));
    let a: Alignment;
    if (exact >= 0) {
      const from = Array.from(src.text.slice(0, exact)).length;
      a = { distance: 0, from, to: from + frag.units.length, script: "m".repeat(frag.units.length) };
    } else {
      a = alignWithin(frag.units, srcUnits, cursor, budget) ?? {
        distance: frag.units.length,
        from: cursor,
        to: cursor,
        script: "i".repeat(frag.units.length),
      };
    }
    parts.push({ frag, a });
    distance += a.distance;
    cursor = a.to;
  }
  const length = frags.reduce((sum, f) => sum + f.units.length, 0);
  return { passage: idx, ...(through !== undefined ? { through } : {}), src, text, distance, length, parts };
}

const PARAGRAPH_BREAK = "\n\n";

/** Passages alone get the index built in memory (once per set of passages). */
const corpusOf = (corpus: QuoteCorpus | readonly Passage[]): QuoteCorpus =>
  "candidates" in corpus ? corpus : quoteCorpus(corpus);

/** Checks one quotation (as written, without quotation marks) against the corpus. */
export function checkQuote(
  quote: QuotedSpan,
  corpus: QuoteCorpus | readonly Passage[],
  options: QuoteCheckOptions = {},
  budget = budgetOf(options),
): QuoteCheck {
  const threshold = options.threshold ?? DEFAULTS.threshold;
  const index = corpusOf(corpus);
  const frags = fragmentsOf(quote.text);
  const whole = frags.map((f) => f.norm.text).join("");
  const notFound: QuoteCheck = { quote, status: "not_found", similarity: 0, diff: [], alsoIn: [] };
  if (!whole) return notFound;
  // The budget is shared by the message's quotations; `limited` says whether this one reached it.
  budget.limited = false;
  const check = checkAgainst(new Normalizations(index), quote, frags, whole, threshold, notFound, budget);
  return budget.limited && check.status === "not_found" ? { ...check, limited: true } : check;
}

function checkAgainst(
  norms: Normalizations,
  quote: QuotedSpan,
  frags: readonly Fragment[],
  whole: string,
  threshold: number,
  notFound: QuoteCheck,
  budget: Budget,
): QuoteCheck {
  const index = norms.corpus;
  const passages = index.passages;
  const pool = index.candidates(whole, 12);
  let best: Located | undefined;
  for (const idx of pool) {
    const located = locateIn(norms, idx, frags, budget);
    if (!best || located.distance < best.distance) best = located;
    if (best.distance === 0) break;
  }
  // A quotation may run on from one paragraph into the next: try neighbouring pairs.
  if (best && best.distance > 0) {
    const pairs = new Set<number>();
    for (const idx of pool.slice(0, 4)) {
      if (index.next[idx]! >= 0) pairs.add(idx);
      if (idx > 0 && index.next[idx - 1] === idx) pairs.add(idx - 1);
    }
    for (const first of pairs) {
      const located = locateIn(norms, first, frags, budget, index.next[first]!);
      if (located.distance < best.distance) best = located;
    }
  }
  if (!best) return notFound;
  const similarity = Math.max(0, 1 - best.distance / Math.max(1, best.length));
  if (best.distance > 0 && similarity < threshold) return { ...notFound, similarity };

  const passage = passages[best.passage]!;
  const through = best.through === undefined ? {} : { throughId: passages[best.through]!.id };
  const first = best.parts[0]!.a;
  const last = best.parts[best.parts.length - 1]!.a;
  const sourceSpan = {
    start: best.src.starts[first.from] ?? 0,
    end: last.to > 0 ? (best.src.ends[last.to - 1] ?? best.text.length) : 0,
  };
  if (best.distance === 0) {
    const alsoIn =
      best.through === undefined
        ? pool
            .filter((idx) => idx !== best.passage && locateIn(norms, idx, frags, budget).distance === 0)
            .map((idx) => passages[idx]!.id)
        : [];
    return {
      quote,
      status: "verbatim",
      passageId: passage.id,
      ...through,
      sourceSpan,
      similarity: 1,
      diff: [],
      alsoIn,
    };
  }
  const diff: DiffOp[] = [];
  best.parts.forEach(({ frag, a }, k) => {
    if (k > 0) diff.push({ op: "elision", quote: "…", source: "" });
    diff.push(...diffOps(frag.norm, frag.original, best.src, best.text, a));
  });
  return { quote, status: "altered", passageId: passage.id, ...through, sourceSpan, similarity, diff, alsoIn: [] };
}

/**
 * Finds and checks every quotation in a message. Quotations shorter than `minLength` are taken
 * for terms and skipped. With `implicit`, a message without quotation marks that matches a
 * paragraph closely is reported as a pasted quote.
 */
export function checkQuotes(
  message: string,
  corpus: QuoteCorpus | readonly Passage[],
  options: QuoteCheckOptions = {},
): QuoteCheck[] {
  const source = corpusOf(corpus);
  const minLength = options.minLength ?? DEFAULTS.minLength;
  const maxQuotes = options.maxQuotes ?? DEFAULTS.maxQuotes;
  const budget = budgetOf(options);
  const quotes = findQuotes(message).filter((q) => normalizeWithMap(q.text).text.length >= minLength);
  if (quotes.length > 0) return quotes.slice(0, maxQuotes).map((q) => checkQuote(q, source, options, budget));
  if (!(options.implicit ?? DEFAULTS.implicit)) return [];
  const trimmed = message.trim();
  if (normalizeWithMap(trimmed).text.length < Math.max(minLength, 12)) return [];
  const start = message.indexOf(trimmed);
  const implicit = checkQuote(
    { text: trimmed, start, end: start + trimmed.length, style: "implicit" },
    source,
    {
      ...options,
      threshold: Math.max(options.threshold ?? DEFAULTS.threshold, 0.8),
    },
    budget,
  );
  return implicit.status === "not_found" ? [] : [implicit];
}
