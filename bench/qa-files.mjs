import { readFileSync } from "node:fs";

/** The records of a JSON-lines file (a QA file, a calibration or conversation set), blank lines skipped. */
export const readJsonl = (path) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** The questions of a QA file (JSON lines), one per line as `search --json` reads them on stdin. */
export const questionsOf = (qa) =>
  readJsonl(qa)
    .map((q) => q.question)
    .join("\n") + "\n";
