import { parseArgs as nodeParseArgs } from "node:util";
import { describeValue, SummitError } from "../errors.js";
import { nearest } from "../text/nearest.js";

/** One `--flag` of a command: the parser, `--help` and the README all read this. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** Placeholder shown in help for the value, e.g. `N`, `DIR`, `hybrid|keyword|vector`. */
  readonly value?: string;
  /** Applied when the flag is absent, and shown in `--help`. */
  readonly default?: string;
  /** Shown in `--help` when the default is not a constant (comes from the environment, say). */
  readonly defaultText?: string;
  readonly description: string;
}

export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

export interface ParsedArgs {
  readonly flags: Readonly<Record<string, string | true>>;
  readonly positional: readonly string[];
}

/**
 * The one flag parser of the CLI (node:util parseArgs underneath): `--name value`,
 * `--name=value`, boolean `--name`, `--` ends the flags. A flag not in `spec` is an error with
 * the nearest known flag suggested — a typo never silently changes what a command does
 * (`register --gulid 123` must not register globally). Defaults from the spec are filled in.
 */
export function parseArgs(args: readonly string[], spec: OptionsSpec): ParsedArgs {
  const { tokens } = nodeParseArgs({
    args: [...args],
    options: Object.fromEntries(Object.entries(spec).map(([name, o]) => [name, { type: o.type }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  const known = Object.keys(spec);
  for (const t of tokens) {
    if (t.kind === "positional") {
      positional.push(t.value);
      continue;
    }
    if (t.kind !== "option") continue;
    const o = spec[t.name];
    if (!o || t.rawName !== `--${t.name}`) {
      const guess = nearest(t.name, known);
      const expected = known.length
        ? `expected one of ${known.map((f) => `--${f}`).join(", ")}`
        : "this command takes no options";
      throw new SummitError(
        "USAGE",
        `unknown option ${t.rawName}${guess ? ` (did you mean --${guess}?)` : ""}; ${expected}`,
      );
    }
    if (o.type === "boolean") {
      if (t.value !== undefined)
        throw new SummitError("USAGE", `--${t.name} takes no value, received ${describeValue(t.value)}`);
      flags[t.name] = true;
      continue;
    }
    // `--k --json`: node would take `--json` as the value of --k; that is a forgotten value.
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith("--"))) {
      throw new SummitError(
        "USAGE",
        `--${t.name}: expected a value${o.value ? ` (${o.value})` : ""}, received nothing`,
      );
    }
    flags[t.name] = t.value;
  }
  for (const [name, o] of Object.entries(spec))
    if (flags[name] === undefined && o.default !== undefined) flags[name] = o.default;
  return { flags, positional };
}

export function intFlag(flags: ParsedArgs["flags"], name: string, fallback: number, min = 1, max = 1000): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === true || !/^\s*-?\d+\s*$/.test(raw) || !Number.isInteger(n) || n < min || n > max) {
    throw new SummitError(
      "USAGE",
      `--${name}: expected a whole number from ${min} to ${max}, received ${describeValue(String(raw))}`,
    );
  }
  return n;
}

export function stringFlag(flags: ParsedArgs["flags"], name: string): string | undefined {
  const v = flags[name];
  return typeof v === "string" ? v : undefined;
}

/** Reads all of stdin as lines (for questions piped one per line). */
export async function readLines(stream: NodeJS.ReadableStream): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks)
    .toString("utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
}

/** A flag that takes one of a few words; the first is the default. */
function choiceFlag<const T extends string>(
  flags: ParsedArgs["flags"],
  name: string,
  choices: readonly [T, ...T[]],
): T {
  const v = flags[name] ?? choices[0];
  const hit = choices.find((c) => c === v);
  if (hit !== undefined) return hit;
  const expected =
    choices.length > 1 ? `${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}` : choices[0];
  throw new SummitError("USAGE", `--${name}: expected ${expected}, received ${describeValue(String(v))}`);
}

/** `--mode`: which retrieval signals to use (hybrid by default; the others exist to measure each alone). */
export const retrievalMode = (flags: ParsedArgs["flags"]) => choiceFlag(flags, "mode", ["hybrid", "keyword", "vector"]);

/** `--fusion`: how the lists are combined (linear by default; rrf exists so the benchmark can measure the alternative). */
export const fusionMethod = (flags: ParsedArgs["flags"]) => choiceFlag(flags, "fusion", ["linear", "rrf"]);

/** Options several commands share, so their help reads the same everywhere. */
export const COMMON_OPTIONS = {
  index: {
    type: "string",
    value: "DIR",
    defaultText: "$SUMMIT_INDEX_DIR or ./embeddings",
    description: "the built index to read",
  },
  corpus: {
    type: "string",
    value: "DIR",
    defaultText: "$SUMMIT_CORPUS_DIR or ./corpus",
    description: "the folder of articles",
  },
  article: {
    type: "string",
    value: "DOC_ID",
    description: "search only this article (its file name without .md/.txt)",
  },
  mode: {
    type: "string",
    value: "hybrid|keyword|vector",
    default: "hybrid",
    description: "retrieval signals to use (the others exist to measure each alone)",
  },
  "skip-bad": {
    type: "boolean",
    description: "index the good files and list the bad ones, instead of stopping at the first bad file",
  },
  fusion: {
    type: "string",
    value: "linear|rrf",
    default: "linear",
    description: "how the keyword and vector lists are combined",
  },
} as const satisfies OptionsSpec;

/** A server id for `--guild`. */
export function checkedGuildId(guild: string | undefined): string | undefined {
  if (guild !== undefined && !/^\d{15,25}$/.test(guild))
    throw new SummitError("USAGE", `--guild: expected a server id (15–25 digits), received ${describeValue(guild)}`);
  return guild;
}
