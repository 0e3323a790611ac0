/**
 * Ingest's side of stable paragraph ids (corpus/paragraph-ids.ts): each article's paragraphs are
 * numbered against its last revision, which is its entry in `<corpus>.revisions.json` when it has
 * one, else its paragraphs in the index being replaced (an article first edited by hand since that
 * index was built), else none (a new article: numbered by position). Articles whose file did not
 * change since the index being replaced and that have no entry keep their positional numbers
 * without any comparison.
 *
 * The store is written only after the new index is in place (`save`), so an ingest that fails —
 * or an `add` whose files are put back — leaves the numbering as it was.
 */
import { resolve } from "node:path";
import type { DocumentMeta, Passage } from "../corpus/types.js";
import { isPositional, renumber, type DocumentRevisions } from "../corpus/paragraph-ids.js";
import { readRevisions, writeRevisions, type RevisionsStore } from "../corpus/revisions-store.js";
import type { Manifest } from "../index/storage/manifest.js";
import { corpusDirOf, readManifest, readStoredPassages } from "../index/storage/store.js";
import type { RevisionHistory } from "../index/storage/revisions-file.js";

/** What renumbering did across the corpus, for the ingest summary and the measurements. */
export interface NumberingSummary {
  readonly kept: number;
  readonly edited: number;
  readonly added: number;
  readonly removed: number;
  readonly restored: number;
  /** Articles whose text changed since their last revision, or that are gone. */
  readonly revised: number;
}

export class ParagraphNumbering {
  private readonly store: RevisionsStore;
  private readonly documents = new Map<string, DocumentRevisions>();
  private readonly previous?: Manifest;
  private readonly previousHash = new Map<string, string>();
  private previousPassages?: Map<string, Passage[]>;
  private changed = false;
  private readonly numbered = new Set<string>();
  private totals = { kept: 0, edited: 0, added: 0, removed: 0, restored: 0, revised: 0 };

  constructor(
    private readonly corpusDir: string,
    private readonly indexDir: string,
    private readonly now: string,
  ) {
    this.store = readRevisions(corpusDir);
    try {
      const manifest = readManifest(indexDir);
      // An index of another corpus says nothing about these articles' numbering.
      if (corpusDirOf(indexDir, manifest) === resolve(corpusDir)) this.previous = manifest;
    } catch {
      // No index yet, or one that cannot be read: articles without an entry are numbered by position.
    }
    for (const d of this.previous?.documents ?? []) this.previousHash.set(d.docId, d.hash);
  }

  /** The document's passages with their stable numbers (and ids). */
  number(meta: DocumentMeta, passages: readonly Passage[]): readonly Passage[] {
    this.numbered.add(meta.docId);
    const stored = this.store.documents[meta.docId];
    if (!stored && this.previousHash.get(meta.docId) === meta.hash) return passages;
    const last = stored ?? this.fromPreviousIndex(meta.docId);
    const result = renumber(
      last,
      passages.map((p) => p.text),
      this.now,
    );
    const unchanged =
      last !== undefined && result.kept === passages.length && result.removed === 0 && result.restored === 0;
    if (last && !unchanged) {
      this.totals.revised++;
      for (const k of ["kept", "edited", "added", "removed", "restored"] as const) this.totals[k] += result[k];
    }
    if (stored || !isPositional(result.revisions)) {
      this.documents.set(meta.docId, result.revisions);
      if (!unchanged || !stored) this.changed = true;
    }
    return passages.map((p, i) => {
      const n = result.numbers[i]!;
      return n === p.n ? p : { ...p, n, id: `${meta.docId}#${n}` };
    });
  }

  /**
   * The older texts of every article that has some, for the index. First, an article known before
   * (stored, or in the index being replaced) that this ingest did not number and whose file was
   * not merely rejected (`rejectedFiles`) is gone: its paragraphs are retired as removed, so
   * `cite` says so, and come back with their ids if it is added again word for word.
   */
  history(rejectedFiles: readonly string[] = []): RevisionHistory {
    const rejected = new Set(rejectedFiles.map((f) => f.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "")));
    const known = new Set([...Object.keys(this.store.documents), ...this.previousHash.keys()]);
    for (const docId of known) {
      if (this.numbered.has(docId) || rejected.has(docId)) continue;
      const last = this.store.documents[docId] ?? this.fromPreviousIndex(docId);
      if (!last) continue;
      if (last.paragraphs.length === 0) {
        this.documents.set(docId, last);
        continue;
      }
      this.documents.set(docId, {
        next: last.next,
        paragraphs: [],
        history: [
          ...last.history,
          ...last.paragraphs.map((p) => ({ ...p, until: this.now, status: "removed" as const })),
        ],
      });
      this.changed = true;
      this.totals.revised++;
      this.totals.removed += last.paragraphs.length;
    }
    const out: Record<string, DocumentRevisions["history"]> = {};
    for (const [docId, r] of this.documents) if (r.history.length) out[docId] = r.history;
    return out;
  }

  summary(): NumberingSummary {
    return { ...this.totals };
  }

  /**
   * Writes the store when a numbering changed. Articles missing from this ingest (removed, or
   * skipped as bad) keep their entries, so a file put back later is numbered as before.
   */
  save(): void {
    if (!this.changed) return;
    const documents: Record<string, DocumentRevisions> = { ...this.store.documents };
    for (const [docId, r] of this.documents) documents[docId] = r;
    writeRevisions(this.corpusDir, { format: this.store.format, documents });
  }

  /** The article as the index being replaced numbered it: its last revision when the store has none. */
  private fromPreviousIndex(docId: string): DocumentRevisions | undefined {
    if (!this.previous || !this.previousHash.has(docId)) return undefined;
    if (!this.previousPassages) {
      this.previousPassages = new Map();
      for (const p of readStoredPassages(this.indexDir, this.previous) ?? []) {
        const list = this.previousPassages.get(p.docId);
        if (list) list.push(p);
        else this.previousPassages.set(p.docId, [p]);
      }
    }
    const old = this.previousPassages.get(docId);
    if (!old?.length) return undefined;
    return {
      next: Math.max(...old.map((p) => p.n)) + 1,
      paragraphs: old.map((p) => ({ n: p.n, text: p.text })),
      history: [],
    };
  }
}
