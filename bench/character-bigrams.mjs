// The MiniSearch "bigram" baseline's tokenizer, one copy for every bench that runs it
// (baseline-minisearch.mjs, scale/minisearch.mjs, near-copies.mjs): NFKC, lower case, spaces,
// punctuation and symbols removed, then every pair of neighbouring characters.

/** @param {string} text @returns {string[]} */
export function characterBigrams(text) {
  const chars = [
    ...text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, ""),
  ];
  const out = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}
