import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { PastVersion } from "../corpus/paragraph-ids.js";
import type { QuoteCheck } from "../quotes/types.js";
import type { Answer, AskOptions, Result } from "../search/types.js";

/** The answer types the surfaces render, named where they get them: from the engine. */
export type { Answer, AskOptions, Result, Span } from "../search/types.js";
export type { DocumentMeta, Passage } from "../corpus/types.js";
export type { PastVersion } from "../corpus/paragraph-ids.js";
export type { QuoteCheck } from "../quotes/types.js";

/** Where an index was loaded from: its folder and build generation. */
export interface IndexLocation {
  readonly dir: string;
  readonly generation: string;
}

/**
 * What an engine computes — retrieval and quote checking — in this thread or in worker threads.
 * The surfaces never see it: they get an `Engine` built over it (see entrance.ts).
 */
export interface EngineCore {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Finds and checks every quotation in a message against the paragraphs (bounded work per message). */
  checkQuotes(message: string): Promise<readonly QuoteCheck[]>;
  close(): Promise<void>;
  readonly index?: IndexLocation;
}

/** A message checked for its sources: its quotations, and the passages that discuss its claim (quoted ones first). */
export interface FoundSources {
  readonly checks: readonly QuoteCheck[];
  readonly answer: Answer;
}

export interface FindSourcesRequest {
  /** The whole message: every quotation in it is checked. */
  readonly message: string;
  /** What retrieval searches for: the message's claim (the surface strips its markup and bounds its length). */
  readonly claim: string;
  /** Passages in the answer (default 3). */
  readonly k?: number;
}

/**
 * The one entrance every surface (CLI, Discord) uses: built once from a loaded index, then
 * queried. Read-only; a rebuilt index means a new Engine (see EngineHolder for hot swaps).
 */
export interface Engine {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Checks a message's quotations against the paragraphs and finds the passages that discuss its claim. */
  findSources(request: FindSourcesRequest): Promise<FoundSources>;
  /** The one passage to cite for a query, highlighted; undefined when the engine would refuse. */
  cite(query: string): Promise<Result | undefined>;
  /** A paragraph by citation id (`doc#n`), or undefined. */
  passage(id: string): Passage | undefined;
  /**
   * A citation id (`doc#n`) resolved with its state (`Result.citation`): the paragraph as it reads
   * now, saying when it changed and what it said before; or, removed, its last text marked as
   * such. Undefined when the id never named a paragraph.
   */
  cited(id: string): Result | undefined;
  /**
   * The citation id answers quote for the story of paragraph `id` (the earliest publication of
   * its near-copy group, index/copies/): `id` itself when it is that publication or has no copies
   * in the index, another outlet's paragraph when it is a later copy; undefined when no paragraph
   * in the index has the id (a removed one included).
   */
  quotedCopy(id: string): string | undefined;
  /** An article's paragraphs in order, and the older texts of its changed and removed ones (oldest first). */
  articleText(docId: string): { readonly paragraphs: readonly Passage[]; readonly history: readonly PastVersion[] };
  /** The paragraph and up to `radius` paragraphs either side of it, in order. */
  context(id: string, radius?: number): readonly Passage[];
  document(docId: string): DocumentMeta | undefined;
  documents(): readonly DocumentMeta[];
  /** Up to `limit` paragraphs whose id starts with `typed` or whose text contains it (all when empty), in corpus order. */
  suggestPassages(typed: string, limit: number): readonly Passage[];
  /** How many articles and paragraphs the index holds. */
  size(): { readonly documents: number; readonly paragraphs: number };
  close(): Promise<void>;
  /** Where the index was loaded from (absent for test doubles). */
  readonly index?: IndexLocation;
}

/** What a log line says about the index an engine serves: folder, generation, documents, paragraphs. */
export function indexSummary(engine: Engine): {
  dir?: string;
  generation?: string;
  documents: number;
  paragraphs: number;
} {
  return { ...(engine.index ?? {}), ...engine.size() };
}

/** The logger the engine's long-running parts (reload, watch) write to; the bot's pino logger is one. */
export interface EngineLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}
