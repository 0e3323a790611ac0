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
