/**
 * `summit-bot search --json … | head -1`: when the reader of the output goes away, stop quietly
 * with status 0, as Unix tools do. Node ignores SIGPIPE, so the broken pipe arrives as an 'error'
 * event (EPIPE) on the stream, which nobody else listens to: unhandled, it would print a stack
 * trace and exit 1. Any other failure to write the output is reported in one line, status 1.
 */
export function stopWhenOutputCloses(
  stream: NodeJS.WritableStream,
  exit: (code: number) => void = (code) => process.exit(code),
  report: (message: string) => void = (message) => process.stderr.write(message),
): void {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") return exit(0);
    report(`summit-bot: cannot write the output: ${err.message}\n`);
    exit(1);
  });
}
