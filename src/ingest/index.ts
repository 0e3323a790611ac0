export { buildIndex, type BuildOptions, type BuildProgress, type BuildSummary } from "./pipeline.js";
