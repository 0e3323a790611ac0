/** Small display helpers the pages share. */
import type { DocumentMeta } from "../engine/index.js";

/** `2025-06-17 (event)` or `2023-05-19 (published)` or empty. */
export function articleDates(d: DocumentMeta): string[] {
  return [
    d.eventDate ? `event ${d.eventDate}` : undefined,
    d.published ? `published ${d.published}` : undefined,
  ].filter((x): x is string => Boolean(x));
}

export function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function minute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace("T", " ");
}
