import type { Config } from "../config.js";
import { SummitError } from "../errors.js";
import { ENGLISH_PREFIX } from "../text/english.js";
import { loadDictionary } from "../translate/dictionary.js";
import { buildGlossMaps } from "../translate/gloss-table.js";
import { encodeReverseFile } from "../translate/reverse-file.js";

/** The archive's terms as ingest has them (the keyword index's builder). */
export interface IngestTerms {
  readonly termCount: number;
  term(id: number): string;
  idOf(term: string): number;
}

/** Whether any paragraph was analysed as English (its terms carry the prefix; see index/languages.ts). */
function holdsEnglish(terms: IngestTerms): boolean {
  for (let t = 0; t < terms.termCount; t++) if (terms.term(t).startsWith(ENGLISH_PREFIX)) return true;
  return false;
}

/**
 * reverse.bin for the archive just read: the dictionary read Japanese → English, kept to the
 * glosses its English paragraphs could hold (translate/gloss-table.ts), so that opening the index
 * does not read the whole dictionary again. An empty file when there is nothing to read it for
 * (no English paragraph, translation off) or no dictionary to read (opening then says so itself).
 */
export function reverseFileAtIngest(
  config: Partial<Pick<Config, "translate" | "dictPath">>,
  terms: IngestTerms,
): Uint8Array[] {
  if (config.translate === false || config.dictPath === undefined || !holdsEnglish(terms)) return encodeReverseFile({});
  let dictionary;
  try {
    dictionary = loadDictionary(config.dictPath);
  } catch (err) {
    if (err instanceof SummitError) return encodeReverseFile({});
    throw err;
  }
  const maps = buildGlossMaps(dictionary, (term) => terms.idOf(term) !== -1);
  return encodeReverseFile({ dictionary: dictionary.stamp, maps });
}
