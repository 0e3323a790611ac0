import type { Config } from "../config.js";

/**
 * The id an index built with a transformers.js model records: the model, its dtype and the
 * prefixes, which change every vector and so are part of the identity an index is checked against.
 */
export function transformersEmbedderId(model: Config["model"]): string {
  return `transformers:${model.id}:${model.dtype}${model.queryPrefix || model.passagePrefix ? `:${JSON.stringify([model.queryPrefix, model.passagePrefix])}` : ""}`;
}

/**
 * The settings under which an index's recorded embedder id opens, as `NAME=value` words a person
 * can copy: `ingest --embedder` builds with a model, but `ask`, `serve` and the bot read only
 * the environment, so a mismatch message names exactly what to set. Undefined for an id no
 * embedder of ours records.
 */
export function settingsThatOpen(indexEmbedderId: string): string | undefined {
  if (indexEmbedderId.startsWith("hash")) return "SUMMIT_EMBEDDER=hash";
  const m = /^transformers:([^:]+):(fp32|q8)(?::(.*))?$/.exec(indexEmbedderId);
  if (!m) return undefined;
  const [, id, dtype, prefixes] = m;
  const words = ["SUMMIT_EMBEDDER=transformers", `SUMMIT_MODEL_ID=${id}`, `SUMMIT_MODEL_DTYPE=${dtype}`];
  if (prefixes !== undefined) {
    const [query, passage] = JSON.parse(prefixes) as [string, string];
    // config.ts gives E5 models these prefixes by default; only others need them spelt out.
    const defaults = /e5/i.test(id!) ? ["query: ", "passage: "] : ["", ""];
    if (query !== defaults[0]) words.push(`SUMMIT_QUERY_PREFIX=${JSON.stringify(query)}`);
    if (passage !== defaults[1]) words.push(`SUMMIT_PASSAGE_PREFIX=${JSON.stringify(passage)}`);
  }
  return `${words.join(" ")} (and SUMMIT_MODEL_DIR to the folder holding ${id}/)`;
}

/** What a mismatch message offers: the settings that open the index as built, or rebuilding it. */
export function embedderMismatchFix(indexEmbedderId: string, ingest: string): string {
  const settings = settingsThatOpen(indexEmbedderId);
  return `${settings ? `to open it as built, set ${settings}; or ` : ""}rebuild it for the configured embedder with \`${ingest}\``;
}
