import { SummitError } from "../../errors.js";
import { COMMON_OPTIONS, intFlag, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const serve: CliCommand = {
  name: "serve",
  summary:
    "Serve the archive site (articles, a page per article with every paragraph linkable, search) and, with DASHBOARD_TOKEN, the operator dashboard; SIGINT/SIGTERM stop it",
  options: {
    port: {
      type: "string",
      value: "N",
      defaultText: "$WEB_PORT or 8080",
      description: "port to listen on (0: any free port, printed)",
    },
    host: {
      type: "string",
      value: "ADDR",
      defaultText: "$WEB_HOST or 127.0.0.1",
      description: "address to listen on (0.0.0.0 for every interface)",
    },
    index: COMMON_OPTIONS.index,
  },
  notes: [
    "Read-only. A citation doc#n is the page /doc/<doc>#<n>; with PUBLIC_URL set to where the site is reachable, `search --json` results and Discord cards link to it.",
    "The dashboard (/dashboard) reads the feedback record at FEEDBACK_DB_PATH and answers 401 without DASHBOARD_TOKEN: open /dashboard?token=<token> once in a browser, or send Authorization: Bearer <token>.",
  ],
  examples: [
    "npx summit-bot serve",
    "npx summit-bot serve --port 8080 --host 0.0.0.0",
    "DASHBOARD_TOKEN=$(openssl rand -hex 16) npx summit-bot serve",
  ],
  async run({ flags }, config, io) {
    const port = intFlag(flags, "port", config.web.port, 0, 65_535);
    const host = stringFlag(flags, "host") ?? config.web.host;
    const indexDir = stringFlag(flags, "index");
    // The site, the engine and SQLite load only for this command.
    const [{ openEngine }, { startWebServer }] = await Promise.all([
      import("../../engine/open.js"),
      import("../../web/server.js"),
    ]);
    const engine = await openEngine(config, indexDir ? { indexDir } : {});
    const feedback =
      config.web.dashboardToken && config.feedback.enabled
        ? (await import("../../feedback/open.js")).openFeedback(config, (err) =>
            io.stderr.write(`summit-bot: feedback record: ${(err as Error).message}\n`),
          )
        : undefined;
    try {
      // A port taken or not allowed is the user's to change, not a crash: say which setting.
      const site = await startWebServer({
        engine,
        ...(feedback ? { feedback } : {}),
        ...(config.web.dashboardToken ? { dashboardToken: config.web.dashboardToken } : {}),
        // The site's own limits: a reader browsing search pages is not a bot user asking questions (RATE_LIMIT_*).
        questionLimit: { count: config.web.searchesPerMinute, windowMs: 60_000 },
        pageLimit: { count: config.web.pagesPerMinute, windowMs: 60_000 },
        trustProxy: config.web.trustProxy,
        port,
        host,
        settings: { hostSetting: "--host (or WEB_HOST)", portSetting: "--port (or WEB_PORT)" },
        refused: (problem) => new SummitError("USAGE", problem),
        onError: (err, url) => io.stderr.write(`summit-bot: ${url}: ${(err as Error).stack ?? String(err)}\n`),
      });
      const { documents, paragraphs } = engine.size();
      io.stdout.write(`summit-bot: archive of ${documents} articles (${paragraphs} paragraphs) at ${site.url}/\n`);
      io.stdout.write(
        config.web.dashboardToken
          ? `summit-bot: dashboard at ${site.url}/dashboard (open /dashboard?token=… once)\n`
          : "summit-bot: dashboard off (set DASHBOARD_TOKEN to turn it on)\n",
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await site.close();
      io.stderr.write("summit-bot: stopped\n");
      return 0;
    } finally {
      feedback?.close();
      await engine.close();
    }
  },
};
