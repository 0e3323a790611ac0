import type { Config } from "../config.js";
import { FeedbackStore, type FeedbackOptions } from "./store.js";

/**
 * The store the configuration asks for: disabled when FEEDBACK_ENABLED is false, else opened at
 * FEEDBACK_DB_PATH. Failures go to `onError` and leave a disabled store (answers go on).
 */
export function openFeedback(
  config: Config,
  onError?: (err: unknown, operation: string) => void,
  lock: Pick<FeedbackOptions, "onBusy" | "onRecovered"> = {},
): FeedbackStore {
  const f = config.feedback;
  if (!f.enabled) return FeedbackStore.disabled();
  return FeedbackStore.open({
    path: f.dbPath,
    retentionDays: f.retentionDays,
    ...(f.salt ? { salt: f.salt } : {}),
    ...(onError ? { onError } : {}),
    ...lock,
  });
}
