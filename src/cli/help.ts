import { readFileSync } from "node:fs";
import type { OptionSpec } from "./args.js";
import type { CliCommand } from "./command.js";

/** package.json's version; src/cli/ and dist/cli/ both sit two levels below the project root. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function usageLine(c: CliCommand): string {
  const hasOptions = Object.keys(c.options).length > 0;
  return ["summit-bot", c.name, c.args ?? "", hasOptions ? "[options]" : ""].filter(Boolean).join(" ");
}

function optionLabel(name: string, o: OptionSpec): string {
  return o.type === "boolean" ? `--${name}` : `--${name} ${o.value ?? "VALUE"}`;
}

function optionDefault(o: OptionSpec): string {
  if (o.default !== undefined) return ` (default: ${o.default})`;
  if (o.defaultText !== undefined) return ` (default: ${o.defaultText})`;
  return "";
}

/** `summit-bot <command> --help`: usage, what it does, every option with its default, examples. */
export function commandHelp(c: CliCommand): string {
  const entries = Object.entries(c.options);
  const labels = entries.map(([name, o]) => optionLabel(name, o));
  const width = Math.max(0, ...labels.map((l) => l.length));
  const lines = [`usage: ${usageLine(c)}`, "", c.summary];
  if (entries.length) {
    lines.push("", "Options:");
    entries.forEach(([, o], i) => lines.push(`  ${labels[i]!.padEnd(width)}  ${o.description}${optionDefault(o)}`));
  }
  lines.push(`  ${"--help".padEnd(width)}  show this help`);
  for (const note of c.notes ?? []) lines.push("", note);
  lines.push("", "Examples:", ...c.examples.map((e) => `  ${e}`));
  return lines.join("\n") + "\n";
}

/** `summit-bot --help`: every command with its one-line summary. */
export function generalHelp(list: readonly CliCommand[]): string {
  const width = Math.max(...list.map((c) => c.name.length), "help".length);
  return (
    [
      "usage: summit-bot <command> [options]",
      "",
      "Commands:",
      ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
      `  ${"help".padEnd(width)}  show a command's options, defaults and examples: summit-bot help <command>`,
      "",
      "Options:",
      "  --version  print the version",
      "  --help     show this help",
      "",
      "Run `summit-bot help <command>` (or `summit-bot <command> --help`) for a command's options.",
      "From a clone, run it as `npx summit-bot …` (or `npm link` once to put `summit-bot` on PATH).",
    ].join("\n") + "\n"
  );
}
