import type { Config } from "../config.js";
import { describeValue, SummitError } from "../errors.js";
import { parseArgs, type OptionsSpec, type ParsedArgs } from "./args.js";

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/**
 * One sub-command of `summit-bot`: one file under src/cli/commands/. Its flags are data: the
 * one parser (src/cli/args.ts) refuses anything not listed, and `--help` is generated from the
 * same list, so the help cannot drift from what the command accepts.
 */
export interface CliCommand {
  readonly name: string;
  /** Positional arguments as shown in the usage line, e.g. `"question"`; absent when it takes none (then any is refused). */
  readonly args?: string;
  readonly summary: string;
  readonly options: OptionsSpec;
  /** Full command lines, shown under "Examples:" in `--help`. */
  readonly examples: readonly string[];
  /** Extra paragraphs for `--help`. */
  readonly notes?: readonly string[];
  /** Resolves to the process exit code. `args` has the spec's defaults filled in. */
  run(args: ParsedArgs, config: Config, io: CliIo): Promise<number>;
}

/**
 * Parses `argv` with the command's own options (unknown flags refused) and runs it. A command
 * that declares no positional arguments (`args`) refuses any, so a forgotten `--` never slips by.
 */
export async function runCommand(
  command: CliCommand,
  argv: readonly string[],
  config: Config,
  io: CliIo,
): Promise<number> {
  const parsed = parseArgs(argv, command.options);
  if (command.args === undefined && parsed.positional.length) {
    throw new SummitError(
      "USAGE",
      `expected no arguments besides the options, received [${parsed.positional.map(describeValue).join(", ")}]`,
    );
  }
  return command.run(parsed, config, io);
}
