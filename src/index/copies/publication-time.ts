/**
 * When an article was published, as the one instant near-copies are ordered by (group-copies.ts
 * CopyOrder). Front matter dates come in two kinds, and are not the same kind of fact:
 *
 * - a date-time (`2025-06-18T09:30:00+06:00`) is an instant; without an offset, UTC;
 * - a date without a time (`2025-06-18`; a month or a year alone likewise) is a day whose hour is
 *   unknown. Counted as its midnight, it went before every copy of that day with a time — a copy
 *   published at 09:30 lost to one that may have come out at 23:00. Counted as its last moment, it
 *   loses to them all. What is known is when it was there at the latest: its `fetched`. So it is
 *   that moment when it falls within the day (the article existed by then), the day's start when
 *   it was fetched before the day began (it cannot be earlier than its own date), and the day's
 *   last moment when it was fetched after the day or never. A copy of that day with a known time
 *   is thus quoted instead only when the date-only article has no earlier `fetched`. Days are UTC
 *   days: a date names no zone.
 *
 * No `published` at all: `fetched` (it existed then); neither: unknown.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** A front matter date-time as ms; a date-time without an offset is UTC (never the machine's zone). */
export function instantOf(value: string | undefined): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const t = Date.parse(/T\d/.test(v) && !ZONE.test(v) ? `${v}Z` : v);
  return Number.isNaN(t) ? undefined : t;
}

/** The instant copies are ordered by (see the file's comment), undefined when neither date says. */
export function publicationTime(published: string | undefined, fetched: string | undefined): number | undefined {
  const seen = instantOf(fetched);
  const m = published ? PARTIAL_DATE.exec(published.trim()) : null;
  if (!m) return instantOf(published) ?? seen;
  const [y, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const start = Date.UTC(y, (month ?? 1) - 1, day ?? 1);
  const end =
    day !== undefined
      ? Date.UTC(y, month! - 1, day + 1)
      : month !== undefined
        ? Date.UTC(y, month, 1)
        : Date.UTC(y + 1, 0, 1);
  if (seen === undefined || seen >= end) return end - 1;
  return Math.max(start, seen);
}
