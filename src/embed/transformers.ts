import { env, pipeline, type FeatureExtractionPipeline, type ProgressInfo } from "@huggingface/transformers";
import type { Config } from "../config.js";
import { modelLoadError } from "./model-load-error.js";
import { transformersEmbedderId } from "./model-id.js";
import type { DownloadProgress, Embedder } from "./types.js";

export type { DownloadProgress } from "./types.js";

type ModelConfig = Config["model"];

export interface TransformersEmbedderOptions {
  readonly onProgress?: (info: DownloadProgress) => void;
}

/**
 * An `Embedder` backed by a transformers.js feature-extraction pipeline.
 *
 * `dims` is only known once the model has run, so it throws until `load()` has resolved;
 * `loadTransformersEmbedder` returns an embedder that is already loaded. The embed methods
 * load lazily, so a created-but-not-loaded embedder is still usable, and one used after
 * `dispose()` loads the model again.
 */
export interface TransformersEmbedder extends Embedder {
  /** Loads the model (once; concurrent and later callers share the same promise). */
  load(): Promise<void>;
}

/** Texts per pipeline call: large enough to amortise call overhead, small enough to report progress often. */
const BATCH_SIZE = 16;

// Mean pooling over real tokens, then L2 normalisation: vectors are unit length, so the
// inner product the vector index computes is cosine similarity.
const EXTRACT_OPTIONS = { pooling: "mean", normalize: true } as const;

export function createTransformersEmbedder(
  model: ModelConfig,
  options: TransformersEmbedderOptions = {},
): TransformersEmbedder {
  let loading: Promise<FeatureExtractionPipeline> | undefined;
  let dims: number | undefined;

  async function open(): Promise<FeatureExtractionPipeline> {
    configureEnv(model);
    let pipe: FeatureExtractionPipeline;
    try {
      pipe = await pipeline("feature-extraction", model.id, {
        dtype: model.dtype,
        device: "cpu",
        // Per-call twins of the env settings: they also key transformers.js's internal memo caches.
        local_files_only: model.offline,
        ...(model.cacheDir !== undefined && { cache_dir: model.cacheDir }),
        progress_callback: (info: ProgressInfo) => {
          if (info.status === "progress")
            options.onProgress?.({ file: info.file, loaded: info.loaded, total: info.total });
        },
      });
    } catch (err) {
      throw await modelLoadError(model, err);
    }
    try {
      // Some models project their hidden states, so the width is read from a real output
      // rather than from config.json's hidden_size.
      const probe = await pipe(`${model.queryPrefix}dims`, EXTRACT_OPTIONS);
      const width = probe.dims.at(-1);
      if (probe.dims.length !== 2 || width === undefined || width < 1) {
        throw new Error(`expected a pooled output of dims [1, n], received [${probe.dims.join(", ")}]`);
      }
      dims = width;
      return pipe;
    } catch (err) {
      await pipe.dispose();
      throw await modelLoadError(model, err);
    }
  }

  function ready(): Promise<FeatureExtractionPipeline> {
    loading ??= open().catch((err: unknown) => {
      // Forget the failure so a later call (e.g. after the files were put in place) retries.
      loading = undefined;
      throw err;
    });
    return loading;
  }

  async function embed(texts: string[]): Promise<Float32Array[]> {
    const pipe = await ready();
    const output = await pipe(texts, EXTRACT_OPTIONS);
    const [rows, width] = output.dims;
    if (rows !== texts.length || width === undefined) {
      throw new Error(
        `feature-extraction: expected output dims [${texts.length}, n], received [${output.dims.join(", ")}]`,
      );
    }
    const data = output.data as Float32Array;
    // Copies, not views: callers keep vectors while the batch buffer is dropped.
    return Array.from({ length: rows }, (_, r) => data.slice(r * width, (r + 1) * width));
  }

  return {
    id: transformersEmbedderId(model),
    corpusIndependent: true,
    get dims(): number {
      if (dims === undefined) {
        throw new Error(
          `embedder ${model.id}: dims is known only after the model has loaded; await load() first (or use loadTransformersEmbedder)`,
        );
      }
      return dims;
    },
    async load() {
      await ready();
    },
    async embedPassages(texts, onProgress) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += BATCH_SIZE) {
        const batch = texts.slice(start, start + BATCH_SIZE).map((t) => model.passagePrefix + t);
        vectors.push(...(await embed(batch)));
        onProgress?.(vectors.length, texts.length);
      }
      return vectors;
    },
    async embedQuery(text) {
      const [vector] = await embed([model.queryPrefix + text]);
      return vector!;
    },
    async dispose() {
      const pending = loading;
      loading = undefined;
      // A failed load has nothing to release; its error was already reported to the caller.
      const pipe = await pending?.catch(() => undefined);
      await pipe?.dispose();
    },
  };
}

/** Creates the embedder and loads the model, so `dims` is known on return. */
export async function loadTransformersEmbedder(
  model: ModelConfig,
  options: TransformersEmbedderOptions = {},
): Promise<TransformersEmbedder> {
  const embedder = createTransformersEmbedder(model, options);
  await embedder.load();
  return embedder;
}

// The library's own defaults, restored when the config leaves a setting out, so each load
// depends only on its own config and not on what an earlier load set.
const defaultLocalModelPath = env.localModelPath;
const defaultCacheDir = env.cacheDir;

/**
 * transformers.js reads these from its process-wide `env`, so they are set just before each
 * load; one process is expected to use one model configuration at a time.
 */
function configureEnv(model: ModelConfig): void {
  env.allowRemoteModels = !model.offline;
  env.allowLocalModels = true;
  env.localModelPath = model.localDir ?? defaultLocalModelPath;
  // Without a configured cache folder transformers.js would write downloads inside
  // node_modules; better not to cache at all than to write there.
  env.useFSCache = model.cacheDir !== undefined;
  env.cacheDir = model.cacheDir ?? defaultCacheDir;
}
