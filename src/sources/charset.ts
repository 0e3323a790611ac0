/**
 * Bytes of a page → text, in the order the issue asks for: the charset the HTTP header names,
 * then the one a <meta> names, then what chardet detects. A declaration is trusted only when
 * the bytes decode cleanly in it: Japanese sites still serve Shift_JIS pages under a UTF-8
 * header (and the reverse), and quoting mojibake verbatim would be worse than refusing.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { SummitError } from "../errors.js";

export interface DecodedText {
  readonly text: string;
  /** The charset the text was decoded with, lower-case (`utf-8`, `shift_jis`, `euc-jp` …). */
  readonly charset: string;
  /** Where that charset came from. */
  readonly from: "bom" | "header" | "meta" | "detected" | "default";
}

/** `text/html; charset="Shift_JIS"` → `shift_jis`. */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m?.[1]?.toLowerCase();
}

/** The charset a page's own <meta charset> or http-equiv Content-Type names, read from its first 4 KiB. */
export function charsetOfMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The text in `charset`, or undefined when the bytes are not clean text in it (replacement characters, unknown charset). */
function decodeClean(bytes: Uint8Array, charset: string): string | undefined {
  const name = charset === "x-sjis" || charset === "sjis" ? "shift_jis" : charset;
  if (!iconv.encodingExists(name)) return undefined;
  if (/^utf-?8$/.test(name))
    return validUtf8(bytes) ? new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "") : undefined;
  // Valid UTF-8 with multi-byte sequences is almost never a legacy encoding's text by chance: a page saying otherwise is mislabelled.
  if (!isAscii(bytes) && validUtf8(bytes) && !/^utf-16/.test(name)) return undefined;
  const text = iconv.decode(Buffer.from(bytes), name).replace(/^\uFEFF/, "");
  return text.includes("\uFFFD") ? undefined : text;
}

/** Decodes a page's bytes; refuses bytes that are clean text in no candidate charset, naming what was tried. */
export function decodeBytes(url: string, bytes: Uint8Array, contentType: string | undefined): DecodedText {
  const candidates: [string | undefined, DecodedText["from"]][] = [
    [bomCharset(bytes), "bom"],
    [charsetOfContentType(contentType), "header"],
    [charsetOfMeta(bytes), "meta"],
    [chardet.detect(bytes)?.toLowerCase() ?? undefined, "detected"],
    ["utf-8", "default"],
  ];
  const tried: string[] = [];
  for (const [charset, from] of candidates) {
    if (!charset || tried.includes(charset)) continue;
    tried.push(charset);
    const text = decodeClean(bytes, charset);
    if (text !== undefined) return { text, charset, from };
  }
  throw new SummitError(
    "SOURCE",
    `${url}: expected text in a known character set, received bytes that decode cleanly in none of ${tried.join(", ")}`,
  );
}
