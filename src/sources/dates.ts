/**
 * A date as pages write it → what the corpus accepts (YYYY-MM-DD, or an ISO 8601 date-time
 * with its offset kept: the day of publication depends on it). Anything else is dropped, not
 * guessed: a wrong date shown to readers is worse than none.
 */
export function normaliseDate(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) {
    const [, day, time, zone] = iso;
    if (Number.isNaN(Date.parse(day!))) return undefined;
    if (!time) return day;
    const offset =
      zone === undefined ? "" : zone === "Z" ? "Z" : zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const out = `${day}T${time}${offset}`;
    return Number.isNaN(Date.parse(out)) ? day : out;
  }
  const ja = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(s);
  if (ja) return `${ja[1]}-${ja[2]!.padStart(2, "0")}-${ja[3]!.padStart(2, "0")}`;
  const t = Date.parse(s);
  // RFC 822 dates of feeds ("Tue, 17 Jun 2025 08:00:00 GMT") and other forms Date understands.
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}
