import { cpSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { SummitError } from "../../src/errors.js";

/** A copy of a built index in `root` (next to the same corpus, so it stays fresh), for a test to damage. */
export function indexCopy(indexDir: string, root: string): string {
  const dir = join(root, `copy-${Math.random().toString(36).slice(2)}`);
  cpSync(indexDir, dir, { recursive: true });
  return dir;
}

/** The SummitError that `fn` throws; fails the test when it throws something else or nothing. */
export function errorOf(fn: () => unknown): SummitError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SummitError);
    return err as SummitError;
  }
  throw new Error("expected an error");
}
