export { FeedbackStore, RATINGS, type AskRecord, type FeedbackOptions, type Outcome, type Rating } from "./store.js";
export { buildReport, parseDuration, type Report } from "./report.js";
export { openFeedback } from "./open.js";
