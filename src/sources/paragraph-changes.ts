/**
 * What an update did to an article's paragraphs, for the line `add` and `sync` print: how many
 * stayed, changed, came and went, and which citation ids (`doc#n`, by position) now point at
 * other text — an operator should know before someone pastes an old id.
 * Paragraphs are aligned by a longest common subsequence of their texts.
 */
export interface ParagraphChanges {
  readonly kept: number;
  readonly added: number;
  readonly removed: number;
  /** Kept paragraphs whose number changed. */
  readonly moved: number;
  /** Old paragraph numbers whose id (`doc#n`) now cites other text, or nothing. */
  readonly staleIds: readonly number[];
}

export function paragraphChanges(before: readonly string[], after: readonly string[]): ParagraphChanges {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: the longest common subsequence of before[i..] and after[j..]; articles have tens of paragraphs.
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  let [i, j, kept, moved] = [0, 0, 0, 0];
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      kept++;
      if (i !== j) moved++;
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  const staleIds: number[] = [];
  for (let k = 0; k < n; k++) if (before[k] !== after[k]) staleIds.push(k + 1);
  return { kept, added: m - kept, removed: n - kept, moved, staleIds };
}

/** [2, 4, 5, 6] → "#2, #4–#6". */
function ranges(ids: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ids.length;) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    out.push(j === i ? `#${ids[i]}` : `#${ids[i]}–#${ids[j]}`);
    i = j + 1;
  }
  return out.join(", ");
}

export function describeChanges(c: ParagraphChanges): string {
  const parts = [
    `${c.kept} paragraphs kept`,
    c.added ? `${c.added} new or changed` : "",
    c.removed ? `${c.removed} gone or changed` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return c.staleIds.length ? `${parts}; ids ${ranges(c.staleIds)} now cite other text or nothing` : parts;
}
