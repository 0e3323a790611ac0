/**
 * The misquote checker behind "Find sources": finds the quotations in a message and aligns each
 * against the corpus. A quotation is
 *  - verbatim  when, after NFKC and ignoring whitespace (and case), it occurs in a paragraph;
 *  - altered   when a close match exists: semi-global edit-distance alignment (the quote must be
 *              used whole, the paragraph may be entered and left anywhere) finds a stretch of a
 *              paragraph within the similarity threshold; the differences are reported as a diff;
 *  - not found otherwise.
 * Elisions ("…", "(略)") split a quotation into fragments that must appear in order in one
 * paragraph. Pure: the only input is the message and the passages.
 */
import type { Passage } from "../corpus/types.js";
import type { Span } from "./types.js";

export type QuoteStyle = "kagikakko" | "nijukagi" | "curly" | "straight" | "blockquote" | "implicit";

export interface QuotedSpan {
  /** The quoted text as written, without the quotation marks. */
  readonly text: string;
  /** Where `text` sits in the message. */
  readonly start: number;
  readonly end: number;
  readonly style: QuoteStyle;
}

export type QuoteStatus = "verbatim" | "altered" | "not_found";

/**
 * One stretch of the alignment. `quote` is the message's text, `source` the paragraph's, both as
 * written. `equal` stretches are identical after normalization; `elision` marks an omission the
 * quote itself signalled ("…").
 */
export interface DiffOp {
  readonly op: "equal" | "replace" | "insert" | "delete" | "elision";
  readonly quote: string;
  readonly source: string;
}

export interface QuoteCheck {
  readonly quote: QuotedSpan;
  readonly status: QuoteStatus;
  /** The paragraph that matches best (`doc#n`), unless not found. */
  readonly passageId?: string;
  /** Set when the quotation runs on into the next paragraph: that paragraph's id. */
  readonly throughId?: string;
  /**
   * The matched stretch of that paragraph's text (with `throughId`: of the two paragraphs' texts
   * joined by a blank line).
   */
  readonly sourceSpan?: Span;
  /** 1 for verbatim; 1 − edits / length for altered; best seen for not found. */
  readonly similarity: number;
  /** Empty for verbatim and not found. */
  readonly diff: readonly DiffOp[];
  /** Other paragraphs where the same text occurs verbatim (reposted wire copy). */
  readonly alsoIn: readonly string[];
  /**
   * Set when the check reached its work limit before comparing every candidate paragraph in
   * full (a very long quotation or paragraph): "not found" then means "not found within the limit".
   */
  readonly limited?: boolean;
}

export interface QuoteCheckOptions {
  /** Quotations shorter than this (normalized characters) are terms, not quotes, and are skipped. */
  readonly minLength?: number;
  /** Lowest similarity reported as altered rather than not found. */
  readonly threshold?: number;
  /** When the message has no quotation marks, check the whole message as a pasted quote. */
  readonly implicit?: boolean;
  /** At most this many quotations are checked (the first ones). */
  readonly maxQuotes?: number;
  /**
   * Alignment work allowed for one message, in cells of the edit-distance table (quote length ×
   * stretch of paragraph compared). Bounds the time and memory one message can take whatever
   * its length or the paragraphs' length.
   */
  readonly budgetCells?: number;
  /** The largest single table; a longer paragraph is compared in a window around the quote's best match. */
  readonly maxAlignCells?: number;
}

// 24 M cells (a 4,000-character quotation against a 6,000-character stretch) take about 0.7 s
// and 96 MB here: the most one message may cost, where the unbounded check of a 4,000-character
// near-quote of a 20,000-character paragraph took 2.9 s.
const DEFAULTS = { minLength: 5, threshold: 0.6, implicit: true, maxQuotes: 8, budgetCells: 24_000_000, maxAlignCells: 24_000_000 } as const;

/** What is left of a message's alignment work; shared by all its quotations. */
class Budget {
  limited = false;
  constructor(
    public remaining: number,
    readonly maxCells: number,
  ) {}

  /** Takes `cells` of work if it is left; otherwise records that the check was limited. */
  take(cells: number): boolean {
    if (cells > this.remaining) {
      this.limited = true;
      return false;
    }
    this.remaining -= cells;
    return true;
  }
}

const budgetOf = (options: QuoteCheckOptions) => new Budget(options.budgetCells ?? DEFAULTS.budgetCells, options.maxAlignCells ?? DEFAULTS.maxAlignCells);

/**
 * The stretch of `src` (at most `width` units) holding most of the quote's bigrams: where a
 * quotation of a paragraph much longer than the allowed table can only be.
 */
function bestWindow(quote: readonly string[], src: readonly string[], width: number): number {
  if (src.length <= width) return 0;
  const grams = new Set<string>();
  for (let k = 0; k + 1 < quote.length; k++) grams.add(quote[k]! + quote[k + 1]!);
  const hit = new Uint8Array(src.length);
  for (let k = 0; k + 1 < src.length; k++) hit[k] = grams.has(src[k]! + src[k + 1]!) ? 1 : 0;
  let sum = 0;
  for (let k = 0; k < width; k++) sum += hit[k]!;
  let best = 0;
  let bestSum = sum;
  for (let start = 1; start + width <= src.length; start++) {
    sum += hit[start + width - 1]! - hit[start - 1]!;
    if (sum > bestSum) {
      bestSum = sum;
      best = start;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Normalization with a map back to the original text

interface Normalized {
  readonly text: string;
  /** For each normalized code point, the [start, end) of the original code point it came from. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const FOLD: Record<string, string> = {
  "『": "「", "』": "」", "“": "\"", "”": "\"", "‘": "'", "’": "'", "〜": "~",
  "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
};

/** NFKC, lower case, whitespace removed, quote and dash variants folded; keeps a map to the original. */
export function normalizeWithMap(original: string): Normalized {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const cp of original) {
    const end = i + cp.length;
    for (const ch of cp.normalize("NFKC").toLowerCase()) {
      if (/\s/u.test(ch)) continue;
      // Half-width kana voicing marks normalize to combining marks: fold them into the kana.
      if ((ch === "\u3099" || ch === "\u309a") && chars.length > 0) {
        const last = chars.length - 1;
        const composed = (chars[last] + ch).normalize("NFC");
        if (composed.length === 1) {
          chars[last] = composed;
          ends[last] = end;
          continue;
        }
      }
      chars.push(FOLD[ch] ?? ch);
      starts.push(i);
      ends.push(end);
    }
    i = end;
  }
  return { text: chars.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The normalized text as code points: the unit of alignment and of the map. */
function units(n: Normalized): string[] {
  return Array.from(n.text);
}

// ---------------------------------------------------------------------------------------------
// Finding quotations in a message

const PAIRS: ReadonlyArray<readonly [string, string, QuoteStyle]> = [
  ["「", "」", "kagikakko"],
  ["『", "』", "nijukagi"],
  ["“", "”", "curly"],
  ["\"", "\"", "straight"],
  ["＂", "＂", "straight"],
];

/** Blanks out code blocks and inline code (same length) so their contents are not read as quotes. */
function maskCode(text: string): string {
  return text.replace(/```[\s\S]*?```|`[^`\n]*`/g, (m) => " ".repeat(m.length));
}

/**
 * The quotations in a message: Discord block quotes (`> ` lines, `>>> ` to the end), 「…」 with
 * nested 『』 kept inside, top-level 『…』, “…” and "…". Unbalanced marks are ignored; the same
 * text quoted twice is returned once.
 */
export function findQuotes(message: string): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  let text = maskCode(message);

  // Block quotes first; then blank them so their contents are not scanned again.
  const lines = text.split("\n");
  let offset = 0;
  let block: { start: number; end: number; parts: string[] } | undefined;
  let rest = false;
  const flush = () => {
    if (block) {
      const joined = block.parts.join("\n").trim();
      if (joined) found.push({ text: joined, start: block.start, end: block.end, style: "blockquote" });
    }
    block = undefined;
  };
  for (const line of lines) {
    const m = rest ? ["", "", line] as const : /^(>>> ?|> )(.*)$/.exec(line);
    if (m) {
      if (m[1] === ">>> " || m[1] === ">>>") rest = true;
      const start = offset + (line.length - (m[2] ?? "").length);
      const original = message.slice(start, offset + line.length);
      if (!block) block = { start, end: offset + line.length, parts: [] };
      block.parts.push(original);
      block.end = offset + line.length;
    } else flush();
    offset += line.length + 1;
  }
  flush();
  for (const q of found) text = text.slice(0, q.start) + " ".repeat(q.end - q.start) + text.slice(q.end);

  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const pair = PAIRS.find(([open]) => open === ch);
    if (!pair) {
      i++;
      continue;
    }
    const [open, close, style] = pair;
    let depth = 1;
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (open !== close && c === open) depth++;
      else if (c === close && --depth === 0) break;
    }
    if (j >= text.length) {
      i++;
      continue;
    }
    const inner = message.slice(i + 1, j);
    if (inner.trim()) spans.push({ text: inner, start: i + 1, end: j, style });
    i = j + 1;
  }
  const all = [...found, ...spans].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return all.filter((q) => {
    const key = normalizeWithMap(q.text).text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The corpus side: normalized paragraphs and a bigram index to pick candidates

interface CorpusIndex {
  readonly passages: readonly Passage[];
  readonly norm: readonly Normalized[];
  readonly bigrams: Map<string, number[]>;
  /** Index of the following paragraph of the same article, or -1. */
  readonly next: Int32Array;
}

const cache = new WeakMap<readonly Passage[], CorpusIndex>();

function bigramsOf(s: string): Set<string> {
  const out = new Set<string>();
  const u = Array.from(s);
  for (let k = 0; k + 1 < u.length; k++) out.add(u[k]! + u[k + 1]!);
  if (u.length === 1) out.add(u[0]!);
  return out;
}

function corpusIndex(passages: readonly Passage[]): CorpusIndex {
  const hit = cache.get(passages);
  if (hit) return hit;
  const norm = passages.map((p) => normalizeWithMap(p.text));
  const bigrams = new Map<string, number[]>();
  norm.forEach((n, idx) => {
    for (const b of bigramsOf(n.text)) {
      const list = bigrams.get(b);
      if (list) list.push(idx);
      else bigrams.set(b, [idx]);
    }
  });
  const next = Int32Array.from(passages, (p, i) => {
    const q = passages[i + 1];
    return q && q.docId === p.docId && q.n === p.n + 1 ? i + 1 : -1;
  });
  const index = { passages, norm, bigrams, next };
  cache.set(passages, index);
  return index;
}

/**
 * Paragraphs sharing the most bigrams with the quote, best first: at most `limit`, and none
 * with under half the best one's share (alignment is the expensive step).
 */
function candidates(index: CorpusIndex, quote: string, limit: number): number[] {
  const grams = bigramsOf(quote);
  const counts = new Map<number, number>();
  for (const g of grams) for (const idx of index.bigrams.get(g) ?? []) counts.set(idx, (counts.get(idx) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const floor = Math.max(1, Math.floor(grams.size * 0.25), Math.floor((ranked[0]?.[1] ?? 0) / 2));
  return ranked
    .filter(([, c]) => c >= floor)
    .slice(0, limit)
    .map(([idx]) => idx);
}

// ---------------------------------------------------------------------------------------------
// Alignment

interface Alignment {
  readonly distance: number;
  /** [start, end) in the normalized paragraph. */
  readonly from: number;
  readonly to: number;
  /** Edit script over normalized units: m = match, s = substitute, i = quote-only, d = source-only. */
  readonly script: string;
}

/**
 * Semi-global Levenshtein (Sellers 1980): the whole quote against any stretch of the paragraph.
 * Cells hold `edits × big − matches`, so among alignments with the fewest edits the one keeping
 * the most characters in place wins ("永久友好" vs "永久善隣友好" is a deletion of 善隣, not two
 * substitutions). Quadratic in the two lengths, which is fine for the few candidate paragraphs.
 */
function align(q: readonly string[], p: readonly string[]): Alignment {
  const m = q.length;
  const n = p.length;
  const big = m + 1;
  const w = n + 1;
  const d = new Int32Array((m + 1) * w);
  const step = (a: string | undefined, b: string | undefined) => (a === b ? -1 : big);
  for (let i = 1; i <= m; i++) d[i * w] = i * big;
  for (let i = 1; i <= m; i++) {
    const qi = q[i - 1];
    for (let j = 1; j <= n; j++) {
      const sub = d[(i - 1) * w + j - 1]! + step(qi, p[j - 1]);
      const ins = d[(i - 1) * w + j]! + big;
      const del = d[i * w + j - 1]! + big;
      d[i * w + j] = Math.min(sub, ins, del);
    }
  }
  let best = 0;
  for (let j = 1; j <= n; j++) if (d[m * w + j]! < d[m * w + best]!) best = j;
  const ops: string[] = [];
  let i = m;
  let j = best;
  while (i > 0) {
    const here = d[i * w + j]!;
    if (j > 0 && here === d[(i - 1) * w + j - 1]! + step(q[i - 1], p[j - 1])) {
      ops.push(q[i - 1] === p[j - 1] ? "m" : "s");
      i--;
      j--;
    } else if (here === d[(i - 1) * w + j]! + big) {
      ops.push("i");
      i--;
    } else {
      ops.push("d");
      j--;
    }
  }
  const script = ops.reverse().join("");
  const distance = script.length - (script.match(/m/g)?.length ?? 0);
  return { distance, from: j, to: best, script };
}

/** The original text behind normalized code points [from, to). */
function originalOf(n: Normalized, orig: string, from: number, to: number): string {
  return from >= to ? "" : orig.slice(n.starts[from]!, n.ends[to - 1]!);
}

/** Turns an edit script into stretches of original text on both sides. */
function diffOps(quote: Normalized, qOrig: string, src: Normalized, sOrig: string, a: Alignment): DiffOp[] {
  // Group the script into runs of equal / changed units.
  type Run = { equal: boolean; qFrom: number; qTo: number; sFrom: number; sTo: number };
  const runs: Run[] = [];
  let qi = 0;
  let si = a.from;
  for (const op of a.script) {
    const equal = op === "m";
    const last = runs[runs.length - 1];
    const run = last && last.equal === equal ? last : { equal, qFrom: qi, qTo: qi, sFrom: si, sTo: si };
    if (run !== last) runs.push(run);
    if (op !== "d") run.qTo = ++qi;
    if (op !== "i") run.sTo = ++si;
  }
  // A one-character agreement between two changes reads better as part of one change.
  const merged: Run[] = [];
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    const prev = merged[merged.length - 1];
    const next = runs[k + 1];
    if (r.equal && prev && !prev.equal && next && !next.equal && r.qTo - r.qFrom <= 1) {
      prev.qTo = r.qTo;
      prev.sTo = r.sTo;
      continue;
    }
    if (prev && prev.equal === r.equal) {
      prev.qTo = r.qTo;
      prev.sTo = r.sTo;
      continue;
    }
    merged.push({ ...r });
  }
  return merged.map((r) => {
    const qText = originalOf(quote, qOrig, r.qFrom, r.qTo);
    const sText = originalOf(src, sOrig, r.sFrom, r.sTo);
    const op: DiffOp["op"] = r.equal ? "equal" : !qText ? "delete" : !sText ? "insert" : "replace";
    return { op, quote: qText, source: sText };
  });
}

// ---------------------------------------------------------------------------------------------
// Checking

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

/**
 * Aligns a fragment with `src[cursor…]` within the budget: a stretch too long for one table is
 * narrowed to the window around the fragment's best match (room for a quarter more than the
 * fragment); when even that does not fit, or the budget is spent, the fragment counts as all
 * edits (undefined).
 */
function alignWithin(frag: readonly string[], src: readonly string[], cursor: number, budget: Budget): Alignment | undefined {
  const rest = src.length - cursor;
  const m = Math.max(1, frag.length);
  let from = cursor;
  let width = rest;
  if (m * rest > budget.maxCells) {
    width = Math.floor(budget.maxCells / m);
    if (width < Math.ceil(m * 1.25)) {
      budget.limited = true;
      return undefined;
    }
    from = cursor + bestWindow(frag, src.slice(cursor), width);
  }
  if (!budget.take(m * width)) return undefined;
  const sub = align(frag, src.slice(from, from + width));
  return { ...sub, from: sub.from + from, to: sub.to + from };
}

/** Aligns the fragments, in order, within one paragraph (or two joined ones). */
function locateIn(index: CorpusIndex, idx: number, frags: readonly Fragment[], budget: Budget, through?: number): Located {
  const src = through === undefined ? index.norm[idx]! : joined(index.norm[idx]!, index.norm[through]!, index.passages[idx]!.text.length + PARAGRAPH_BREAK.length);
  const text = through === undefined ? index.passages[idx]!.text : index.passages[idx]!.text + PARAGRAPH_BREAK + index.passages[through]!.text;
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
      a = alignWithin(frag.units, srcUnits, cursor, budget) ?? { distance: frag.units.length, from: cursor, to: cursor, script: "i".repeat(frag.units.length) };
    }
    parts.push({ frag, a });
    distance += a.distance;
    cursor = a.to;
  }
  const length = frags.reduce((sum, f) => sum + f.units.length, 0);
  return { passage: idx, ...(through !== undefined ? { through } : {}), src, text, distance, length, parts };
}

const PARAGRAPH_BREAK = "\n\n";

/** Two normalized paragraphs as one, the second's map shifted past the first and the break. */
function joined(a: Normalized, b: Normalized, shift: number): Normalized {
  const starts = new Int32Array(a.starts.length + b.starts.length);
  const ends = new Int32Array(starts.length);
  starts.set(a.starts);
  ends.set(a.ends);
  starts.set(b.starts.map((x) => x + shift), a.starts.length);
  ends.set(b.ends.map((x) => x + shift), a.ends.length);
  return { text: a.text + b.text, starts, ends };
}

function codeUnitOffset(unitsArr: readonly string[], unit: number): number {
  let off = 0;
  for (let k = 0; k < unit && k < unitsArr.length; k++) off += unitsArr[k]!.length;
  return off;
}

/** Checks one quotation (as written, without quotation marks) against the corpus. */
export function checkQuote(quote: QuotedSpan, passages: readonly Passage[], options: QuoteCheckOptions = {}, budget = budgetOf(options)): QuoteCheck {
  const threshold = options.threshold ?? DEFAULTS.threshold;
  const index = corpusIndex(passages);
  const frags = fragmentsOf(quote.text);
  const whole = frags.map((f) => f.norm.text).join("");
  const limitedBefore = budget.limited;
  budget.limited = false;
  const check = (() => {
    const notFound: QuoteCheck = { quote, status: "not_found", similarity: 0, diff: [], alsoIn: [] };
    if (!whole) return notFound;
    return checkAgainst(index, quote, frags, whole, threshold, notFound, budget);
  })();
  const limited = budget.limited;
  budget.limited = limitedBefore || limited;
  return limited && check.status === "not_found" ? { ...check, limited: true } : check;
}

function checkAgainst(index: CorpusIndex, quote: QuotedSpan, frags: readonly Fragment[], whole: string, threshold: number, notFound: QuoteCheck, budget: Budget): QuoteCheck {
  const passages = index.passages;
  const pool = candidates(index, whole, 12);
  let best: Located | undefined;
  for (const idx of pool) {
    const located = locateIn(index, idx, frags, budget);
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
      const located = locateIn(index, first, frags, budget, index.next[first]!);
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
        ? pool.filter((idx) => idx !== best.passage && locateIn(index, idx, frags, budget).distance === 0).map((idx) => passages[idx]!.id)
        : [];
    return { quote, status: "verbatim", passageId: passage.id, ...through, sourceSpan, similarity: 1, diff: [], alsoIn };
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
export function checkQuotes(message: string, passages: readonly Passage[], options: QuoteCheckOptions = {}): QuoteCheck[] {
  const minLength = options.minLength ?? DEFAULTS.minLength;
  const maxQuotes = options.maxQuotes ?? DEFAULTS.maxQuotes;
  const budget = budgetOf(options);
  const quotes = findQuotes(message).filter((q) => normalizeWithMap(q.text).text.length >= minLength);
  if (quotes.length > 0) return quotes.slice(0, maxQuotes).map((q) => checkQuote(q, passages, options, budget));
  if (!(options.implicit ?? DEFAULTS.implicit)) return [];
  const trimmed = message.trim();
  if (normalizeWithMap(trimmed).text.length < Math.max(minLength, 12)) return [];
  const start = message.indexOf(trimmed);
  const implicit = checkQuote({ text: trimmed, start, end: start + trimmed.length, style: "implicit" }, passages, {
    ...options,
    threshold: Math.max(options.threshold ?? DEFAULTS.threshold, 0.8),
  }, budget);
  return implicit.status === "not_found" ? [] : [implicit];
}
