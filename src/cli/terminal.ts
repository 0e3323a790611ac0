import type { Config } from "../config.js";
import { DEFAULT_MAX_QUOTE_CHARS, type TerminalStyle } from "../render/terminal.js";

/** How to draw on `stream`: colour per NO_COLOR/FORCE_COLOR or the stream being a terminal; wrap to its width. */
export function terminalStyle(config: Config, stream: NodeJS.WritableStream, full = false): TerminalStyle {
  const tty = stream as Partial<NodeJS.WriteStream>;
  const color = config.color === "always" || (config.color === "auto" && Boolean(tty.isTTY));
  const width = tty.isTTY && typeof tty.columns === "number" && tty.columns > 0 ? tty.columns : undefined;
  return { color, ...(width ? { width } : {}), maxQuoteChars: full ? Infinity : DEFAULT_MAX_QUOTE_CHARS };
}
