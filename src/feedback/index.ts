export { FeedbackStore, RATINGS, type AskRecord, type FeedbackOptions, type Outcome, type Rating } from "./store.js";
export { buildReport, parseDuration, type Report } from "./report.js";
export { dashboardData, type DashboardData, type DayCount, type QueueItem } from "./dashboard.js";
export { openFeedback } from "./open.js";
