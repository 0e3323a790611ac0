/**
 * The catalogue of errors the program reports to people. Each message names what was expected
 * and what arrived, and where it helps, the command that fixes it.
 */
export type ErrorCode =
  | "CONFIG"
  | "CORPUS"
  | "INDEX_MISSING"
  | "INDEX_CORRUPT"
  | "INDEX_EMBEDDER_MISMATCH"
  | "INDEX_STALE"
  | "MODEL_LOAD"
  | "DICT"
  | "USAGE"
  | "FEEDBACK_DB";

export class SummitError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SummitError";
  }
}

export class ConfigError extends SummitError {
  constructor(message: string) {
    super("CONFIG", message);
  }
}

/** A problem in one corpus file, located by file and line. */
export class CorpusError extends SummitError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super("CORPUS", `${file}${line ? `:${line}` : ""}: ${detail}`);
  }
}
