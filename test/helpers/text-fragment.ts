/** Reads a `#:~:text=` link back into its parts, decoded, as a browser does (for the tests of source links). */
export interface DecodedDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

export function decodeTextFragment(link: string): DecodedDirective {
  const m = /:~:text=([^&]*)/.exec(link);
  if (!m) throw new Error(`expected a link with a :~:text= directive, received ${link}`);
  const parts = m[1]!.split(",");
  const out: DecodedDirective = { start: "" };
  if (parts[0]!.endsWith("-")) out.prefix = decodeURIComponent(parts.shift()!.slice(0, -1));
  if (parts[parts.length - 1]!.startsWith("-")) out.suffix = decodeURIComponent(parts.pop()!.slice(1));
  out.start = decodeURIComponent(parts[0]!);
  if (parts[1] !== undefined) out.end = decodeURIComponent(parts[1]);
  return out;
}
