/** The misquote checker: quotations found in a message, aligned to the corpus's paragraphs, with a diff. */
export { checkQuote, checkQuotes } from "./check.js";
export { quoteCorpus, type QuoteCorpus } from "./corpus-index.js";
export { findQuotes } from "./find.js";
export { normalizeWithMap, type Normalized } from "../text/quote-form.js";
export type { DiffOp, QuoteCheck, QuoteCheckOptions, QuotedSpan, QuoteStatus, QuoteStyle } from "./types.js";
