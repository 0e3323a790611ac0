import { access, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Config } from "../config.js";
import { SummitError } from "../errors.js";

type ModelConfig = Config["model"];

const ONNX_FILE = { fp32: "onnx/model.onnx", q8: "onnx/model_quantized.onnx" } as const;

/** The files a model folder must hold for `dtype`; named in load errors. */
export function requiredModelFiles(dtype: ModelConfig["dtype"]): string[] {
  return ["config.json", "tokenizer.json", ONNX_FILE[dtype]];
}

/**
 * The error a failed model load ends in: what transformers.js said, where the model was looked
 * for, and the one fix that fits what is on disk. The folder is looked at because the library's
 * own message names a file, not the mistake: SUMMIT_MODEL_DIR that does not exist, that is the
 * model's own folder rather than the one holding `<model id>/`, or a folder with every file in
 * place but one of them damaged.
 */
export async function modelLoadError(model: ModelConfig, cause: unknown): Promise<SummitError> {
  const files = requiredModelFiles(model.dtype);
  const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/\.+$/, "");
  const looked: string[] = [];
  let fix = `set SUMMIT_MODEL_DIR to a folder containing ${files.map((f) => `${model.id}/${f}`).join(", ")}`;
  if (model.localDir !== undefined) {
    const folder = join(model.localDir, model.id);
    const missing = await missingFiles(folder, files);
    const dirKind = await kindOf(model.localDir);
    if (dirKind !== "folder") {
      looked.push(
        `SUMMIT_MODEL_DIR ${model.localDir} (${dirKind === "absent" ? "it does not exist" : "it is a file, not a folder"})`,
      );
    } else {
      looked.push(`local folder ${folder}${missing.length > 0 ? ` (missing: ${missing.join(", ")})` : ""}`);
    }
    const itself = await missingFiles(model.localDir, files);
    if (missing.length > 0 && itself.length < files.length) {
      // SUMMIT_MODEL_DIR points into the model's own folder: the id is read from its last two names.
      const guessedId = `${basename(dirname(model.localDir))}/${basename(model.localDir)}`;
      fix =
        `SUMMIT_MODEL_DIR is itself a model folder (it holds ${files.filter((f) => !itself.includes(f)).join(", ")}); ` +
        `it should be the folder that holds <model id>/ — for this one, set SUMMIT_MODEL_DIR=${dirname(dirname(model.localDir))} ` +
        `and SUMMIT_MODEL_ID=${guessedId}`;
    } else if (dirKind === "folder" && missing.length === 0) {
      fix = `every file is in ${folder}, so one of them is damaged or not what its name says (an incomplete copy, another dtype's file): replace them with a complete copy of the model`;
    }
  } else {
    looked.push("no local folder (SUMMIT_MODEL_DIR is not set)");
  }
  looked.push(
    model.cacheDir !== undefined
      ? `cache ${join(model.cacheDir, model.id)}`
      : "no download cache (SUMMIT_MODEL_CACHE_DIR is not set)",
  );
  const remedy = model.offline
    ? "or allow downloads with SUMMIT_MODEL_OFFLINE=false"
    : "or check that huggingface.co is reachable so it can be downloaded";
  const error = new SummitError(
    "MODEL_LOAD",
    `could not load embedding model ${model.id} (dtype ${model.dtype}): ${reason}. ` +
      `Looked in: ${looked.join("; ")}. Offline mode: ${model.offline ? "on, downloads disabled" : "off"}. ` +
      `Fix: ${fix}, ${remedy}.`,
  );
  error.cause = cause;
  return error;
}

async function kindOf(path: string): Promise<"folder" | "file" | "absent"> {
  return stat(path).then(
    (s) => (s.isDirectory() ? "folder" : "file"),
    () => "absent",
  );
}

async function missingFiles(folder: string, files: readonly string[]): Promise<string[]> {
  const present = await Promise.all(
    files.map((f) =>
      access(join(folder, f)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return files.filter((_, i) => !present[i]);
}
