import type { Engine } from "../../engine/types.js";
import { SummitError } from "../../errors.js";
import { stripControls } from "../../render/controls.js";
import { citationHint } from "../../engine/index.js";
import { COMMON_OPTIONS, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";
import { terminalStyle } from "../terminal.js";

export const cite: CliCommand = {
  name: "cite",
  args: "DOC#N",
  summary:
    "Print one paragraph by its citation id; a paragraph changed or removed since it may have been quoted says so, with when and its older text.",
  options: {
    index: COMMON_OPTIONS.index,
    json: {
      type: "boolean",
      description: "one JSON line, as `search --json` prints it (with `status`: current, changed or removed)",
    },
  },
  examples: [
    "npx summit-bot cite china-central-asia-spirit#5",
    "npx summit-bot cite --json china-central-asia-spirit#5",
  ],
  async run({ flags, positional }, config, io) {
    const id = positional.join(" ").trim();
    if (!/^[^#\s]+#\d+$/.test(id))
      throw new SummitError(
        "USAGE",
        `expected a citation id such as doc#3, received ${JSON.stringify(id.slice(0, 100))}`,
      );
    const indexDir = stringFlag(flags, "index");
    const [{ openEngine }, { renderTerminal }, { answerToJsonLine }] = await Promise.all([
      import("../../engine/open.js"),
      import("../../render/terminal.js"),
      import("../../render/json.js"),
    ]);
    const engine = await openEngine(config, indexDir ? { indexDir } : {});
    try {
      if (!engine.cited(id)) {
        io.stderr.write(stripControls(`summit-bot cite: ${unknownCitation(engine, id)}`) + "\n");
        return 1;
      }
      // The engine answers a citation id with that paragraph and its state (engine/cited-paragraph.ts).
      const answer = await engine.ask(id, { k: 1 });
      io.stdout.write(
        flags.json ? answerToJsonLine(answer) + "\n" : renderTerminal(answer, terminalStyle(config, io.stdout, true)),
      );
      return 0;
    } finally {
      await engine.close();
    }
  },
};

/** Why a citation id names nothing, and what would (engine/citation-hint.ts). */
function unknownCitation(engine: Pick<Engine, "document" | "documents" | "articleText">, id: string): string {
  const missing = `no paragraph has the id ${id} in this index (nor had one)`;
  const hint = citationHint(engine, id);
  if (hint?.kind === "range")
    return `${missing}; ${hint.docId}'s paragraphs run from ${hint.docId}#${hint.first} to ${hint.docId}#${hint.last}`;
  const docId = id.split("#")[0] ?? "";
  if (engine.document(docId)) return missing;
  return `${missing}: no article ${JSON.stringify(docId)}${hint ? ` (did you mean ${hint.id}?)` : ""}`;
}
