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
    "skip-bad": COMMON_OPTIONS["skip-bad"],
  },
  notes: [
    "When the article was the copy answers quoted for a story other outlets carry too, a second line says whose copy is quoted from now on (as /sources remove does).",
  ],
  examples: ["npx summit-bot remove steppe-daily-amu-darya-basin-fund"],
  async run({ flags, positional }, config, io) {
    if (positional.length !== 1)
      throw new SummitError(
        "USAGE",
        `expected one article id (its file name without .md/.txt), e.g. \`remove steppe-daily-amu-darya-basin-fund\`, received ${positional.length ? `${positional.length}: ${positional.map((p) => JSON.stringify(stripControls(p))).join(" ")}` : "none"}`,
      );
    const [
      { removeSource },
      { openLookup, quotedInstead, quotedParagraphs },
      { quotedInsteadText },
      { removedTitleText },
    ] = await Promise.all([
      import("../../sources/remove-source.js"),
      import("../../engine/index.js"),
      import("../../render/copies.js"),
      import("../../render/removed-article.js"),
    ]);
    const corpusDir = resolve(stringFlag(flags, "corpus") ?? config.corpusDir);
    const indexDir = resolve(stringFlag(flags, "index") ?? config.indexDir);
    const docId = positional[0]!;
    // Which of its paragraphs answers quote for a story other outlets carry (as /sources remove
    // says it): none to tell when there is no readable index yet, which the removal then builds.
    let quoted: string[] = [];
    // Its title, named beside its id as /sources remove names it.
    let title: string | undefined;
    try {
      const lookup = openLookup(indexDir);
      title = lookup.document(docId)?.title;
      quoted = quotedParagraphs(lookup, docId);
    } catch (err) {
      // No readable index (a SummitError saying so): nothing to tell. Anything else is a fault.
      if (!(err instanceof SummitError)) throw err;
    }
    const { removed, index } = await removeSource(docId, {
      corpusDir,
      indexDir,
      config,
      skipBad: flags["skip-bad"] === true,
    });
    const moved = quoted.length ? quotedInsteadText(quotedInstead(openLookup(indexDir), quoted), "en") : "";
    io.stdout.write(
      stripControls(
        `removed ${removed.docId}${removedTitleText(title, "en")} (${removed.file}); index: ${index.documents} documents, ${index.paragraphs} paragraphs${moved ? `\n${moved}` : ""}`,
      ) + "\n",
    );
    return 0;
  },
};
