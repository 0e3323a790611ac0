/**
 * What ingest builds from every paragraph text at once, once the passages file is written: the
 * quote checker's index, the near-copy groups (../index/copies/) whose representative is the
 * earliest publication, the copy links `add` and `sync` report, and — for paragraphs no longer
 * in the index — their near-copies among those that are (so `/cite` of a removed paragraph names
 * the outlets that still publish it).
 */
import { readFileSync } from "node:fs";
import type { DocumentMeta, Passage } from "../corpus/types.js";
import { groupCopies, publicationOrder, type CopyOrder, type Groups } from "../index/copies/group-copies.js";
import { instantOf, publicationTime } from "../index/copies/publication-time.js";
import { encodeCopies } from "../index/copies/copies-file.js";
import { copiesOfRemoved } from "../index/copies/removed-copies.js";
import { signatureOf } from "../index/copies/signature.js";
import { decodePassages } from "../index/storage/passages-file.js";
import type { IndexedPastVersion, RevisionHistory } from "../index/storage/revisions-file.js";
import { buildQuoteIndex, encodeQuoteIndex } from "../index/quotes/quote-index.js";

/** `paragraphs` of article `docId` are copies of paragraphs of `of`, the earlier publication that answers quote. */
export interface CopyLink {
  readonly docId: string;
  readonly of: string;
  readonly paragraphs: number;
  /** What put `of` first (group-copies.ts CopyOrder): its earlier time, its earlier `fetched`, its feed item (one sync took both), its place on the command line (one add took both), or its id. */
  readonly decidedBy: "time" | "fetched" | "feed" | "input" | "id";
}

export interface ReadBack {
  readonly quoteBytes: ReturnType<typeof encodeQuoteIndex>;
  readonly copyBytes: Uint8Array[];
  readonly copies: CopyLink[];
  /** `revisions`, each removed paragraph's last text with its near-copies (`copies`) where it has some. */
  readonly revisions: RevisionHistory;
}

/**
 * Reads the passages file back once (let go once built). The representative of a group is the
 * earliest publication (group-copies.ts CopyOrder, from each article's front matter).
 */
export function readBackIndexes(
  passagesFile: string,
  documents: readonly DocumentMeta[],
  revisions: RevisionHistory,
): ReadBack {
  const passages = decodePassages(readFileSync(passagesFile));
  const quoteBytes = encodeQuoteIndex(buildQuoteIndex(passages), passages);
  const timeByDoc = new Map(documents.map((d) => [d.docId, publicationTime(d.published, d.fetched)]));
  const seenByDoc = new Map(documents.map((d) => [d.docId, instantOf(d.fetched)]));
  const fedByDoc = new Map(documents.map((d) => [d.docId, instantOf(d.feedDate)]));
  const listedByDoc = new Map(documents.map((d) => [d.docId, d.feedOrder]));
  const givenByDoc = new Map(documents.map((d) => [d.docId, d.inputOrder]));
  const order: CopyOrder = {
    time: (i) => timeByDoc.get(passages[i]!.docId),
    seen: (i) => seenByDoc.get(passages[i]!.docId),
    fed: (i) => fedByDoc.get(passages[i]!.docId),
    listed: (i) => listedByDoc.get(passages[i]!.docId),
    given: (i) => givenByDoc.get(passages[i]!.docId),
    docId: (i) => passages[i]!.docId,
  };
  const signatures = passages.map((p) => signatureOf(p.text));
  const texts = passages.map((p) => p.text);
  const earliest = publicationOrder(order, passages.length);
  const groups = groupCopies(texts, earliest, undefined, signatures);
  const differ = (by: ReadonlyMap<string, number | undefined>, a: string, b: string) => by.get(a) !== by.get(b);
  const decidedBy = (docId: string, of: string): CopyLink["decidedBy"] =>
    differ(timeByDoc, docId, of)
      ? "time"
      : differ(seenByDoc, docId, of)
        ? "fetched"
        : differ(fedByDoc, docId, of) || differ(listedByDoc, docId, of)
          ? "feed"
          : differ(givenByDoc, docId, of)
            ? "input"
            : "id";
  const removed = removedVersions(revisions);
  const found = copiesOfRemoved(
    removed.map((r) => r.version.text),
    signatures,
    (i) => texts[i]!,
  );
  // A removed paragraph's story is the groups of the paragraphs it resembles: every outlet an
  // answer would name beside them (a copy further from the removed text than from the story's
  // representative is named too, as it was while the paragraph was there).
  const groupOf = new Map<number, readonly number[]>();
  for (const g of groups) for (const m of g) groupOf.set(m, g);
  const copiesOf = new Map<IndexedPastVersion, string[]>();
  removed.forEach((r, k) => {
    const story = new Set(found[k]!.flatMap((i) => groupOf.get(i) ?? [i]));
    // Set even when empty: an index without the list was built before ingest looked (`cite` says so).
    copiesOf.set(r.version, otherArticles([...story].sort(earliest), r.docId, passages));
  });
  return {
    quoteBytes,
    copyBytes: encodeCopies(groups),
    copies: copyLinksOf(groups, (i) => passages[i]!.docId, decidedBy),
    revisions: copiesOf.size ? withCopies(revisions, copiesOf) : revisions,
  };
}

/** Each article's removed paragraphs: the last version of each number whose last word is "removed". */
function removedVersions(revisions: RevisionHistory): { docId: string; version: IndexedPastVersion }[] {
  const out: { docId: string; version: IndexedPastVersion }[] = [];
  for (const [docId, history] of Object.entries(revisions)) {
    const last = new Map<number, IndexedPastVersion>();
    for (const v of history) last.set(v.n, v);
    for (const v of last.values()) if (v.status === "removed") out.push({ docId, version: v });
  }
  return out;
}

/** The citation ids of `indexes`, one per article other than `docId`, in the order given. */
function otherArticles(indexes: readonly number[], docId: string, passages: readonly Passage[]): string[] {
  const named = new Set([docId]);
  const ids: string[] = [];
  for (const i of indexes) {
    const p = passages[i]!;
    if (named.has(p.docId)) continue;
    named.add(p.docId);
    ids.push(p.id);
  }
  return ids;
}

/** A copy of `revisions` in which the versions of `copiesOf` name their copies (the corpus's own store is not touched). */
function withCopies(revisions: RevisionHistory, copiesOf: ReadonlyMap<IndexedPastVersion, string[]>): RevisionHistory {
  return Object.fromEntries(
    Object.entries(revisions).map(([docId, history]) => [
      docId,
      history.map((v) => {
        const copies = copiesOf.get(v);
        return copies ? { ...v, copies } : v;
      }),
    ]),
  );
}

/** For each article, how many of its paragraphs copy another article's (the group's representative), per article copied. */
function copyLinksOf(
  groups: Groups,
  docOf: (i: number) => string,
  decidedBy: (docId: string, of: string) => CopyLink["decidedBy"],
): CopyLink[] {
  const counts = new Map<string, number>();
  for (const g of groups) {
    const of = docOf(g[0]!);
    for (const m of g.slice(1)) {
      const docId = docOf(m);
      if (docId !== of) counts.set(`${docId}\n${of}`, (counts.get(`${docId}\n${of}`) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, paragraphs]) => {
    const [docId, of] = key.split("\n") as [string, string];
    return { docId, of, paragraphs, decidedBy: decidedBy(docId, of) };
  });
}
