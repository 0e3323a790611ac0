import { CorpusError } from "../errors.js";
import { nearest } from "../text/nearest.js";

/** Every key the corpus format knows; anything else is a typo until proven otherwise. */
export const FRONT_MATTER_KEYS = ["title", "source", "source_title", "url", "published", "event_date", "lang", "title_editorial", "fetched", "source_file", "feed_date", "feed_order", "input_order"] as const;
/**
 * Written by `summit-bot add` and `sync` (docs/sources.md): `fetched`, when the article was first
 * taken from its URL or file (an ISO date-time); `source_file`, a local file's folder and name
 * (`press/statement.txt`), so that re-adding the file updates its article; `feed_date` and
 * `feed_order`, the date a feed gave the item and its place among the items that `sync` run took,
 * which order two copies fetched at one time (docs/copies.md); `input_order`, likewise, the
 * article's place among the inputs of the one `add` of several that took it.
 */
const DATE_KEYS = new Set(["published", "event_date", "fetched", "feed_date"]);
const BOOLEAN_KEYS = new Set(["title_editorial"]);
const COUNT_KEYS = new Set(["feed_order", "input_order"]);

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
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      const guess = nearest(key, FRONT_MATTER_KEYS);
      throw new CorpusError(file, i + 1, `front matter: unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ""}; expected one of ${FRONT_MATTER_KEYS.join(", ")}`);
    }
    if (key in fields) throw new CorpusError(file, i + 1, `front matter: key "${key}" appears twice`);
    const value = parseValue(file, i + 1, m[2]!.trim());
    if (DATE_KEYS.has(key)) checkDate(file, i + 1, key, value);
    if (BOOLEAN_KEYS.has(key) && typeof value !== "boolean") {
      throw new CorpusError(file, i + 1, `front matter: expected ${key} to be true or false, received ${JSON.stringify(String(value).slice(0, 40))}`);
    }
    if (COUNT_KEYS.has(key) && !/^[1-9]\d{0,8}$/.test(String(value))) {
      throw new CorpusError(file, i + 1, `front matter: expected ${key} to be a whole number from 1, received ${JSON.stringify(String(value).slice(0, 40))}`);
    }
    fields[key] = value;
  }
  throw new CorpusError(file, 1, "front matter: expected a closing `---` line, reached the end of the file");
}

/**
 * Dates are calendar dates as YYYY-MM-DD (YYYY-MM and YYYY when only that much is known, or a
 * full ISO 8601 date-time); `2025-13-45` is refused rather than shown to readers as a date.
 */
function checkDate(file: string, line: number, key: string, value: string | boolean): void {
  const raw = String(value);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(raw);
  const fail = (why: string) => {
    throw new CorpusError(file, line, `front matter: expected ${key} as a date YYYY-MM-DD (e.g. 2025-06-17), received ${JSON.stringify(raw.slice(0, 40))}${why ? ` (${why})` : ""}`);
  };
  if (typeof value !== "string" || !m) return fail("");
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (month < 1 || month > 12) return fail(`there is no month ${month}`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return fail(`${year}-${m[2]} has ${days} days`);
  if (m[4] !== undefined && Number.isNaN(Date.parse(raw))) fail("not a valid time");
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
