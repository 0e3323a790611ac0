import { loadConfig, loadEnvFile } from "../config.js";
import { SummitError } from "../errors.js";
import { stripControls } from "../render/controls.js";
import type { CliCommand, CliIo } from "./command.js";
import { commands } from "./commands/index.js";

function help(list: readonly CliCommand[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    "usage: summit-bot <command> [options]",
    "",
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `summit-bot <command> --help` for a command's options.",
  ].join("\n");
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(help(commands) + "\n");
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`summit-bot: unknown command ${JSON.stringify(name)}; expected one of ${commands.map((c) => c.name).join(", ")}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`usage: summit-bot ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, loadConfig(), io);
  } catch (err) {
    if (err instanceof SummitError) {
      // Messages can carry corpus file names and text: nothing in them may drive the terminal.
      io.stderr.write(`summit-bot ${name}: ${stripControls(err.message)}\n`);
      return err.code === "USAGE" ? 2 : 1;
    }
    throw err;
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry || process.argv[1]?.endsWith("summit-bot.js") || process.argv[1]?.endsWith("summit-bot")) {
  const envWarning = loadEnvFile();
  if (envWarning) process.stderr.write(`summit-bot: ${envWarning}\n`);
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
