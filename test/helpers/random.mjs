/**
 * mulberry32: a tiny seeded PRNG, so generated fixtures, messages and benchmark corpora are the
 * same on every run. One copy, shared by test/ and bench/ (plain JavaScript so bench's .mjs
 * scripts import it as they are).
 * @param {number} seed
 * @returns {() => number} uniform numbers in [0, 1)
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
