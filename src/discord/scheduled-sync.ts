/**
 * The bot's own `sync` every SUMMIT_SYNC_INTERVAL_MINUTES (0: never): each run logged with what
 * it added and skipped; a failed run is logged and the next one tries again. Runs through the
 * sources manager, so it never overlaps a `/sources add`.
 */
import { storyLines } from "../sources/describe-stories.js";
import type { SourcesManager } from "../sources/manager.js";
import type { Logger } from "./log.js";

export function scheduleSync(sources: SourcesManager, minutes: number, log: Logger): () => void {
  if (minutes <= 0) return () => undefined;
  const run = async () => {
    try {
      const result = await sources.sync();
      const count = (s: string) => result.items.filter((i) => i.status === s).length;
      const taken = result.items.filter((i) => i.docId && (i.status === "added" || i.status === "updated"));
      // Each story other outlets carry too, once, as `summit-bot sync` prints it.
      const stories = storyLines(result.index?.copies ?? [], new Set(taken.map((i) => i.docId!)), "en");
      log.info(
        {
          event: "sources_synced",
          feeds: result.feeds,
          added: result.items
            .filter((i) => i.status === "added" || i.status === "updated")
            .map((i) => ({ link: i.link, docId: i.docId })),
          ...(stories.length ? { stories } : {}),
          skipped: count("skipped"),
          failed: result.items.filter((i) => i.status === "failed").map((i) => ({ link: i.link, reason: i.reason })),
        },
        `scheduled sync: ${count("added")} added, ${count("updated")} updated, ${count("skipped")} skipped, ${count("failed")} failed`,
      );
    } catch (err) {
      log.error({ event: "sources_sync_failed", err }, "scheduled sync failed; the next run tries again");
    }
  };
  const timer = setInterval(() => void run(), minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
