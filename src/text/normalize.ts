/**
 * Folds the differences that do not change meaning for search: full-width vs half-width forms
 * (NFKC), letter case, and runs of white space. Used on both passages and questions.
 */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
