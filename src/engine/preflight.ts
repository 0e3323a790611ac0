/**
 * The checks `summit-bot doctor` runs on what the engine opens: the index (present, undamaged,
 * built by the configured embedder, its corpus unchanged) and the dictionary. Each is one line,
 * OK or what to do; the surfaces show them without knowing index files or the dictionary format.
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Config } from "../config.js";
import { builtByEmbedder, configuredEmbedder } from "../embed/registry.js";
import { embedderMismatchFix } from "../embed/model-id.js";
import { requiredModelFiles } from "../embed/model-load-error.js";
import { corpusChanges, rebuildArgs } from "../index/storage/freshness.js";
import { corpusDirOf, readIndex } from "../index/storage/store.js";
import { MANIFEST } from "../index/storage/files.js";
import { loadDictionary } from "../translate/dictionary.js";

export type CheckStatus = "ok" | "warn" | "fail" | "skip";

export interface Check {
  readonly name: string;
  readonly status: CheckStatus;
  readonly detail: string;
  /** What to do about it (warn and fail). */
  readonly fix?: string;
}

/** A check's constructors, one per status. */
export const check = {
  ok: (name: string, detail: string): Check => ({ name, status: "ok", detail }),
  warn: (name: string, detail: string, fix: string): Check => ({ name, status: "warn", detail, fix }),
  fail: (name: string, detail: string, fix: string): Check => ({ name, status: "fail", detail, fix }),
  skip: (name: string, detail: string): Check => ({ name, status: "skip", detail }),
} as const;
const { ok, warn, fail, skip } = check;

/** The index (present, undamaged, built by the configured embedder, corpus unchanged) and the dictionary. */
export function localChecks(config: Config): Check[] {
  const checks: Check[] = [];
  const dir = config.indexDir;
  const ingest = `npx summit-bot ingest --index ${dir}`;
  try {
    const { manifest, quotes, vocabulary } = readIndex(dir);
    quotes.postings.close();
    vocabulary.close();
    // The manifest records no build time (its generation is named by content), so this is only
    // when its file last changed: in a fresh clone, the checkout. Said as that, not as a build time.
    const modified = statSync(resolve(dir, MANIFEST))
      .mtime.toISOString()
      .replace(/\.\d+Z$/, "Z");
    const summary = `${manifest.documents.length} documents, ${manifest.passages} paragraphs, built by ${manifest.embedder.id}, ${MANIFEST} file modified ${modified}`;
    const expected = configuredEmbedder(config);
    if (!builtByEmbedder(manifest.embedder, expected)) {
      const wants = `${expected.id}${expected.dims === undefined ? "" : ` (dims ${expected.dims})`}`;
      checks.push(
        fail(
          "index",
          `${dir}: built by ${manifest.embedder.id} (dims ${manifest.embedder.dims}), but SUMMIT_EMBEDDER is ${config.embedder}, which opens only an index built by ${wants}`,
          embedderMismatchFix(
            manifest.embedder.id,
            `npx summit-bot ingest --corpus ${corpusDirOf(dir, manifest)} --index ${dir}`,
          ),
        ),
      );
    } else {
      const corpusDir = corpusDirOf(dir, manifest);
      let fresh: Check;
      try {
        const s = corpusChanges(corpusDir, manifest);
        const changes = s.changed.length + s.added.length + s.removed.length;
        fresh = changes
          ? fail(
              "index",
              `${dir} is stale: ${s.changed.length} changed, ${s.added.length} added, ${s.removed.length} removed corpus files since it was built (${summary})`,
              `run \`npx summit-bot ${rebuildArgs(corpusDir, dir, manifest)}\``,
            )
          : ok("index", `${dir}: ${summary}; corpus ${corpusDir} unchanged since the build`);
      } catch (err) {
        fresh = warn(
          "index",
          `${dir}: ${summary}; its corpus ${corpusDir} could not be read (${(err as Error).message}), so freshness is unknown`,
          "mount or copy the corpus beside the index to check it",
        );
      }
      checks.push(fresh);
      if (resolve(corpusDir) !== resolve(config.corpusDir)) {
        checks.push(
          warn(
            "index",
            `the index was built from ${corpusDir}, but SUMMIT_CORPUS_DIR is ${config.corpusDir}`,
            `run \`npx summit-bot ingest --corpus ${config.corpusDir} --index ${dir}\` to index the configured corpus`,
          ),
        );
      }
    }
  } catch (err) {
    checks.push(fail("index", (err as Error).message, `run \`${ingest}\``));
  }

  if (config.embedder === "transformers") checks.push(modelCheck(config.model));

  if (!config.translate) {
    checks.push(skip("dictionary", "SUMMIT_TRANSLATE=false: English questions are not translated"));
  } else {
    try {
      const { info } = loadDictionary(config.dictPath);
      checks.push(
        ok(
          "dictionary",
          `${info.path}: ${info.words} words, ${info.names} names, ${(info.bytes / 1e6).toFixed(1)} MB, every block's checksum matches`,
        ),
      );
    } catch (err) {
      checks.push(
        fail(
          "dictionary",
          (err as Error).message,
          "restore data/en-ja.dict.bin (git checkout -- data/en-ja.dict.bin) or point SUMMIT_DICT_PATH at it",
        ),
      );
    }
  }
  return checks;
}

/**
 * Whether the neural embedder's model files are on disk where a load looks (the folder, then the
 * download cache); the model is not loaded, so a damaged file shows only when it is. Without this,
 * doctor passed a set-up whose first question then failed to load the model.
 */
function modelCheck(model: Config["model"]): Check {
  const files = requiredModelFiles(model.dtype);
  const places = [model.localDir, model.cacheDir].filter((d): d is string => d !== undefined);
  const found = places.map((d) => join(d, model.id)).find((f) => files.every((name) => existsSync(join(f, name))));
  if (found)
    return ok("model", `${model.id} (dtype ${model.dtype}): its files are in ${found} (not loaded by this check)`);
  const where = places.length
    ? places.map((d) => join(d, model.id)).join(" or ")
    : "no folder (SUMMIT_MODEL_DIR is not set)";
  const detail = `${model.id} (dtype ${model.dtype}): ${files.join(", ")} not found in ${where}`;
  const fix = `put the model in <SUMMIT_MODEL_DIR>/${model.id}/ (docs/embedder.md)`;
  return model.offline
    ? fail("model", `${detail}, and SUMMIT_MODEL_OFFLINE=true forbids a download`, fix)
    : warn("model", `${detail}: the first question will try to download it`, `${fix}, or let it download once`);
}
