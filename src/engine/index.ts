/** The one entrance Discord and the CLI use: open an engine, hold and hot-swap it, reload it; ask, find sources, cite. */
export { openEngine, type OpenOptions } from "./open.js";
export { openServingEngine } from "./serve.js";
export { EngineHolder } from "./holder.js";
export { createReloader, type Reloader, type ReloadFailure, type ReloadStatus } from "./reload.js";
export { watchCorpus, type CorpusStale, type CorpusWatch } from "./corpus-watch.js";
export { indexSummary } from "./types.js";
export { articlePath, paragraphPath, permalink, ARTICLE_ROUTE } from "./permalink.js";
export { boundHistory, MAX_HISTORY_TURNS, MAX_HISTORY_TURN_CHARS } from "./history.js";
export { quotedInstead, quotedParagraphs, type QuotedLookup } from "./quoted-after-removal.js";
export { openLookup } from "./open-lookup.js";
export { citationHint, type CitationHint } from "./citation-hint.js";
export { check, localChecks, type Check, type CheckStatus } from "./preflight.js";
export type {
  Answer,
  AskOptions,
  DocumentMeta,
  Engine,
  EngineLog,
  FindSourcesRequest,
  FoundSources,
  IndexLocation,
  Passage,
  PastVersion,
  QuoteCheck,
  Result,
  Span,
} from "./types.js";
