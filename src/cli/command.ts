import type { Config } from "../config.js";

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** One sub-command of `summit-bot`: one file under src/cli/commands/. */
export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Resolves to the process exit code. */
  run(args: readonly string[], config: Config, io: CliIo): Promise<number>;
}
