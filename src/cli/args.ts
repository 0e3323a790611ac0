import { SummitError } from "../errors.js";

export interface ParsedArgs {
  readonly flags: Readonly<Record<string, string | true>>;
  readonly positional: readonly string[];
}

/**
 * `--name value`, `--name=value` and boolean `--name` flags; everything else is positional.
 * `spec` lists the flags that take a value and the boolean ones, so a typo is an error rather
 * than a silently ignored option.
 */
export function parseArgs(args: readonly string[], spec: { values?: readonly string[]; booleans?: readonly string[] }): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const booleans = new Set(spec.booleans ?? []);
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (values.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new SummitError("USAGE", `--${name}: expected a value, received nothing`);
      flags[name] = value;
    } else if (booleans.has(name)) {
      flags[name] = true;
    } else {
      const known = [...values, ...booleans].map((f) => `--${f}`).join(", ");
      throw new SummitError("USAGE", `unknown option --${name}; expected one of ${known || "(none)"}`);
    }
  }
  return { flags, positional };
}

export function intFlag(flags: ParsedArgs["flags"], name: string, fallback: number, min = 1, max = 1000): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === true || !Number.isInteger(n) || n < min || n > max) {
    throw new SummitError("USAGE", `--${name}: expected a whole number from ${min} to ${max}, received ${JSON.stringify(raw)}`);
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
function choiceFlag<const T extends string>(flags: ParsedArgs["flags"], name: string, choices: readonly [T, ...T[]]): T {
  const v = flags[name] ?? choices[0];
  const hit = choices.find((c) => c === v);
  if (hit !== undefined) return hit;
  const expected = choices.length > 1 ? `${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}` : choices[0];
  throw new SummitError("USAGE", `--${name}: expected ${expected}, received ${JSON.stringify(v)}`);
}

/** `--mode`: which retrieval signals to use (hybrid by default; the others exist to measure each alone). */
export const retrievalMode = (flags: ParsedArgs["flags"]) => choiceFlag(flags, "mode", ["hybrid", "keyword", "vector"]);

/** `--fusion`: how the lists are combined (linear by default; rrf exists so the benchmark can measure the alternative). */
export const fusionMethod = (flags: ParsedArgs["flags"]) => choiceFlag(flags, "fusion", ["linear", "rrf"]);
