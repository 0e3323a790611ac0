/**
 * The near-copy groups as ingest stores them (copies.bin in the index's generation folder, listed
 * in the manifest like every data file): the groups' members one after another, representative
 * first, and where each group starts. An index written before this file existed has none, and
 * opens with no groups (every paragraph its own).
 */
import { FormatError, packSections, unpackSections } from "../storage/binary.js";
import type { Groups } from "./group-copies.js";

const MAGIC = "SBCP";
const VERSION = 1;

export function encodeCopies(groups: Groups): Uint8Array[] {
  const starts = new Uint32Array(groups.length + 1);
  const members = new Uint32Array(groups.reduce((n, g) => n + g.length, 0));
  let at = 0;
  groups.forEach((g, k) => {
    starts[k] = at;
    members.set(g, at);
    at += g.length;
  });
  starts[groups.length] = at;
  return packSections(MAGIC, VERSION, { groups: groups.length }, { starts, members });
}

/** Groups read back, checked against the index's passage count (FormatError when they do not fit). */
export function decodeCopies(bytes: Uint8Array, passageCount: number): CopyGroups {
  const file = unpackSections(bytes, MAGIC, VERSION);
  const starts = file.u32("starts");
  const members = file.u32("members");
  const groups: number[][] = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1]!;
    if (from > to || to > members.length) throw new FormatError(`group ${k} runs past the members`);
    groups.push([...members.subarray(from, to)]);
  }
  return new CopyGroups(groups, passageCount);
}

/** Near-copy groups by paragraph: the representative a paragraph is shown as, and the other members. */
export class CopyGroups {
  private readonly groupOf = new Map<number, readonly number[]>();

  constructor(
    readonly groups: Groups,
    passageCount: number,
  ) {
    for (const g of groups) {
      if (g.length < 2 || g.some((i) => !Number.isInteger(i) || i < 0 || i >= passageCount))
        throw new FormatError(
          `expected groups of 2 or more of ${passageCount} paragraphs, found ${JSON.stringify(g.slice(0, 5))}`,
        );
      for (const i of g) this.groupOf.set(i, g);
    }
  }

  /** No groups: what an index without copies.bin opens with. */
  static none(): CopyGroups {
    return new CopyGroups([], 0);
  }

  get size(): number {
    return this.groups.length;
  }

  /** The paragraph a group is quoted as (its earliest publication); a paragraph in no group is its own. */
  representativeOf(i: number): number {
    return this.groupOf.get(i)?.[0] ?? i;
  }

  /** Every member of i's group, representative first; [i] for a paragraph in no group. */
  membersOf(i: number): readonly number[] {
    return this.groupOf.get(i) ?? [i];
  }
}
