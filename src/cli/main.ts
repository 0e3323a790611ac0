import { resolve } from "node:path";
import { loadConfig, loadEnvFile } from "../config.js";
import { describeValue, SummitError } from "../errors.js";
import { stripControls } from "../render/controls.js";
import { nearest } from "../text/nearest.js";
import { stopWhenOutputCloses } from "./broken-pipe.js";
import { runCommand, type CliIo } from "./command.js";
import { commands } from "./commands/index.js";
import { envFileWarningsAt } from "./env-file-warnings.js";
import { commandHelp, generalHelp, version } from "./help.js";

/** Every message gets one `summit-bot <command>: ` prefix, even when the thrower already wrote one. */
function onePrefix(name: string, message: string): string {
  let text = message;
  for (const p of [`summit-bot ${name}: `, `${name}: `]) while (text.startsWith(p)) text = text.slice(p.length);
  return `summit-bot ${name}: ${text}`;
}

/** The options summit-bot itself takes before (instead of) a command. */
const GLOBAL_OPTIONS = ["--version", "--help"] as const;

/** A word where a command belongs that is none: an option (`--verbose ask …`) is reported as one, not as a command. */
function unknownCommand(name: string): string {
  const names = commands.map((c) => c.name);
  if (name.length > 1 && name.startsWith("-")) {
    const guess = nearest(name.split("=")[0]!, GLOBAL_OPTIONS);
    return `unknown option ${describeValue(name)}${guess ? ` (did you mean ${guess}?)` : ""}; expected a command (${names.join(", ")}) or one of the options ${GLOBAL_OPTIONS.join(", ")}; a command's own options go after it`;
  }
  const guess = nearest(name, [...names, "help"]);
  return `unknown command ${describeValue(name)}${guess ? ` (did you mean ${guess}?)` : ""}; expected one of ${names.join(", ")}`;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    io.stdout.write(`summit-bot ${version()}\n`);
    return 0;
  }
  if (!name || name === "--help" || name === "-h") {
    io.stdout.write(generalHelp(commands));
    return name ? 0 : 2;
  }
  if (name === "help") {
    const topic = rest[0];
    if (!topic || topic === "--help" || topic === "-h") {
      io.stdout.write(generalHelp(commands));
      return 0;
    }
    const command = commands.find((c) => c.name === topic);
    if (!command) {
      io.stderr.write(`summit-bot help: ${unknownCommand(topic)}\n`);
      return 2;
    }
    io.stdout.write(commandHelp(command));
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`summit-bot: ${unknownCommand(name)}\n`);
    return 2;
  }
  const beforeDashDash = rest.indexOf("--") >= 0 ? rest.slice(0, rest.indexOf("--")) : rest;
  if (beforeDashDash.includes("--help") || beforeDashDash.includes("-h")) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  try {
    return await runCommand(command, rest, loadConfig(), io);
  } catch (err) {
    if (err instanceof SummitError) {
      // Messages can carry corpus file names and text: nothing in them may drive the terminal.
      io.stderr.write(`${stripControls(onePrefix(name, err.message))}\n`);
      return err.code === "USAGE" ? 2 : 1;
    }
    throw err;
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry || process.argv[1]?.endsWith("summit-bot.js") || process.argv[1]?.endsWith("summit-bot")) {
  stopWhenOutputCloses(process.stdout);
  const envWarning = loadEnvFile();
  if (envWarning) process.stderr.write(`summit-bot: ${envWarning}\n`);
  for (const warning of envFileWarningsAt(resolve(".env"))) process.stderr.write(`summit-bot: ${warning}\n`);
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
    (code) => {
      process.exitCode = code;
      exitIfHeldOpen(code);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
      exitIfHeldOpen(1);
    },
  );
}

/**
 * The command is done; the process normally ends by itself once its output is flushed. A library
 * can hold it open after a clean stop (discord.js, reconnecting a gateway Discord dropped, keeps a
 * timer that `destroy()` leaves): then it ends after a grace period instead of running on with
 * "stopped" printed. The timer is unref'd, so it never delays an exit that happens by itself.
 */
function exitIfHeldOpen(code: number): void {
  // Armed only once stdout and stderr have drained: a pipe to a slow reader (`report | less`) is
  // written asynchronously, and exiting would cut what it has not taken yet.
  process.stdout.write("", () => process.stderr.write("", () => setTimeout(() => process.exit(code), 5_000).unref()));
}
