/**
 * Autocomplete choices naming articles (`/ask article:`, `/sources remove:`): those whose id or
 * title holds what was typed (case and width folded), at most the 25 Discord shows.
 */
import type { DocumentMeta } from "../engine/index.js";

const MAX_CHOICES = 25;
/** Discord's limit on a choice's name and value. */
const CHOICE_LENGTH = 100;

export function articleChoices(
  docs: readonly DocumentMeta[],
  focused: string,
  options: { readonly idFirst?: boolean } = {},
): { name: string; value: string }[] {
  const typed = focused.toLowerCase().normalize("NFKC");
  return docs
    .filter(
      (d) => !typed || d.docId.toLowerCase().includes(typed) || d.title.toLowerCase().normalize("NFKC").includes(typed),
    )
    .slice(0, MAX_CHOICES)
    .map((d) => {
      const label = `${d.title}${d.source ? ` — ${d.source}` : ""}`;
      // Where the id is what the command acts on (removing an article), the choice shows it first.
      return {
        name: (options.idFirst ? `${d.docId} · ${label}` : label).slice(0, CHOICE_LENGTH),
        value: d.docId.slice(0, CHOICE_LENGTH),
      };
    });
}
