/** What the bot logs about its feedback record: off for good, or paused by a lock held elsewhere. */
import type { Config } from "../config.js";
import { openFeedback } from "../feedback/open.js";
import type { FeedbackStore } from "../feedback/store.js";
import type { Logger } from "./log.js";

/** The feedback record the configuration asks for, its failures and lock spells in the bot's log. */
export function openLoggedFeedback(config: Config, log: Logger): FeedbackStore {
  const path = config.feedback.dbPath;
  return openFeedback(
    config,
    (err, operation) =>
      log.error(
        { event: "feedback_disabled", err, operation, path },
        "feedback database failed; answering goes on without feedback",
      ),
    {
      onBusy: (err, operation, restMs) =>
        log.warn(
          { event: "feedback_busy", err, operation, path, restMs },
          "feedback database locked by another process; answers go out without feedback buttons until it is free again",
        ),
      onRecovered: (operation, lockedMs) =>
        log.info(
          { event: "feedback_recovered", operation, path, lockedMs },
          "feedback database free again; feedback is back on",
        ),
    },
  );
}
