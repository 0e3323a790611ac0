/**
 * The lookups by id (lookup.ts) over an index on disk, without opening the search behind them:
 * the paragraphs, articles, older texts and copy groups are read, not the keyword index, the
 * vectors or the embedder. For a command that only reads what the index says about paragraphs
 * (`remove` says whose copy of a story is quoted after it), at a fraction of `openEngine`'s cost.
 */
import { resolve } from "node:path";
import { readLookupData } from "../index/storage/store.js";
import { lookupOf, type Lookup } from "./lookup.js";

export function openLookup(indexDir: string): Lookup {
  const { manifest, passages, revisions, copies } = readLookupData(resolve(indexDir));
  return lookupOf(passages, manifest.documents, revisions, copies.groups);
}
