// The layer rules of docs/design.md ("Layers") as dependency-cruiser rules, checked by
// `npm run lint:layers` (part of `npm test`, so CI fails on a violation).
//
// LAYERS lists the folders of src/ from the bottom up. A folder may import its own files and
// any folder listed before it, never one listed after it: one forbidden rule per folder names
// every folder above it. Type-only imports count too (tsPreCompilationDeps), because a type
// is knowledge of the other layer all the same.
//
// SHARED modules may be imported from everywhere and import only each other: the environment
// read once (config.ts), the error catalogue (errors.ts) and the small shared utilities (util/).

const LAYERS = [
  ["text", "Unicode folding, language, sentences, spans: imports nothing of ours but text/"],
  ["corpus", "reads and validates corpus files"],
  ["embed", "the Embedder interface, its registry and the embedders"],
  ["index", "keyword index, HNSW, store, freshness, the fields ingest and search share"],
  ["ingest", "corpus → index: the pipeline `ingest` runs"],
  ["sources", "web pages, files and feeds → corpus articles, then the index: `add`, `feeds`, `sync`, `/sources`"],
  ["search", "the question's stages: plan, candidates, fusion, answer"],
  ["translate", "English → Japanese planner: plugs into search's QueryPlanner"],
  ["quotes", "the misquote checker"],
  ["engine", "the one entrance for the surfaces"],
  ["render", "Answer / QuoteCheck → Discord payloads, terminal text, JSON"],
  ["feedback", "the record of questions and ratings"],
  ["eval", "the scorer behind `summit-bot eval`"],
  ["discord", "the bot: client, commands, router"],
  ["web", "the archive site and operator dashboard (`serve`): pages over the engine and the feedback record"],
  ["cli", "the command line"],
];

const SHARED = "^src/(config\\.ts|errors\\.ts|util/)";

// The surfaces reach what answers questions only through engine/ (and show it through render/).
const SURFACES = ["discord", "web", "cli"];
const BEHIND_THE_ENGINE = ["corpus", "embed", "index", "search", "translate", "quotes"];

const folder = (name) => `^src/${name}/`;
const anyOf = (names) => `^src/(${names.join("|")})/`;

// Files of a higher folder that a lower one may import: ingest builds the reverse dictionary's
// table into the index (reverse.bin), from the dictionary file, with the code that reads it back;
// these three import nothing above ingest themselves (text/, index/storage/binary.ts, errors.ts).
const BELOW_THEIR_FOLDER = { ingest: "^src/translate/(dictionary|gloss-table|reverse-file)\\.ts$" };

const layerRules = LAYERS.slice(0, -1).map(([name, job], i) => {
  const above = LAYERS.slice(i + 1).map(([n]) => n);
  return {
    name: `${name}-imports-nothing-above-it`,
    comment: `${name}/ (${job}) must not import ${above.map((n) => `${n}/`).join(", ")}: they are above it in the layer table`,
    severity: "error",
    from: { path: folder(name) },
    to: { path: anyOf(above), ...(BELOW_THEIR_FOLDER[name] ? { pathNot: BELOW_THEIR_FOLDER[name] } : {}) },
  };
});

/** @type {import("dependency-cruiser").IForbiddenRuleType[]} */
const forbidden = [
  ...layerRules,
  {
    name: "surfaces-go-through-the-engine",
    comment: `${SURFACES.join("/ and ")}/ use engine/ and render/, never ${BEHIND_THE_ENGINE.map((n) => `${n}/`).join(", ")} directly`,
    severity: "error",
    from: { path: anyOf(SURFACES) },
    to: { path: anyOf(BEHIND_THE_ENGINE) },
  },
  {
    name: "render-knows-only-the-answer-shapes",
    comment:
      "render/ formats what the engine returns (Answer, QuoteCheck, passages) and knows nothing of how it was found",
    severity: "error",
    from: { path: folder("render") },
    to: { path: anyOf(["embed", "index", "ingest", "translate", "engine"]) },
  },
  {
    name: "discord-does-not-run-ingest",
    comment:
      "discord/ never builds an index itself: ingest/ is the command line's, and `/sources` reaches it only through sources/",
    severity: "error",
    from: { path: folder("discord") },
    to: { path: folder("ingest") },
  },
  {
    name: "shared-modules-import-only-shared-modules",
    comment: "config.ts, errors.ts and util/ are imported from every layer, so they import no layer",
    severity: "error",
    from: { path: SHARED },
    to: { path: "^src/", pathNot: SHARED },
  },
  {
    name: "every-module-is-in-a-layer",
    comment:
      "a module of src/ outside the layer folders and the shared modules has no place in the table: put it in a folder (or add the folder to LAYERS)",
    severity: "error",
    from: { path: "^src/" },
    to: { path: "^src/", pathNot: `${anyOf(LAYERS.map(([n]) => n))}|${SHARED}` },
  },
  {
    name: "no-folder-barrels-but-the-engine",
    comment:
      "import the file that defines a name, not a folder's index.ts: the one barrel is engine/index.ts, the surfaces' entrance (a barrel others bypass only hides where a name lives)",
    severity: "error",
    from: { path: "^src/" },
    to: { path: "^src/[^/]+/index\\.ts$", pathNot: "^src/engine/index\\.ts$" },
  },
  {
    name: "no-circular",
    comment: "no import cycles, type-only imports included",
    severity: "error",
    from: { path: "^src/" },
    to: { circular: true },
  },
];

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden,
  options: {
    includeOnly: "^src/",
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".json"],
    },
  },
};

export { LAYERS, SHARED };
