import type { Config } from "../config.js";

/**
 * The id an index built with a transformers.js model records: the model, its dtype and the
 * prefixes, which change every vector and so are part of the identity an index is checked against.
 */
export function transformersEmbedderId(model: Config["model"]): string {
  return `transformers:${model.id}:${model.dtype}${model.queryPrefix || model.passagePrefix ? `:${JSON.stringify([model.queryPrefix, model.passagePrefix])}` : ""}`;
}
