import { resolve } from "node:path";
import { SummitError } from "../../errors.js";
import { stripControls } from "../../render/controls.js";
import { COMMON_OPTIONS, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const remove: CliCommand = {
  name: "remove",
  args: "DOC_ID",
  summary:
    "Remove one article from the corpus and the index (the file is put back if the index cannot be rebuilt without it).",
  options: {
    corpus: COMMON_OPTIONS.corpus,
    index: { ...COMMON_OPTIONS.index, description: "the index to update" },
  },
  examples: ["npx summit-bot remove steppe-daily-amu-darya-basin-fund"],
  async run({ flags, positional }, config, io) {
    if (positional.length !== 1)
      throw new SummitError(
        "USAGE",
        `expected one article id (its file name without .md/.txt), received ${positional.length}`,
      );
    const { removeSource } = await import("../../sources/remove-source.js");
    const corpusDir = resolve(stringFlag(flags, "corpus") ?? config.corpusDir);
    const indexDir = resolve(stringFlag(flags, "index") ?? config.indexDir);
    const { removed, index } = await removeSource(positional[0]!, { corpusDir, indexDir, config });
    io.stdout.write(
      stripControls(
        `removed ${removed.docId} (${removed.file}); index: ${index.documents} documents, ${index.paragraphs} paragraphs`,
      ) + "\n",
    );
    return 0;
  },
};
