/** The words every surface that prints quotes uses for a quote's strength and for glosses (`ask`, the archive's search page). */
export const QUOTE_LABELS = {
  ja: { strength: "一致度", gloss: "英語の注記(原文ではありません)" },
  en: { strength: "match", gloss: "Gloss (not part of the source)" },
} as const;
