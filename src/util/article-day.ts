/**
 * A front matter date as citations show it: the day as the article wrote it. Articles from the
 * web carry date-times (`2025-06-18T09:30:00+05:00`); the day tells the reader enough.
 */
export const articleDay = (date: string): string => date.slice(0, 10);
