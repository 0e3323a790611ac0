import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { QuoteCheck } from "../quotes/index.js";
import type { Answer, AskOptions } from "../search/types.js";

/**
 * The engine every surface (CLI, Discord) is handed: built once from a loaded index, then
 * queried. Read-only; a rebuilt index means a new Engine (see EngineHolder for hot swaps).
 */
export interface Engine {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Finds and checks every quotation in a message against the paragraphs (bounded work per message). */
  checkQuotes(message: string): Promise<readonly QuoteCheck[]>;
  /** A paragraph by citation id (`doc#n`), or undefined. */
  passage(id: string): Passage | undefined;
  /** The paragraph and up to `radius` paragraphs either side of it, in order. */
  context(id: string, radius?: number): readonly Passage[];
  document(docId: string): DocumentMeta | undefined;
  documents(): readonly DocumentMeta[];
  /** Every paragraph, in corpus order (for quote checking). */
  passages(): readonly Passage[];
  close(): Promise<void>;
  /** Where the index was loaded from: its folder and build generation (absent for test doubles). */
  readonly index?: { readonly dir: string; readonly generation: string };
}

/** What a log line says about the index an engine serves: folder, generation, documents, paragraphs. */
export function indexSummary(engine: Engine): { dir?: string; generation?: string; documents: number; paragraphs: number } {
  return { ...(engine.index ?? {}), documents: engine.documents().length, paragraphs: engine.passages().length };
}
