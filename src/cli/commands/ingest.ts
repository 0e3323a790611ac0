import { resolve } from "node:path";
import type { BuildProgress } from "../../ingest/pipeline.js";
import { EMBEDDER_NAMES, type EmbedderName } from "../../config.js";
import { describeValue, SummitError } from "../../errors.js";
import { stripControls } from "../../render/controls.js";
import { COMMON_OPTIONS, stringFlag } from "../args.js";
import type { CliCommand, CliIo } from "../command.js";

const PHASES: Record<BuildProgress["phase"], string> = {
  read: "reading corpus",
  keyword: "keyword index",
  download: "downloading model",
  embed: "embedding",
  vectors: "vector graph",
  write: "writing index",
};

/** Phases long enough at scale to report a share done and an estimate of the time left. */
const LONG = new Set<BuildProgress["phase"]>(["read", "keyword", "download", "embed", "vectors"]);

/** Time left in a phase from its rate so far ("" until there is a rate to go by). */
export function eta(elapsedMs: number, done: number, total: number): string {
  if (done <= 0 || done >= total || elapsedMs < 500) return "";
  const seconds = Math.ceil(((total - done) * elapsedMs) / done / 1000);
  return seconds >= 60 ? `ETA ${Math.floor(seconds / 60)} min ${seconds % 60} s` : `ETA ${seconds} s`;
}

/** A one-line progress bar on a terminal, with the time left; occasional plain lines otherwise (logs, CI). */
function progressReporter(io: CliIo): (p: BuildProgress) => void {
  const tty = Boolean((io.stderr as NodeJS.WriteStream).isTTY);
  let lastPhase = "";
  let lastPct = -1;
  let phaseStart = performance.now();
  let lastDraw = 0;
  return (p) => {
    const now = performance.now();
    if (p.phase !== lastPhase) phaseStart = now;
    const pct = p.total > 0 ? Math.floor((100 * p.done) / p.total) : 100;
    const left = LONG.has(p.phase) ? eta(now - phaseStart, p.done, p.total) : "";
    if (tty) {
      // Redrawn at most ten times a second: a large corpus reports progress thousands of times.
      if (p.phase === lastPhase && p.done < p.total && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round((width * pct) / 100);
      const detail = [p.detail, left].filter(Boolean).join("  ");
      io.stderr.write(
        `\r${PHASES[p.phase].padEnd(18)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(pct).padStart(3)}% ${detail}\x1b[K`,
      );
      if (p.done >= p.total) io.stderr.write("\n");
    } else if (p.phase !== lastPhase) {
      io.stderr.write(`${PHASES[p.phase]}…\n`);
      lastPct = 0;
    } else if (LONG.has(p.phase) && pct >= lastPct + 25) {
      // Logs get a line per quarter of the long phases, not a redrawn bar.
      io.stderr.write(
        `${PHASES[p.phase]}: ${pct}% (${p.done}/${p.total})${p.detail ? ` ${p.detail}` : ""}${left ? `, ${left}` : ""}\n`,
      );
      lastPct = pct;
    }
    lastPhase = p.phase;
  };
}

const isEmbedderName = (name: string): name is EmbedderName => (EMBEDDER_NAMES as readonly string[]).includes(name);

export const ingest: CliCommand = {
  name: "ingest",
  summary:
    "Build the index (keyword + vectors) from the corpus folder. The old index stays until the new one is complete.",
  options: {
    corpus: COMMON_OPTIONS.corpus,
    index: { ...COMMON_OPTIONS.index, description: "where to write the index" },
    embedder: {
      type: "string",
      value: EMBEDDER_NAMES.join("|"),
      defaultText: "$SUMMIT_EMBEDDER or hash",
      description: "how paragraphs become vectors",
    },
    "skip-bad": COMMON_OPTIONS["skip-bad"],
  },
  examples: ["npx summit-bot ingest", "npx summit-bot ingest --corpus ./my-articles --index ./my-index --skip-bad"],
  async run({ flags }, config, io) {
    const embedder = stringFlag(flags, "embedder") ?? config.embedder;
    if (!isEmbedderName(embedder)) {
      throw new SummitError(
        "USAGE",
        `--embedder: expected ${EMBEDDER_NAMES.join(" or ")}, received ${describeValue(embedder)}`,
      );
    }
    const corpusDir = resolve(stringFlag(flags, "corpus") ?? config.corpusDir);
    const indexDir = resolve(stringFlag(flags, "index") ?? config.indexDir);
    const { buildIndex } = await import("../../ingest/pipeline.js");
    const summary = await buildIndex({
      corpusDir,
      indexDir,
      config: { ...config, embedder },
      skipBad: flags["skip-bad"] === true,
      onProgress: progressReporter(io),
    });
    const lines = [
      `indexed ${summary.documents} documents, ${summary.paragraphs} paragraphs into ${indexDir} in ${summary.seconds.toFixed(2)} s`,
      `embedder ${summary.manifest.embedder.id} (dims ${summary.manifest.embedder.dims}); vectors: ${summary.embeddedVectors} embedded, ${summary.reusedVectors} reused`,
      ...(summary.numbering.revised
        ? [
            `paragraph ids: ${summary.numbering.revised} changed article(s): ${summary.numbering.kept} paragraphs kept, ${summary.numbering.edited} edited (same ids), ${summary.numbering.added} new (new ids), ${summary.numbering.removed} removed (ids retired)${summary.numbering.restored ? `, ${summary.numbering.restored} back word for word (old ids)` : ""}`,
          ]
        : []),
      ...summary.skipped.map((s) => `skipped ${s.file}: ${s.reason}`),
      ...summary.rejected.map((e) => `rejected ${e.message}`),
    ];
    io.stdout.write(stripControls(lines.join("\n")) + "\n");
    return 0;
  },
};
