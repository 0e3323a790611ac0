/**
 * English key normalisation. `normKey` and `foldName` must match the functions of the same
 * names in scripts/build-dict.mjs, which wrote the keys (a test checks they agree).
 */
export function normKey(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9']+/g, " ")
    .replace(/(^|\s)'+|'+(?=\s|$)/g, "$1")
    .trim()
    .replace(/\s+/g, " ");
}

/** Name keys also fold romanisation variants (Kyouto/Kyōto/Kyoto, Xi'an/Xian). */
export function foldName(s: string): string {
  return normKey(s)
    .replace(/'/g, "")
    .replace(/ou/g, "o")
    .replace(/oo/g, "o")
    .replace(/uu/g, "u")
    .replace(/aa/g, "a")
    .replace(/ii/g, "i")
    .replace(/ee/g, "e");
}

// Irregular forms whose base a suffix rule cannot recover. Regular -s/-ed/-ing forms are
// handled by rules and checked against the dictionary, so this list stays short.
const IRREGULAR: Readonly<Record<string, string>> = {
  was: "be",
  were: "be",
  been: "be",
  is: "be",
  are: "be",
  am: "be",
  did: "do",
  done: "do",
  does: "do",
  has: "have",
  had: "have",
  went: "go",
  gone: "go",
  goes: "go",
  made: "make",
  said: "say",
  says: "say",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  came: "come",
  got: "get",
  gotten: "get",
  saw: "see",
  seen: "see",
  knew: "know",
  known: "know",
  thought: "think",
  told: "tell",
  became: "become",
  began: "begin",
  begun: "begin",
  brought: "bring",
  built: "build",
  bought: "buy",
  caught: "catch",
  chose: "choose",
  chosen: "choose",
  drew: "draw",
  drawn: "draw",
  drove: "drive",
  driven: "drive",
  ate: "eat",
  eaten: "eat",
  fell: "fall",
  fallen: "fall",
  felt: "feel",
  fought: "fight",
  found: "find",
  flew: "fly",
  flown: "fly",
  forgot: "forget",
  froze: "freeze",
  frozen: "freeze",
  grew: "grow",
  grown: "grow",
  held: "hold",
  kept: "keep",
  laid: "lay",
  led: "lead",
  left: "leave",
  lent: "lend",
  lost: "lose",
  meant: "mean",
  met: "meet",
  paid: "pay",
  ran: "run",
  rose: "rise",
  risen: "rise",
  sold: "sell",
  sent: "send",
  set: "set",
  shook: "shake",
  shot: "shoot",
  shown: "show",
  sang: "sing",
  sung: "sing",
  sank: "sink",
  sat: "sit",
  slept: "sleep",
  spoke: "speak",
  spoken: "speak",
  spent: "spend",
  stood: "stand",
  stole: "steal",
  stolen: "steal",
  struck: "strike",
  swore: "swear",
  sworn: "swear",
  taught: "teach",
  threw: "throw",
  thrown: "throw",
  understood: "understand",
  woke: "wake",
  wore: "wear",
  worn: "wear",
  won: "win",
  wrote: "write",
  written: "write",
  fed: "feed",
  fled: "flee",
  hid: "hide",
  hidden: "hide",
  hung: "hang",
  sought: "seek",
  spread: "spread",
  split: "split",
  cut: "cut",
  hit: "hit",
  put: "put",
  let: "let",
  shut: "shut",
  cost: "cost",
  beat: "beat",
  beaten: "beat",
  bit: "bite",
  bitten: "bite",
  blew: "blow",
  blown: "blow",
  broke: "break",
  broken: "break",
  dealt: "deal",
  dug: "dig",
  forbade: "forbid",
  forgave: "forgive",
  forgiven: "forgive",
  arose: "arise",
  arisen: "arise",
  awoke: "awake",
  lit: "light",
  overcame: "overcome",
  undertook: "undertake",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  rode: "ride",
  ridden: "ride",
  rang: "ring",
  rung: "ring",
  men: "man",
  women: "woman",
  children: "child",
  feet: "foot",
  teeth: "tooth",
  mice: "mouse",
  geese: "goose",
  lives: "life",
  wives: "wife",
  knives: "knife",
  leaves: "leaf",
  halves: "half",
  wolves: "wolf",
  analyses: "analysis",
  crises: "crisis",
  theses: "thesis",
  bases: "basis",
  phenomena: "phenomenon",
  criteria: "criterion",
  data: "data",
  media: "media",
  species: "species",
  series: "series",
  news: "news",
  better: "good",
  best: "good",
  worse: "bad",
  worst: "bad",
  larger: "large",
  largest: "large",
  bigger: "big",
  biggest: "big",
  more: "many",
  most: "many",
  less: "little",
  least: "little",
};

/**
 * Possible dictionary forms of an English word, most likely first, always starting with the
 * word itself: "agreements" → [agreements, agreement], "signed" → [signed, sign, signe],
 * "countries" → [countries, country], "planned" → [planned, plan, plann]. The caller keeps
 * the forms the dictionary knows.
 */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/'s$/, "");
  const out = [w];
  const add = (s: string): void => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  const irregular = IRREGULAR[w];
  if (irregular) add(irregular);
  if (w.length <= 3) return out;
  const doubled = (stem: string): string | undefined =>
    /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
  if (w.endsWith("ies")) add(w.slice(0, -3) + "y");
  else if (/(?:ches|shes|sses|xes|zes|oes)$/.test(w)) add(w.slice(0, -2));
  if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) add(w.slice(0, -1));
  if (w.endsWith("ied")) add(w.slice(0, -3) + "y");
  if (w.endsWith("ed")) {
    const stem = w.slice(0, -2);
    add(stem);
    add(stem + "e");
    const d = doubled(stem);
    if (d) add(d);
  }
  if (w.endsWith("ing") && w.length > 5) {
    const stem = w.slice(0, -3);
    add(stem);
    add(stem + "e");
    const d = doubled(stem);
    if (d) add(d);
  }
  // periodically → periodic (not "periodical", a magazine), quickly → quick
  if (w.endsWith("ically") && w.length > 8) add(w.slice(0, -4));
  else if (w.endsWith("ly") && w.length > 5) add(w.slice(0, -2));
  // Comparatives and superlatives: cheaper → cheap, larger → large, bigger → big.
  for (const suffix of ["er", "est"]) {
    if (!w.endsWith(suffix) || w.length < suffix.length + 3) continue;
    const stem = w.slice(0, -suffix.length);
    add(stem);
    add(stem + "e");
    if (stem.endsWith("i")) add(stem.slice(0, -1) + "y");
    const d = doubled(stem);
    if (d) add(d);
  }
  for (const f of [...out]) for (const b of britishSpellings(f)) add(b);
  return out;
}

/** EDICT often glosses in British spelling: meter → metre, labor → labour, organize → organise. */
export function britishSpellings(word: string): string[] {
  const out: string[] = [];
  if (/[^aeiou]er$/.test(word) && word.length > 4 && /(?:ent|et|tr|ch|br|gr|ag|ib|ov|at|lt|mb)er$/.test(word))
    out.push(word.slice(0, -2) + "re");
  if (
    /[^aeiou]ors?$/.test(word) &&
    /(?:ab|col|hon|fav|behav|harb|neighb|hum|rum|vig|arm|val|od|flav|rig|tum|savi|vap)or/.test(word)
  )
    out.push(word.replace(/or(s?)$/, "our$1"));
  if (/iz(e|es|ed|ing|ation|ations)$/.test(word)) out.push(word.replace(/iz(e|es|ed|ing|ation|ations)$/, "is$1"));
  if (/yz(e|es|ed|ing)$/.test(word)) out.push(word.replace(/yz(e|es|ed|ing)$/, "ys$1"));
  if (/(?:def|off|lic|pret)ense$/.test(word)) out.push(word.replace(/ense$/, "ence"));
  if (/(?:catal|dial|anal|monol|prol)og$/.test(word)) out.push(word + "ue");
  if (word.endsWith("program")) out.push(word + "me");
  return out;
}

/**
 * Nouns an adjective is formed from, for words the dictionary lacks: "presidential" →
 * president, "ministerial" → minister, "Asian" → Asia, "economic" → economy, "cultural" → culture.
 */
export function adjectiveBases(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  if (w.length < 5) return out;
  if (w.endsWith("ential")) out.push(w.slice(0, -6) + "ence");
  if (w.endsWith("ial")) out.push(w.slice(0, -3), w.slice(0, -3) + "y");
  if (w.endsWith("al")) out.push(w.slice(0, -2), w.slice(0, -2) + "e", w.slice(0, -2) + "y");
  if (w.endsWith("ian")) out.push(w.slice(0, -1), w.slice(0, -3) + "y", w.slice(0, -3));
  if (w.endsWith("an")) out.push(w.slice(0, -1));
  if (w.endsWith("ic")) out.push(w.slice(0, -2) + "y", w.slice(0, -2) + "ics");
  if (w.endsWith("ese")) out.push(w.slice(0, -3));
  if (w.endsWith("ish")) out.push(w.slice(0, -3));
  if (w.endsWith("ive")) out.push(w.slice(0, -3) + "ion", w.slice(0, -3) + "e");
  if (w.endsWith("ous")) out.push(w.slice(0, -3), w.slice(0, -3) + "y");
  if (w.endsWith("ful")) out.push(w.slice(0, -3));
  if (w.endsWith("ity")) out.push(w.slice(0, -3), w.slice(0, -3) + "e");
  if (/(?:north|south|east|west)ern$/.test(w)) out.push(w.slice(0, -3));
  // presidency → president, vacancy → vacant
  if (/(?:en|an)cy$/.test(w)) out.push(w.slice(0, -2) + "t");
  return out.filter((x) => x.length >= 3);
}

/**
 * Derived forms that EDICT often uses to gloss Sino-Japanese nouns of action (調印 "signing",
 * 協力 "cooperation", 開催 "holding"): tried, at a lower weight, when the base word is a verb.
 */
export function derivedForms(lemma: string): string[] {
  const out: string[] = [];
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  out.push(stem + "ing");
  if (lemma.endsWith("ate")) out.push(stem + "ion");
  // reject → rejection, discuss → discussion, declare → declaration
  if (/(?:ct|ss|pt|rt)$/.test(lemma)) out.push(lemma + "ion");
  if (lemma.endsWith("e") && !lemma.endsWith("ate")) out.push(stem + "ation");
  // discover → discovery, deliver → delivery, marry → marriage
  if (/[^aeiou][eo]r$/.test(lemma)) out.push(lemma + "y");
  if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + "iage");
  if (lemma.endsWith("ize") || lemma.endsWith("ise")) out.push(stem + "ation");
  out.push(lemma + "ment");
  if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + "ication");
  return out;
}
