/** Small display helpers the pages share. */
import type { DocumentMeta } from "../engine/index.js";
import { articleDay } from "../util/article-day.js";
import { html, type Html } from "./html.js";

/**
 * `event 2025-06-17` and `published 2023-05-19`, the days as citations show them (the same
 * helper as Discord's), each in a `<time>` element whose datetime and title keep the full value
 * the article gave (`2025-06-17T09:30:00+06:00`): the reader sees the day, the time is there on
 * hover and for machines.
 */
export function articleDates(d: DocumentMeta): Html[] {
  const when = (label: string, date: string) =>
    html`${label} <time datetime="${date}"${date === articleDay(date) ? "" : html` title="${date}"`}>${articleDay(date)}</time>`;
  return [
    d.eventDate ? when("event", d.eventDate) : undefined,
    d.published ? when("published", d.published) : undefined,
  ].filter((x): x is Html => x !== undefined);
}

/** Items joined by a separator, each escaped unless it is markup already. */
export function joined(items: readonly (Html | string)[], separator: string): (Html | string)[] {
  return items.flatMap((item, i) => (i ? [separator, item] : [item]));
}

export function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function minute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace("T", " ");
}
