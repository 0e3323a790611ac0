import { readFileSync } from "node:fs";

/** The questions of a QA file (JSON lines), one per line as `search --json` reads them on stdin. */
export const questionsOf = (qa) =>
  readFileSync(qa, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).question)
    .join("\n") + "\n";
