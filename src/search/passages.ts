import type { DocumentMeta, Passage } from "../corpus/types.js";
import { SummitError } from "../errors.js";
import { FeatureCache } from "./passage-features.js";

/** Which passages a question may reach: all of them, or one article's. */
export interface Scope {
  readonly allowed?: (i: number) => boolean;
  readonly count: number;
}

/** The passages in index order with their articles' metadata, and the range each article spans. */
export class PassageSet {
  private readonly metaOf: Map<string, DocumentMeta>;
  private readonly rangeOf = new Map<string, { from: number; to: number }>();
  /** Per-passage features of the answer stage, computed on first use (search/passage-features.ts). */
  readonly features = new FeatureCache(
    (i) => this.passages[i]!,
    (p) => this.titled(p).title,
  );

  constructor(
    readonly passages: readonly Passage[],
    documents: readonly DocumentMeta[],
  ) {
    this.metaOf = new Map(documents.map((d) => [d.docId, d]));
    passages.forEach((p, i) => {
      const r = this.rangeOf.get(p.docId);
      if (r) r.to = i + 1;
      else this.rangeOf.set(p.docId, { from: i, to: i + 1 });
    });
  }

  /** The article's metadata, when the manifest has it. */
  meta(p: Passage): DocumentMeta | undefined {
    return this.metaOf.get(p.docId);
  }

  /** The article a passage belongs to (its id stands in for a title the manifest lacks). */
  titled(p: Passage): Pick<DocumentMeta, "title"> {
    return this.metaOf.get(p.docId) ?? { title: p.docId };
  }

  /** Every passage, or only one article's; an unknown article is a usage error naming the known ones. */
  scope(docId: string | undefined): Scope {
    if (docId === undefined) return { count: this.passages.length };
    const range = this.rangeOf.get(docId);
    if (!range) {
      throw new SummitError(
        "USAGE",
        `unknown article ${JSON.stringify(docId)}; expected one of ${[...this.rangeOf.keys()].join(", ")}`,
      );
    }
    return { allowed: (i) => i >= range.from && i < range.to, count: range.to - range.from };
  }
}
