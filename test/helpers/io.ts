import { Readable, Writable } from "node:stream";
import type { CliIo } from "../../src/cli/command.js";

export interface FakeIo extends CliIo {
  /** Everything written to stdout so far. */
  out(): string;
  err(): string;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

/** In-memory streams for `main(argv, io)`: stdin holds `input`; none of them is a TTY. */
export function fakeIo(input = ""): FakeIo {
  const stdout = sink();
  const stderr = sink();
  return {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(input ? [Buffer.from(input)] : []),
    out: stdout.text,
    err: stderr.text,
  };
}

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `summit-bot <argv>` in-process, with `input` on stdin. */
export async function runCli(argv: readonly string[], input = ""): Promise<CliRun> {
  const { main } = await import("../../src/cli/main.js");
  const io = fakeIo(input);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}
