/**
 * Stable paragraph numbers across an article's revisions. A citation id is `doc#n`; people paste
 * it into discussions, so `n` must keep naming the same paragraph when the article is re-fetched
 * or edited by hand. Given the numbers and texts of the last revision and the paragraphs of the
 * new one (in order), `renumber` keeps the number of every paragraph found again — by exact text
 * first (in order, then moved), then by near-identical text for small edits — gives new
 * paragraphs numbers never used before in the document, and records what each changed or removed
 * paragraph said last and when it stopped saying it.
 *
 * An article seen for the first time is numbered by position (1, 2, 3 …), as the corpus format
 * always did, so articles that never changed keep their ids.
 */
import { normalize } from "../text/normalize.js";

export interface NumberedText {
  readonly n: number;
  readonly text: string;
}

/** A paragraph's text as it was until `until`: replaced by an edit (`changed`) or gone (`removed`). */
export interface PastVersion {
  readonly n: number;
  readonly text: string;
  /** When the change was seen (ISO 8601): the ingest or `add` that saw it. */
  readonly until: string;
  readonly status: "changed" | "removed";
}

/** What one article's numbering remembers between revisions. */
export interface DocumentRevisions {
  /** The next fresh number: one more than every number the document ever used. */
  readonly next: number;
  /** The last revision's paragraphs, in order. */
  readonly paragraphs: readonly NumberedText[];
  /** Older texts of changed and removed paragraphs, oldest first. */
  readonly history: readonly PastVersion[];
}

/**
 * Paragraphs at least this similar (Dice coefficient of their character bigrams, after
 * normalisation) are one paragraph edited. A corrected figure or name, a reworded clause, a
 * sentence added to a long paragraph stay above it; a paragraph rewritten or replaced by another
 * falls well below (see test/corpus/paragraph-ids.test.ts).
 */
export const NEAR_IDENTICAL = 0.7;

export interface Renumbered {
  /** The number of each new paragraph, in order. */
  readonly numbers: readonly number[];
  readonly revisions: DocumentRevisions;
  /** Paragraphs kept with the same text, edited (same number, new text), added and removed. */
  readonly kept: number;
  readonly edited: number;
  readonly added: number;
  readonly removed: number;
  /** Paragraphs removed before that came back word for word, with their old numbers. */
  readonly restored: number;
}

/** Numbers by position, as a first revision is numbered. */
export function firstRevision(texts: readonly string[]): DocumentRevisions {
  return { next: texts.length + 1, paragraphs: texts.map((text, i) => ({ n: i + 1, text })), history: [] };
}

/** True when the numbering is the positional one and nothing changed before: nothing worth storing. */
export function isPositional(r: DocumentRevisions): boolean {
  return (
    r.history.length === 0 && r.next === r.paragraphs.length + 1 && r.paragraphs.every((p, i) => p.n === i + 1)
  );
}

export function renumber(previous: DocumentRevisions | undefined, texts: readonly string[], now: string): Renumbered {
  if (!previous) {
    const revisions = firstRevision(texts);
    return {
      numbers: revisions.paragraphs.map((p) => p.n),
      revisions,
      kept: 0,
      edited: 0,
      added: texts.length,
      removed: 0,
      restored: 0,
    };
  }
  const old = previous.paragraphs;
  const match = new Array<number>(texts.length).fill(-1); // new index → old index
  const taken = new Array<boolean>(old.length).fill(false);
  const pair = (j: number, i: number) => {
    match[j] = i;
    taken[i] = true;
  };
  // 1. The same text in the same order (a longest common subsequence), 2. the same text moved.
  for (const [i, j] of commonSubsequence(
    old.map((p) => p.text),
    texts,
  ))
    pair(j, i);
  const unmatchedOld = new Map<string, number[]>();
  old.forEach((p, i) => {
    if (!taken[i]) unmatchedOld.set(p.text, [...(unmatchedOld.get(p.text) ?? []), i]);
  });
  texts.forEach((t, j) => {
    const i = match[j] === -1 ? unmatchedOld.get(t)?.shift() : undefined;
    if (i !== undefined) pair(j, i);
  });
  // 3. Near-identical text: the most similar pairs first.
  const exact = match.filter((i) => i >= 0).length;
  const candidates: Array<{ i: number; j: number; similarity: number }> = [];
  const freeOld = old.map((_, i) => i).filter((i) => !taken[i]);
  const bigramsOld = new Map(freeOld.map((i) => [i, bigrams(old[i]!.text)]));
  texts.forEach((t, j) => {
    if (match[j] !== -1) return;
    const mine = bigrams(t);
    for (const i of freeOld) {
      const similarity = dice(mine, bigramsOld.get(i)!);
      if (similarity >= NEAR_IDENTICAL) candidates.push({ i, j, similarity });
    }
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.j - b.j || a.i - b.i);
  for (const c of candidates) if (match[c.j] === -1 && !taken[c.i]) pair(c.j, c.i);

  // 4. A paragraph removed earlier that comes back word for word (a page that lost it for one
  // fetch, an edit undone) gets its number back, and its "removed" entry goes.
  const history: PastVersion[] = [...previous.history];
  const current = new Set(old.map((p) => p.n));
  const restoredAt = new Map<number, number>(); // new index → number restored
  texts.forEach((t, j) => {
    if (match[j] !== -1) return;
    for (let h = history.length - 1; h >= 0; h--) {
      const v = history[h]!;
      const latest = history.findIndex((w, k) => k > h && w.n === v.n) === -1;
      if (!latest || v.status !== "removed" || v.text !== t || current.has(v.n)) continue;
      restoredAt.set(j, v.n);
      current.add(v.n);
      history.splice(h, 1);
      break;
    }
  });

  let next = previous.next;
  const numbers = texts.map((t, j) => {
    const i = match[j]!;
    if (i === -1) return restoredAt.get(j) ?? next++;
    if (old[i]!.text !== t) history.push({ n: old[i]!.n, text: old[i]!.text, until: now, status: "changed" });
    return old[i]!.n;
  });
  old.forEach((p, i) => {
    if (!taken[i]) history.push({ n: p.n, text: p.text, until: now, status: "removed" });
  });
  const edited = match.filter((i) => i >= 0).length - exact;
  return {
    numbers,
    revisions: { next, paragraphs: texts.map((text, j) => ({ n: numbers[j]!, text })), history },
    kept: exact,
    edited,
    added: numbers.filter((_, j) => match[j] === -1 && !restoredAt.has(j)).length,
    restored: restoredAt.size,
    removed: taken.filter((t) => !t).length,
  };
}

/** Index pairs [i in a, j in b] of a longest common subsequence of equal strings, in order. */
function commonSubsequence(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  // Articles have tens of paragraphs; the table is (n+1)×(m+1) small integers.
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Character bigrams with their counts, of the normalised text without white space. */
function bigrams(text: string): Map<string, number> {
  const chars = [...normalize(text).replace(/\s+/g, "")];
  const out = new Map<string, number>();
  for (let k = 0; k + 1 < chars.length; k++) {
    const g = chars[k]! + chars[k + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const c of a.values()) total += c;
  for (const c of b.values()) total += c;
  if (total === 0) return 0;
  for (const [g, c] of a) shared += Math.min(c, b.get(g) ?? 0);
  return (2 * shared) / total;
}
