import { CorpusError } from "../errors.js";

export interface FrontMatter {
  readonly fields: Readonly<Record<string, string | boolean>>;
  /** 0-based index of the first body line. */
  readonly bodyStart: number;
}

/**
 * Reads the YAML front matter subset the corpus uses: `key: value` lines, values plain,
 * single- or double-quoted, or true/false. Anything richer is refused rather than misread.
 */
export function parseFrontMatter(file: string, lines: readonly string[]): FrontMatter {
  if (lines[0]?.trim() !== "---") return { fields: {}, bodyStart: 0 };
  const fields: Record<string, string | boolean> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "---") return { fields, bodyStart: i + 1 };
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new CorpusError(file, i + 1, `front matter: expected \`key: value\`, received ${JSON.stringify(line.slice(0, 80))}`);
    const key = m[1]!;
    if (key in fields) throw new CorpusError(file, i + 1, `front matter: key "${key}" appears twice`);
    fields[key] = parseValue(file, i + 1, m[2]!.trim());
  }
  throw new CorpusError(file, 1, "front matter: expected a closing `---` line, reached the end of the file");
}

function parseValue(file: string, line: number, raw: string): string | boolean {
  if (raw === "true") return true;
  if (raw === "false") return false;
  if (raw.startsWith('"')) {
    try {
      const v: unknown = JSON.parse(raw);
      if (typeof v === "string") return v;
    } catch {
      // fall through to the error below
    }
    throw new CorpusError(file, line, `front matter: expected a closed double-quoted string, received ${raw.slice(0, 80)}`);
  }
  if (raw.startsWith("'")) {
    if (raw.length >= 2 && raw.endsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
    throw new CorpusError(file, line, `front matter: expected a closed single-quoted string, received ${raw.slice(0, 80)}`);
  }
  if (/^[[{|>&*!]/.test(raw)) {
    throw new CorpusError(file, line, `front matter: expected a plain or quoted string, received YAML syntax this reader does not support: ${raw.slice(0, 40)}`);
  }
  return raw.replace(/\s+#.*$/, "");
}
