/**
 * The embedders `SUMMIT_EMBEDDER` can name, each declaring what the rest of the program needs
 * to know before choosing it: the id an index records, the width of its vectors (when known
 * before a model is loaded) and whether it is multilingual (an English question can then be
 * embedded as it is, instead of through its Japanese translations). Adding an embedder is one
 * entry here plus its name in config.ts's EMBEDDER_NAMES, which the compiler holds in step with
 * this table. transformers.js is imported only when its embedder is chosen: the default hash
 * embedder never loads @huggingface/transformers.
 */
import type { Config, EmbedderName } from "../config.js";
import { HASH_EMBEDDER_ID, HashEmbedder, type TermStatistics } from "./hash.js";
import { transformersEmbedderId } from "./model-id.js";
import type { DownloadProgress, Embedder } from "./types.js";

/** Width of the hashed embedder's vectors: wide enough that n-gram collisions stay rare. */
export const HASH_DIMS = 384;

export interface EmbedderSpec {
  /** The id an index built by this embedder records (and is checked against at open). */
  id(model: Config["model"]): string;
  /** Whether an index's recorded embedder id is one of this embedder's (any version or model). */
  builds(indexEmbedderId: string): boolean;
  /** Vector width, or undefined when only the loaded model knows it. */
  readonly dims: number | undefined;
  /** Text in any language lands in one vector space. */
  readonly multilingual: boolean;
  /** The embedder, ready to embed (a model is loaded, and downloaded unless offline). */
  create(
    config: Pick<Config, "model">,
    stats: TermStatistics,
    onDownload?: (info: DownloadProgress) => void,
  ): Promise<Embedder>;
}

export const EMBEDDERS = {
  hash: {
    id: () => HASH_EMBEDDER_ID,
    builds: (id) => id.startsWith("hash"),
    dims: HASH_DIMS,
    multilingual: false,
    create: async (_config, stats) => new HashEmbedder(HASH_DIMS, stats),
  },
  transformers: {
    id: transformersEmbedderId,
    builds: (id) => id.startsWith("transformers:"),
    dims: undefined,
    multilingual: true,
    async create(config, _stats, onDownload) {
      // Loaded only when chosen: importing @huggingface/transformers costs ~1 s and the ONNX runtime.
      const { loadTransformersEmbedder } = await import("./transformers.js");
      return loadTransformersEmbedder(config.model, onDownload ? { onProgress: onDownload } : {});
    },
  },
} as const satisfies Record<EmbedderName, EmbedderSpec>;

/** The embedder the configuration names, created (and its model loaded). */
export function createEmbedder(
  config: Pick<Config, "embedder" | "model">,
  stats: TermStatistics,
  onDownload?: (info: DownloadProgress) => void,
): Promise<Embedder> {
  const spec: EmbedderSpec = EMBEDDERS[config.embedder];
  return spec.create(config, stats, onDownload);
}

/** The embedder that built an index, by the id its manifest records; undefined when none of ours did. */
export function embedderOfIndex(indexEmbedderId: string): EmbedderName | undefined {
  return (Object.keys(EMBEDDERS) as EmbedderName[]).find((name) =>
    (EMBEDDERS[name] as EmbedderSpec).builds(indexEmbedderId),
  );
}

/** The embedder an index must record for `config` to open it: its exact id and, when known before loading a model, its width. */
export function configuredEmbedder(config: Pick<Config, "embedder" | "model">): {
  id: string;
  dims: number | undefined;
} {
  const spec: EmbedderSpec = EMBEDDERS[config.embedder];
  return { id: spec.id(config.model), dims: spec.dims };
}

/** Whether an index built by `built` can be searched with `embedder`: the exact id, and the width when known (the check open makes, and doctor). */
export function builtByEmbedder(
  built: { id: string; dims: number },
  embedder: { id: string; dims: number | undefined },
): boolean {
  return built.id === embedder.id && (embedder.dims === undefined || built.dims === embedder.dims);
}
