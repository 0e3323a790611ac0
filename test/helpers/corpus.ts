import { expect } from "vitest";
import { parseDocument } from "../../src/corpus/parse.js";
import { CorpusError } from "../../src/errors.js";

/** The CorpusError that parsing `bytes` as `file` throws. */
export function corpusError(file: string, bytes: Uint8Array | string): CorpusError {
  try {
    parseDocument(file, typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(CorpusError);
    return err as CorpusError;
  }
  throw new Error(`expected ${file} to be refused`);
}
